import { isList, isOneOf } from './checked.ts'
import { z } from 'zod'
import { RecordNumberSchema } from './input-limits.ts'
import { AGREEMENT_STAGES, PARTNER_KINDS, type AgreementFieldsInput } from './agreements.ts'
import { RegionSlugSchema } from './codes.ts'

/**
 * The spreadsheet layout of a region's agreements (CSV and XLSX, export and import): Dutch column
 * names, lists as keys separated by "; ", partners as "Naam (soort)". An export re-imported
 * unchanged changes nothing.
 */
export const SHEET_COLUMNS = [
  'id',
  'versie',
  'titel',
  'tekst',
  'stadium',
  'reden_stadium',
  'nvo_afspraken',
  'themas',
  'condities',
  'bouwstenen',
  'planonderdelen',
  'gemeenten',
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

/** One agreement as a sheet row (all cells text). */
export function agreementToSheetRow(a: SheetAgreement): SheetRow {
  return {
    id: String(a.id),
    versie: String(a.version),
    titel: a.title,
    tekst: a.body,
    stadium: a.stage,
    reden_stadium: a.stageReason,
    nvo_afspraken: a.nvoAgreements.join(SEPARATOR),
    themas: a.themes.join(SEPARATOR),
    condities: a.conditions.join(SEPARATOR),
    bouwstenen: a.buildingBlocks.join(SEPARATOR),
    planonderdelen: a.planElements.join(SEPARATOR),
    gemeenten: a.municipalities.join(SEPARATOR),
    partners: a.partners.map((p) => `${p.name} (${p.kind})`).join(SEPARATOR),
    geplande_datum: a.plannedDate ?? '',
    toelichting: a.explanation,
  }
}

const splitList = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)

function parsePartner(text: string): { name: string; kind: string } {
  const match = /^(.*)\(([^()]+)\)\s*$/.exec(text)
  const kind = match?.[2]?.trim() ?? ''
  return match && isOneOf(PARTNER_KINDS, kind)
    ? { name: (match[1] ?? '').trim(), kind: kind }
    : { name: text, kind }
}

/** A sheet row's id (a number), or null for a new agreement; undefined when the cell is not a number. */
export function sheetRowId(row: Partial<SheetRow>): number | null | undefined {
  const text = (row.id ?? '').trim()
  if (text === '') return null
  return /^\d+$/.test(text) ? Number(text) : undefined
}

/** A sheet row as the agreement form's input, for AgreementFieldsSchema to check. */
export function sheetRowToFields(row: Partial<SheetRow>): AgreementFieldsInput {
  return {
    title: row.titel ?? '',
    body: row.tekst ?? '',
    // Any text: AgreementFieldsSchema checks it below and names an unknown stage in a field error.
    stage: (row.stadium ?? '').trim() as AgreementFieldsInput['stage'],
    stageReason: row.reden_stadium ?? '',
    nvoAgreements: splitList(row.nvo_afspraken),
    themes: splitList(row.themas),
    conditions: splitList(row.condities),
    buildingBlocks: splitList(row.bouwstenen),
    planElements: splitList(row.planonderdelen),
    municipalities: splitList(row.gemeenten),
    partners: splitList(row.partners).map(parsePartner),
    plannedDate: (row.geplande_datum ?? '').trim(),
    explanation: row.toelichting ?? '',
  }
}

/** At most this many rows in one import (a region has a few hundred agreements at most). */
export const MAX_SHEET_ROWS = 5_000

/** An import of the sheet: its rows as read from CSV or XLSX (header names as keys). */
export const ImportSheetSchema = z.object({
  regionSlug: RegionSlugSchema,
  rows: z
    .array(z.record(z.string(), z.string()))
    .max(MAX_SHEET_ROWS, { error: `Een bestand heeft hoogstens ${MAX_SHEET_ROWS} rijen.` }),
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
