import { listAgreementContents, listRegionMembers, type DB, type Kysely, type Transaction } from '@bt/db'
import { AGREEMENT_STAGE_LABELS, type AgreementFields, AgreementFieldsSchema, agreementToSheetRow, type BulkStageSchema, canChangeStage, DomainError, type ImportSheetSchema, mapValue, SHEET_COLUMN_OF_FIELD, SHEET_ROW_NUMBER, sheetRowId, sheetRowToFields } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { getRegion } from '../regions/region.ts'
import { createAgreement, updateAgreement } from './agreements.ts'
import { requirePermission } from '../guards.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>
type Stored = Awaited<ReturnType<typeof listAgreementContents>>[number]

/** A problem in one cell of an imported sheet; row 1 is the header, as in a spreadsheet. */
export interface SheetError {
  row: number
  column: string
  message: string
}

/** The working copies of a region's agreements as sheet rows (the region's own readers). */
export async function exportAgreementSheet(db: Kysely<DB>, ctx: Ctx, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  requirePermission(ctx, { action: 'read_drafts', regionCode: region.code })
  const [agreements, members] = await Promise.all([
    listAgreementContents(db, { regionCode: region.code }),
    listRegionMembers(db, { regionCode: region.code, onDate: ctx.today }),
  ])
  const names = members.map((m) => ({ key: m.code, label: m.name }))
  const rows = agreements.map((a) => agreementToSheetRow(a, names))
  return { region: { name: region.name, slug: region.slug }, rows, members: members.map((m) => ({ code: m.code, name: m.name })) }
}

// Compares what the sheet can change; delays and milestones are kept as they are.
function sameContent(stored: Stored, fields: AgreementFields): boolean {
  const pick = (x: Omit<AgreementFields, 'milestones'> | Stored) => ({
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
    explanation: x.explanation,
  })
  return JSON.stringify(pick(stored)) === JSON.stringify(pick(fields))
}

/**
 * Check an imported sheet against the region's agreements and plan it: every bad cell named by row
 * and column; rows equal to what is stored count as unchanged (an export re-imported changes nothing);
 * a changed row must carry the version it was exported at.
 */
export async function planSheetImport(db: Kysely<DB>, ctx: Ctx, input: z.output<typeof ImportSheetSchema>) {
  const region = await getRegion(db, input.regionSlug)
  requirePermission(ctx, { action: 'edit', regionCode: region.code })
  const [stored, members] = await Promise.all([
    listAgreementContents(db, { regionCode: region.code }),
    listRegionMembers(db, { regionCode: region.code, onDate: ctx.today }),
  ])
  const byId = new Map(stored.map((a) => [a.id, a]))
  const names = members.map((m) => ({ key: m.code, label: m.name }))
  const errors: SheetError[] = []
  const creates: { row: number; fields: AgreementFields }[] = []
  const updates: { row: number; id: number; version: number; fields: AgreementFields }[] = []
  let unchanged = 0
  input.rows.forEach((cells, index) => {
    // the reader's own row number (blank rows counted), else the position under the header
    const row = Number(cells[SHEET_ROW_NUMBER]) || index + 2
    const fail = (column: string, message: string) => errors.push({ row, column, message })
    const id = sheetRowId(cells)
    if (id === undefined) return fail('id', 'Het id moet een getal zijn, of leeg voor een nieuwe afspraak.')
    const existing = id === null ? undefined : byId.get(id)
    if (id !== null && !existing) return fail('id', `Afspraak ${id} hoort niet bij ${region.name}.`)
    const read = sheetRowToFields(cells, names)
    for (const problem of read.problems) fail(problem.column, problem.message)
    const parsed = AgreementFieldsSchema.safeParse(read.fields)
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
    const from = (existing?.stage ?? 'concept')
    if (!canChangeStage(from, fields.stage)) {
      return fail('stadium', `Van "${AGREEMENT_STAGE_LABELS[from]}" naar "${AGREEMENT_STAGE_LABELS[fields.stage]}" kan niet.`)
    }
    if (!existing) return void creates.push({ row, fields })
    if (sameContent(existing, fields)) return void unchanged++
    const version = Number((cells.versie ?? '').trim())
    if (version !== existing.version) {
      return fail('versie', `Afspraak ${existing.id} is na de export gewijzigd (nu versie ${existing.version}). Exporteer opnieuw.`)
    }
    updates.push({ row, id: existing.id, version, fields: { ...fields, milestones: existing.milestones } })
  })
  return {
    region: { name: region.name, slug: region.slug },
    rowCount: input.rows.length,
    errors,
    creates,
    updates,
    unchanged,
  }
}

/** Import a sheet all-or-nothing: refused with its cell errors when any row is wrong. */
export async function importAgreementSheet(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof ImportSheetSchema>) {
  const plan = await planSheetImport(trx, ctx, input)
  if (plan.errors.length > 0) {
    throw new DomainError('INVALID', `Het bestand is niet ingelezen: ${plan.errors.length} fout(en). Er is niets gewijzigd.`, {
      rowErrors: plan.errors,
    })
  }
  for (const { fields } of plan.creates) await createAgreement(trx, ctx, { regionSlug: input.regionSlug, fields })
  for (const { id, version, fields } of plan.updates) await updateAgreement(trx, ctx, { id, version, fields })
  return { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged }
}

/** Move a selection of a region's agreements to one stage, all or nothing (each saved as a revision). */
export async function changeStages(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof BulkStageSchema>) {
  const region = await getRegion(trx, input.regionSlug)
  requirePermission(ctx, { action: 'edit', regionCode: region.code })
  const byId = new Map((await listAgreementContents(trx, { regionCode: region.code })).map((a) => [a.id, a]))
  const errors: SheetError[] = []
  for (const id of input.ids) {
    const current = byId.get(id)
    if (!current) errors.push({ row: id, column: 'id', message: `Afspraak ${id} hoort niet bij ${region.name}.` })
    else if (!canChangeStage(current.stage, input.stage)) {
      errors.push({
        row: id,
        column: 'stadium',
        message: `"${current.title}": van "${AGREEMENT_STAGE_LABELS[current.stage]}" naar "${AGREEMENT_STAGE_LABELS[input.stage]}" kan niet.`,
      })
    } else if (input.stage === 'vervallen' && input.stageReason.length < 5) {
      errors.push({ row: id, column: 'reden_stadium', message: 'Geef aan waarom de afspraken zijn vervallen.' })
    }
  }
  if (errors.length > 0) {
    throw new DomainError('INVALID', 'Het stadium is niet gewijzigd: niet elke gekozen afspraak kan naar dit stadium.', { rowErrors: errors })
  }
  for (const id of input.ids) {
    const current = mapValue(byId, id)
    const { id: _id, version, delays: _delays, dueDate: _dueDate, ...content } = current
    const fields = { ...content, stage: input.stage, stageReason: input.stage === 'vervallen' ? input.stageReason : content.stageReason }
    // The sheet row was parsed with AgreementFieldsSchema above; its output is AgreementFields.
    await updateAgreement(trx, ctx, { id, version, fields: fields as AgreementFields })
  }
  return { changed: input.ids.length }
}
