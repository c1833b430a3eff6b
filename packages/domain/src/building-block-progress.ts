import { z } from 'zod'
import { BUILDING_BLOCKS, BuildingBlockKeySchema, type BuildingBlock } from './building-blocks.ts'
import { IsoDateSchema } from './dates.ts'
import { INT4_MAX, RecordNumberSchema } from './input-limits.ts'
import { StatusKeySchema } from './statuses.ts'
import { EditionKeySchema } from './editions/schemas.ts'

// The national progress per building block (issue 13): statuses of sub-lines decided at decision
// moments (the Bestuurlijk Overleg between Rijk and VNG), each change with a required note.

/** Longest label of a decision moment ("BO 7 december 2020"). */
export const MAX_MOMENT_LABEL_LENGTH = 120
/** Longest note with a status change or a text change. */
export const MAX_STATUS_NOTE_LENGTH = 2_000
/** Longest explanation or implementation text of a building block. */
export const MAX_BLOCK_TEXT_LENGTH = 4_000

/** An analyst adds a decision moment: the date of a BO and its label. */
export const AddDecisionMomentSchema = z.object({
  momentDate: IsoDateSchema,
  label: z
    .string({ error: 'Vul een naam in, bijvoorbeeld "BO 7 december 2020".' })
    .trim()
    .min(3, { error: 'Een naam heeft minstens 3 tekens.' })
    .max(MAX_MOMENT_LABEL_LENGTH, { error: `Een naam heeft hoogstens ${MAX_MOMENT_LABEL_LENGTH} tekens.` }),
})
export type AddDecisionMomentInput = z.infer<typeof AddDecisionMomentSchema>

const NOTE_REQUIRED = 'Geef een toelichting bij de wijziging.'

/** The note that every status or text change carries; required, so the timeline explains itself. */
export const StatusNoteSchema = z
  .string({ error: NOTE_REQUIRED })
  .trim()
  .min(1, { error: NOTE_REQUIRED })
  .max(MAX_STATUS_NOTE_LENGTH, { error: `Een toelichting heeft hoogstens ${MAX_STATUS_NOTE_LENGTH} tekens.` })

const CHOOSE_MOMENT = 'Kies een besluitmoment.'
/** A decision moment's id, from a number or a form's select. */
const MomentIdSchema = z.coerce
  .number({ error: CHOOSE_MOMENT })
  .int({ error: CHOOSE_MOMENT })
  .positive({ error: CHOOSE_MOMENT })
  .max(INT4_MAX, { error: CHOOSE_MOMENT })

const optionalDate = z.preprocess((v) => (v === '' || v === undefined ? null : v), IsoDateSchema.nullable())

/** An analyst sets a sub-line's status for a decision moment, with a note and an optional planned date. */
export const SetSubLineStatusSchema = z.object({
  subLineId: RecordNumberSchema,
  /** The sub-line's version the analyst saw: a stale change is a conflict, never an overwrite. */
  version: RecordNumberSchema,
  momentId: MomentIdSchema,
  status: StatusKeySchema,
  note: StatusNoteSchema,
  plannedDate: optionalDate.optional(),
})
export type SetSubLineStatusInput = z.infer<typeof SetSubLineStatusSchema>

const blockText = (what: string) =>
  z
    .string({ error: `Vul de ${what} in.` })
    .trim()
    .max(MAX_BLOCK_TEXT_LENGTH, { error: `De ${what} heeft hoogstens ${MAX_BLOCK_TEXT_LENGTH} tekens.` })

/** An analyst sets a building block's explanation and implementation text for a decision moment. */
export const SetBlockTextSchema = z.object({
  buildingBlock: BuildingBlockKeySchema,
  version: RecordNumberSchema,
  momentId: MomentIdSchema,
  explanation: blockText('toelichting'),
  implementation: blockText('implementatietekst'),
  note: StatusNoteSchema,
})
export type SetBlockTextInput = z.infer<typeof SetBlockTextSchema>

/** A building block's number as it appears in the URL (/bouwstenen/7). */
export const BuildingBlockNumberSchema = z.coerce
  .number({ error: 'Kies een bouwsteen van 1 tot en met 10.' })
  .int({ error: 'Kies een bouwsteen van 1 tot en met 10.' })
  .min(1, { error: 'Kies een bouwsteen van 1 tot en met 10.' })
  .max(BUILDING_BLOCKS.length, { error: 'Kies een bouwsteen van 1 tot en met 10.' })

/** The building block with this number (1-10), or undefined. */
export function findBuildingBlockByNumber(number: number): BuildingBlock | undefined {
  return BUILDING_BLOCKS.find((block) => block.number === number)
}

/**
 * Which decision moment a view is as of; absent means "now" (the latest moment that has passed). A
 * frozen half-year edition (`edition`) instead shows the statuses decided up to its freezing and the
 * figures its pictures hold.
 */
export const AsOfSchema = z.object({ asOf: MomentIdSchema.optional(), edition: EditionKeySchema.optional() })
