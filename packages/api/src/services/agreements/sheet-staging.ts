import {
  claimAgreementSheetImport,
  findAgreementSheetImport,
  insertAgreementSheetImport,
  listAgreementVersions,
  type DB,
  type Kysely,
  type StagedSheetTables,
  type Transaction,
} from '@bt/db'
import { DomainError, type CommitSheetSchema, type StageSheetSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { requireActor } from '../guards.ts'
import { getEditableRegion } from '../regions/region.ts'
import { applySheetPlan, planSheetImport, sheetRefused, type SheetError, type SheetPlan } from './agreement-sheet.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>
type Rows = readonly Record<string, string>[]

/** How long a checked sheet waits for its commit; the housekeeping job deletes it after. */
export const STAGED_SHEET_HOURS = 24

// Rows travel as [column, value] pairs: the db's CamelCasePlugin would rename object keys on reading.
const toPairs = (rows: Rows) => rows.map((row) => Object.entries(row))
const fromPairs = (rows: readonly (readonly [string, string])[][]) => rows.map((pairs) => Object.fromEntries(pairs))

function summaryOf(plan: SheetPlan) {
  return { rowCount: plan.rowCount, errors: plan.errors, creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged }
}

/**
 * Check an imported sheet (as `planSheetImport`) and, when it has no errors, keep it in the
 * database for the commit: the import page then commits by id, without a second upload.
 */
export async function stageSheetImport(db: Kysely<DB>, ctx: Ctx, input: z.output<typeof StageSheetSchema>) {
  const actor = requireActor(ctx)
  const plan = await planSheetImport(db, ctx, input)
  if (plan.errors.length > 0) return { ...summaryOf(plan), filename: input.filename, importId: null }
  const tables: StagedSheetTables = {
    rows: toPairs(input.rows),
    milestones: input.milestones ? toPairs(input.milestones) : null,
    delays: input.delays ? toPairs(input.delays) : null,
  }
  const importId = await insertAgreementSheetImport(db, {
    regionCode: plan.region.code,
    createdBy: actor.userId,
    filename: input.filename,
    tables,
    versions: plan.versions,
    expiresAt: new Date(ctx.now.getTime() + STAGED_SHEET_HOURS * 3_600_000),
  })
  return { ...summaryOf(plan), filename: input.filename, importId }
}

/** The region's agreements that changed (or appeared, or went) since the check, as row errors naming them. */
function changesSince(checked: readonly [number, number][], now: Awaited<ReturnType<typeof listAgreementVersions>>): SheetError[] {
  const then = new Map(checked)
  const changed: SheetError[] = now
    .filter((a) => then.get(a.id) !== a.version)
    .map((a) => ({
      row: a.id,
      column: 'versie',
      message: `"${a.title}" is na de controle ${then.has(a.id) ? 'gewijzigd' : 'toegevoegd'} door ${a.updatedByLabel} (nu versie ${a.version}).`,
    }))
  const still = new Set(now.map((a) => a.id))
  for (const [id] of checked) if (!still.has(id)) changed.push({ row: id, column: 'id', message: `Afspraak ${id} bestaat niet meer.` })
  return changed
}

/**
 * Commit a staged sheet all-or-nothing, once. Refused with CONFLICT, keeping the staged sheet and
 * writing nothing, when any of the region's agreements changed since the check (the editor checks
 * again and sees what that means for the file); refused when it expired or belongs to someone else.
 */
export async function commitSheetImport(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof CommitSheetSchema>) {
  const actor = requireActor(ctx)
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  const staged = await findAgreementSheetImport(trx, { id: input.importId })
  if (!staged || staged.regionCode !== region.code || staged.createdBy !== actor.userId) {
    throw new DomainError('NOT_FOUND', 'Deze controle bestaat niet (meer). Kies het bestand opnieuw.')
  }
  if (staged.status === 'committed') throw new DomainError('INVALID', 'Dit bestand is al geïmporteerd. Bekijk de afspraken of het logboek.')
  if (staged.expiresAt <= ctx.now) {
    throw new DomainError('INVALID', `De controle is verlopen (een gecontroleerd bestand blijft ${STAGED_SHEET_HOURS} uur bewaard). Kies het bestand opnieuw.`)
  }
  const changed = changesSince(staged.versions, await listAgreementVersions(trx, { regionCode: region.code }))
  if (changed.length > 0) {
    throw new DomainError(
      'CONFLICT',
      'Er is niets geïmporteerd: sinds de controle zijn afspraken van de regio gewijzigd. Het bestand is bewaard; controleer het opnieuw om te zien wat dat betekent.',
      { rowErrors: changed },
    )
  }
  const tables = staged.tables
  const plan = await planSheetImport(trx, ctx, {
    regionSlug: region.slug,
    rows: fromPairs(tables.rows),
    milestones: tables.milestones ? fromPairs(tables.milestones) : undefined,
    delays: tables.delays ? fromPairs(tables.delays) : undefined,
  })
  // Nothing changed since the check, so the plan is the checked one; errors would mean a rule moved.
  if (plan.errors.length > 0) throw sheetRefused(plan.errors)
  if (!(await claimAgreementSheetImport(trx, { id: staged.id, now: ctx.now }))) {
    throw new DomainError('INVALID', 'Dit bestand is al geïmporteerd. Bekijk de afspraken of het logboek.')
  }
  const done = await applySheetPlan(trx, ctx, plan)
  return { ...done, filename: staged.filename, rowCount: plan.rowCount }
}

/** Check a staged sheet again against the agreements as they are now (after a conflict): a new plan, a new base. */
export async function recheckSheetImport(db: Kysely<DB>, ctx: Ctx, input: z.output<typeof CommitSheetSchema>) {
  const actor = requireActor(ctx)
  const region = await getEditableRegion(db, ctx, input.regionSlug)
  const staged = await findAgreementSheetImport(db, { id: input.importId })
  if (!staged || staged.regionCode !== region.code || staged.createdBy !== actor.userId || staged.status !== 'staged') {
    throw new DomainError('NOT_FOUND', 'Deze controle bestaat niet (meer). Kies het bestand opnieuw.')
  }
  const tables = staged.tables
  return stageSheetImport(db, ctx, {
    regionSlug: region.slug,
    filename: staged.filename,
    rows: fromPairs(tables.rows),
    milestones: tables.milestones ? fromPairs(tables.milestones) : undefined,
    delays: tables.delays ? fromPairs(tables.delays) : undefined,
  })
}
