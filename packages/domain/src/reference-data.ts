import { z } from 'zod'
import { RecordNumberSchema } from './input-limits.ts'
import { IsoDateSchema } from './dates.ts'

/** The kinds of reference text an administrator edits in /beheer. */
export const REFERENCE_TEXT_KINDS = ['nvo_agreement', 'nvo_theme', 'finance_matrix_effect'] as const
export type ReferenceTextKind = (typeof REFERENCE_TEXT_KINDS)[number]

/** An audited edit of an NvO agreement or theme text; `version` guards against concurrent edits. */
export const UpdateReferenceTextSchema = z.object({
  kind: z.enum(REFERENCE_TEXT_KINDS),
  key: z.string().min(1).max(60),
  version: RecordNumberSchema,
  title: z
    .string({ error: 'Vul een titel in.' })
    .trim()
    .min(2, { error: 'Een titel heeft minstens 2 tekens.' })
    .max(200, { error: 'Een titel heeft hoogstens 200 tekens.' }),
  body: z.string().trim().max(5_000, { error: 'Een tekst heeft hoogstens 5.000 tekens.' }),
})
export type UpdateReferenceTextInput = z.input<typeof UpdateReferenceTextSchema>

/** At most this many characters of CSV are accepted (342 rows need about 20 KB). */
export const MAX_INDELING_CSV_LENGTH = 1_000_000

/** An administrator's import of a regional indeling: CSV gemeentecode → centrumgemeentecode. */
export const IndelingImportSchema = z.object({
  csv: z
    .string({ error: 'Kies een CSV-bestand of plak de inhoud.' })
    .trim()
    .min(1, { error: 'Kies een CSV-bestand of plak de inhoud.' })
    .max(MAX_INDELING_CSV_LENGTH, { error: 'Het bestand is te groot (hoogstens 1 MB).' }),
  validFrom: IsoDateSchema,
})
export type IndelingImportInput = z.input<typeof IndelingImportSchema>
