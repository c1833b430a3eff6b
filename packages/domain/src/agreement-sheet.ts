import { isList } from './checked.ts'
import { z } from 'zod'
import { RecordNumberSchema } from './input-limits.ts'
import { AGREEMENT_STAGES, type AgreementFieldsInput } from './agreements.ts'
import {
  PARTNER_KIND_VOCABULARY,
  SHEET_VOCABULARIES,
  labelOf,
  resolveVocabItem,
  validChoices,
  vocabularyLookup,
  type VocabItem,
  type Vocabulary,
  type VocabularyField,
} from './agreement-sheet-vocab.ts'
import { RegionSlugSchema } from './codes.ts'

/**
 * The spreadsheet layout of a region's agreements (CSV and XLSX, export and import): Dutch column
 * names; closed lists in Dutch labels separated by "; ", each with its key column beside it (an
 * administrator can rename a label; the keys stay); partners as "Naam (Soort)". An import reads the
 * label column and falls back to the key column when the label column is empty. An export
 * re-imported unchanged changes nothing.
 */
export const SHEET_COLUMNS = [
  'id',
  'versie',
  'titel',
  'tekst',
  'stadium',
  'stadium_sleutel',
  'reden_stadium',
  'nvo_afspraken',
  'nvo_afspraken_sleutels',
  'themas',
  'themas_sleutels',
  'condities',
  'condities_sleutels',
  'bouwstenen',
  'bouwstenen_sleutels',
  'planonderdelen',
  'planonderdelen_sleutels',
  'gemeenten',
  'gemeenten_codes',
  'partners',
  'geplande_datum',
  'toelichting',
] as const
export type SheetColumn = (typeof SHEET_COLUMNS)[number]
export type SheetRow = Record<SheetColumn, string>

/** Which sheet column holds which agreement field (for naming the column of a field's error). */
export const SHEET_COLUMN_OF_FIELD: Record<string, SheetColumn> = {
  title: 'titel',
  body: 'tekst',
  stage: 'stadium',
  stageReason: 'reden_stadium',
  nvoAgreements: 'nvo_afspraken',
  themes: 'themas',
  conditions: 'condities',
  buildingBlocks: 'bouwstenen',
  planElements: 'planonderdelen',
  municipalities: 'gemeenten',
  partners: 'partners',
  plannedDate: 'geplande_datum',
  explanation: 'toelichting',
}

const SEPARATOR = '; '

/** What an agreement looks like in the sheet. */
export interface SheetAgreement {
  id: number
  version: number
  title: string
  body: string
  stage: string
  stageReason: string
  nvoAgreements: readonly string[]
  themes: readonly string[]
  conditions: readonly string[]
  buildingBlocks: readonly string[]
  planElements: readonly string[]
  municipalities: readonly string[]
  partners: readonly { name: string; kind: string }[]
  plannedDate: string | null
  explanation: string
}

/** The region's member municipalities, to name them in the sheet and read names back. */
export type SheetMunicipalities = readonly VocabItem[]

/** One agreement as a sheet row (all cells text); municipalities named by `members` (code → name). */
export function agreementToSheetRow(a: SheetAgreement, members: SheetMunicipalities = []): SheetRow {
  const labels = (field: VocabularyField, keys: readonly string[]) =>
    keys.map((k) => labelOf(SHEET_VOCABULARIES[field].items, k)).join(SEPARATOR)
  return {
    id: String(a.id),
    versie: String(a.version),
    titel: a.title,
    tekst: a.body,
    stadium: labelOf(SHEET_VOCABULARIES.stage.items, a.stage),
    stadium_sleutel: a.stage,
    reden_stadium: a.stageReason,
    nvo_afspraken: labels('nvoAgreements', a.nvoAgreements),
    nvo_afspraken_sleutels: a.nvoAgreements.join(SEPARATOR),
    themas: labels('themes', a.themes),
    themas_sleutels: a.themes.join(SEPARATOR),
    condities: labels('conditions', a.conditions),
    condities_sleutels: a.conditions.join(SEPARATOR),
    bouwstenen: labels('buildingBlocks', a.buildingBlocks),
    bouwstenen_sleutels: a.buildingBlocks.join(SEPARATOR),
    planonderdelen: labels('planElements', a.planElements),
    planonderdelen_sleutels: a.planElements.join(SEPARATOR),
    gemeenten: a.municipalities.map((c) => labelOf(members, c)).join(SEPARATOR),
    gemeenten_codes: a.municipalities.join(SEPARATOR),
    partners: a.partners.map((p) => `${p.name} (${labelOf(PARTNER_KIND_VOCABULARY, p.kind)})`).join(SEPARATOR),
    geplande_datum: a.plannedDate ?? '',
    toelichting: a.explanation,
  }
}

const splitList = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)

const partnerKinds = vocabularyLookup(PARTNER_KIND_VOCABULARY)

/**
 * The key under which a reader of the file puts each row's own number in the spreadsheet (row 1 is
 * the header; blank rows count), so an error names the row the editor sees.
 */
export const SHEET_ROW_NUMBER = '__rij'

/** A sheet row's id (a number), or null for a new agreement; undefined when the cell is not a number. */
export function sheetRowId(row: Partial<SheetRow>): number | null | undefined {
  const text = (row.id ?? '').trim()
  if (text === '') return null
  return /^\d+$/.test(text) ? Number(text) : undefined
}

/** A cell the sheet could not read, named by its column, with the valid choices. */
export interface SheetCellProblem {
  column: string
  message: string
}

/**
 * A sheet row as the agreement form's input, for AgreementFieldsSchema to check, and the cells
 * whose labels name nothing known (each message lists the valid choices). Closed lists are read
 * from the label column, or from the key column beside it when the label column is empty.
 */
export function sheetRowToFields(
  row: Partial<Record<string, string>>,
  members: SheetMunicipalities = [],
): { fields: AgreementFieldsInput; problems: SheetCellProblem[] } {
  const problems: SheetCellProblem[] = []
  const resolveList = (vocab: Vocabulary, items: readonly VocabItem[] = vocab.items): string[] => {
    const fromLabels = splitList(row[vocab.column])
    const texts = fromLabels.length > 0 ? fromLabels : splitList(row[vocab.keyColumn])
    const column = fromLabels.length > 0 ? vocab.column : vocab.keyColumn
    const lookup = vocabularyLookup(items)
    const keys: string[] = []
    // A label may itself hold "; " ("7. Landelijke afspraken (wonen; zorg in de wijk)"): take the
    // longest run of parts that names an item before falling back to one part
    for (let i = 0; i < texts.length; i++) {
      let matched = false
      for (let j = texts.length; j > i && !matched; j--) {
        const key = resolveVocabItem(lookup, texts.slice(i, j).join('; '))
        if (key === undefined) continue
        keys.push(key)
        i = j - 1
        matched = true
      }
      if (!matched) problems.push({ column, message: `${vocab.unknown} ‘${texts[i] ?? ''}’. ${validChoices(items)}` })
    }
    return keys
  }
  const [stage] = resolveList(SHEET_VOCABULARIES.stage)
  const municipalities = resolveList(
    { column: 'gemeenten', keyColumn: 'gemeenten_codes', unknown: 'Geen gemeente van deze regio:', items: members },
    members,
  )
  const partners = splitList(row.partners).map((text) => {
    const match = /^(.*)\(([^()]+)\)\s*$/.exec(text)
    const kind = match ? resolveVocabItem(partnerKinds, match[2] ?? '') : undefined
    if (match && kind !== undefined) return { name: (match[1] ?? '').trim(), kind }
    problems.push({
      column: 'partners',
      message: `Geef bij partner ‘${text}’ het soort tussen haakjes, zoals “Woonstichting (Woningcorporatie)”. Soorten: ${PARTNER_KIND_VOCABULARY.map((k) => k.label).join('; ')}.`,
    })
    return { name: text, kind: '' }
  })
  const fields = {
    title: row.titel ?? '',
    body: row.tekst ?? '',
    stage: stage ?? '',
    stageReason: row.reden_stadium ?? '',
    nvoAgreements: resolveList(SHEET_VOCABULARIES.nvoAgreements),
    themes: resolveList(SHEET_VOCABULARIES.themes),
    conditions: resolveList(SHEET_VOCABULARIES.conditions),
    buildingBlocks: resolveList(SHEET_VOCABULARIES.buildingBlocks),
    planElements: resolveList(SHEET_VOCABULARIES.planElements),
    municipalities,
    partners,
    plannedDate: (row.geplande_datum ?? '').trim(),
    explanation: row.toelichting ?? '',
  }
  // The schema checks the resolved keys (an empty stage gets its own message there)
  return { fields: fields as AgreementFieldsInput, problems }
}

/** At most this many rows in one import (a region has a few hundred agreements at most). */
export const MAX_SHEET_ROWS = 5_000

const SheetRowsSchema = z
  .array(z.record(z.string(), z.string()))
  .max(MAX_SHEET_ROWS, { error: `Een bestand heeft hoogstens ${MAX_SHEET_ROWS} rijen.` })

/**
 * An import of the sheet: its rows as read from CSV or XLSX (header names as keys), and the rows of
 * the milestone and delay sheets when the file has them (absent: milestones and delays stay).
 */
export const ImportSheetSchema = z.object({
  regionSlug: RegionSlugSchema,
  rows: SheetRowsSchema,
  milestones: SheetRowsSchema.optional(),
  delays: SheetRowsSchema.optional(),
})

/** Check an imported sheet and keep it in the database for the commit (no second upload). */
export const StageSheetSchema = ImportSheetSchema.extend({
  filename: z.string().trim().max(255).default(''),
})

/** Commit a checked (staged) sheet import. */
export const CommitSheetSchema = z.object({ regionSlug: RegionSlugSchema, importId: RecordNumberSchema })

/**
 * Publish a selection of agreements at once, each at the version the editor saw. Its output is valid
 * input again: the portal parses the posted form with it and the API parses what the portal sends.
 */
export const BulkPublishSchema = z.object({
  regionSlug: RegionSlugSchema,
  items: z
    .array(z.object({ id: RecordNumberSchema, version: RecordNumberSchema }), { error: 'Kies afspraken uit de lijst.' })
    .min(1, { error: 'Kies minstens één afspraak.' })
    .max(500),
})

/** Move a selection of agreements to one stage at once (all or nothing). */
export const BulkStageSchema = z.object({
  regionSlug: RegionSlugSchema,
  ids: z.preprocess(
    (v) => (isList(v) ? v : v === undefined || v === '' ? [] : [v]),
    z.array(RecordNumberSchema).min(1, { error: 'Kies minstens één afspraak.' }).max(500),
  ),
  stage: z.enum(AGREEMENT_STAGES, { error: 'Kies een stadium.' }),
  stageReason: z.string().trim().max(2_000).default(''),
})
