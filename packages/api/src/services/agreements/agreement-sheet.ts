import { listAgreementContents, listRegionMembers, type DB, type Kysely, type Transaction } from '@bt/db'
import {
  AGREEMENT_STAGE_LABELS,
  type AgreementFields,
  AgreementFieldsSchema,
  agreementToSheetRow,
  canChangeStage,
  DELAY_SHEET,
  delaysToSheetRows,
  DomainError,
  type ImportSheetSchema,
  milestonesToSheetRows,
  type NewDelay,
  readDelayRows,
  readMilestoneRows,
  SHEET_COLUMN_OF_FIELD,
  SHEET_ROW_NUMBER,
  sheetRowId,
  sheetRowToFields,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { getEditableRegion, getRegion } from '../regions/region.ts'
import { createAgreement, recordDelay, updateAgreement } from './agreements.ts'
import { requirePermission } from '../guards.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>
type Stored = Awaited<ReturnType<typeof listAgreementContents>>[number]

/** A problem in one cell of an imported sheet; row 1 is the header, as in a spreadsheet (0: the whole sheet). */
export interface SheetError {
  /** The worksheet (or CSV file) of a milestone or delay; absent for the Afspraken sheet. */
  file?: string
  row: number
  column: string
  message: string
}

/** The working copies of a region's agreements as sheet rows, with their milestones and delays (the region's own readers). */
export async function exportAgreementSheet(db: Kysely<DB>, ctx: Ctx, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  requirePermission(ctx, { action: 'read_drafts', regionCode: region.code })
  const [agreements, members] = await Promise.all([
    listAgreementContents(db, { regionCode: region.code }),
    listRegionMembers(db, { regionCode: region.code, onDate: ctx.today }),
  ])
  const names = members.map((m) => ({ key: m.code, label: m.name }))
  return {
    region: { name: region.name, slug: region.slug },
    rows: agreements.map((a) => agreementToSheetRow(a, names)),
    milestones: milestonesToSheetRows(agreements),
    delays: delaysToSheetRows(agreements),
    members: members.map((m) => ({ code: m.code, name: m.name })),
  }
}

// Compares what the sheet can change; delays are compared apart (they are only ever added).
function sameContent(stored: Stored, fields: AgreementFields): boolean {
  const pick = (x: AgreementFields | Stored) => ({
    title: x.title,
    body: x.body,
    stage: x.stage,
    stageReason: x.stageReason,
    nvoAgreements: x.nvoAgreements,
    themes: x.themes,
    conditions: x.conditions,
    buildingBlocks: x.buildingBlocks,
    planElements: x.planElements,
    municipalities: x.municipalities,
    partners: x.partners.map((p) => ({ name: p.name, kind: p.kind })),
    plannedDate: x.plannedDate,
    milestones: x.milestones.map((m) => ({ date: m.date, label: m.label })),
    explanation: x.explanation,
  })
  return JSON.stringify(pick(stored)) === JSON.stringify(pick(fields))
}

/** What a checked sheet would change: new agreements, changed ones (content and/or new delays). */
export interface SheetPlan {
  region: { code: string; name: string; slug: string }
  rowCount: number
  errors: SheetError[]
  creates: { row: number; fields: AgreementFields }[]
  updates: { row: number; id: number; version: number; fields: AgreementFields | null; newDelays: NewDelay[] }[]
  unchanged: number
  /** The region's agreements as they were checked against: [id, version]. */
  versions: [number, number][]
}

/** The agreements the Afspraken sheet names (ids of this region, and new rows' titles). */
function indexOfSheet(rows: readonly Record<string, string>[], byId: ReadonlyMap<number, Stored>) {
  const ids = new Set<number>()
  const newTitles = new Set<string>()
  for (const cells of rows) {
    const id = sheetRowId(cells)
    if (id === null) newTitles.add((cells.titel ?? '').trim())
    else if (id !== undefined && byId.has(id)) ids.add(id)
  }
  return { ids, newTitles }
}

/**
 * Check an imported sheet against the region's agreements and plan it: every bad cell named by row
 * and column (and worksheet, for milestones and delays); rows equal to what is stored count as
 * unchanged (an export re-imported changes nothing); a changed row must carry the version it was
 * exported at. Without a milestone or delay sheet, milestones and delays stay as they are.
 */
export async function planSheetImport(db: Kysely<DB>, ctx: Ctx, input: z.output<typeof ImportSheetSchema>): Promise<SheetPlan> {
  const region = await getEditableRegion(db, ctx, input.regionSlug)
  const [stored, members] = await Promise.all([
    listAgreementContents(db, { regionCode: region.code }),
    listRegionMembers(db, { regionCode: region.code, onDate: ctx.today }),
  ])
  const byId = new Map(stored.map((a) => [a.id, a]))
  const names = members.map((m) => ({ key: m.code, label: m.name }))
  const errors: SheetError[] = []
  const index = indexOfSheet(input.rows, byId)
  const milestoneSheet = input.milestones ? readMilestoneRows(input.milestones, index, SHEET_ROW_NUMBER) : undefined
  const delaySheet = input.delays
    ? readDelayRows(input.delays, index, new Map(stored.map((a) => [a.id, a.delays])), SHEET_ROW_NUMBER)
    : undefined
  const creates: SheetPlan['creates'] = []
  const updates: SheetPlan['updates'] = []
  let unchanged = 0
  input.rows.forEach((cells, position) => {
    // the reader's own row number (blank rows counted), else the position under the header
    const row = Number(cells[SHEET_ROW_NUMBER]) || position + 2
    const fail = (column: string, message: string) => errors.push({ row, column, message })
    const id = sheetRowId(cells)
    if (id === undefined) return fail('id', 'Het id moet een getal zijn, of leeg voor een nieuwe afspraak.')
    const existing = id === null ? undefined : byId.get(id)
    if (id !== null && !existing) return fail('id', `Afspraak ${id} hoort niet bij ${region.name}.`)
    const key = existing ? String(existing.id) : `new:${(cells.titel ?? '').trim()}`
    const read = sheetRowToFields(cells, names)
    for (const problem of read.problems) fail(problem.column, problem.message)
    const milestones = milestoneSheet ? (milestoneSheet.milestones.get(key) ?? []) : (existing?.milestones ?? [])
    const parsed = AgreementFieldsSchema.safeParse({ ...read.fields, milestones })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = SHEET_COLUMN_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0] ?? '-')
        // a cell already named as unknown needs no second, vaguer message
        if (!read.problems.some((p) => p.column.startsWith(column))) fail(column, issue.message)
      }
      return
    }
    if (read.problems.length > 0) return
    const fields = parsed.data
    const from = existing?.stage ?? 'concept'
    if (!canChangeStage(from, fields.stage)) {
      return fail('stadium', `Van "${AGREEMENT_STAGE_LABELS[from]}" naar "${AGREEMENT_STAGE_LABELS[fields.stage]}" kan niet.`)
    }
    if (!existing) return void creates.push({ row, fields })
    const newDelays = delaySheet?.added.get(key) ?? []
    if (newDelays.length > 0 && (fields.stage === 'gerealiseerd' || fields.stage === 'vervallen')) {
      for (const d of newDelays) {
        errors.push({ file: DELAY_SHEET, row: d.row, column: 'nieuwe_datum', message: 'Een gerealiseerde of vervallen afspraak kan geen vertraging krijgen.' })
      }
      return
    }
    const same = sameContent(existing, fields)
    if (same && newDelays.length === 0) return void unchanged++
    const version = Number((cells.versie ?? '').trim())
    if (version !== existing.version) {
      return fail('versie', `Afspraak ${existing.id} is na de export gewijzigd (nu versie ${existing.version}). Exporteer opnieuw.`)
    }
    updates.push({ row, id: existing.id, version, fields: same ? null : fields, newDelays })
  })
  errors.push(...(milestoneSheet?.problems ?? []), ...(delaySheet?.problems ?? []))
  return {
    region: { code: region.code, name: region.name, slug: region.slug },
    rowCount: input.rows.length,
    errors,
    creates,
    updates,
    unchanged,
    versions: stored.map((a) => [a.id, a.version]),
  }
}

/** Write a checked plan: new agreements, changed content (a revision each), then new delays (audited as delays). */
export async function applySheetPlan(trx: Transaction<DB>, ctx: Ctx, plan: SheetPlan) {
  for (const { fields } of plan.creates) await createAgreement(trx, ctx, { regionSlug: plan.region.slug, fields })
  for (const { id, version, fields, newDelays } of plan.updates) {
    let current = version
    if (fields) current = (await updateAgreement(trx, ctx, { id, version: current, fields })).version
    for (const delay of newDelays) {
      current = (await recordDelay(trx, ctx, { id, version: current, reason: delay.reason, newDate: delay.newDate })).version
    }
  }
  return { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged }
}

/** The refusal of a sheet with errors: nothing is written. */
export function sheetRefused(errors: readonly SheetError[]): DomainError {
  return new DomainError('INVALID', `Het bestand is niet ingelezen: ${errors.length} fout(en). Er is niets gewijzigd.`, { rowErrors: errors })
}

/** Import a sheet all-or-nothing: refused with its cell errors when any row is wrong. */
export async function importAgreementSheet(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof ImportSheetSchema>) {
  const plan = await planSheetImport(trx, ctx, input)
  if (plan.errors.length > 0) throw sheetRefused(plan.errors)
  return applySheetPlan(trx, ctx, plan)
}
