import { generateId, may, regionsWithDraftAccess } from '@bt/auth'
import {
  findCurrentCalcDataset,
  type findScenario,
  insertScenario,
  listVisibleScenarios,
  markScenarioAsRegionChoice,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import {
  DomainError,
  toScenarioFormValues,
  type SaveScenarioSchema,
  type ScenarioParameters,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { auditDesignation, getScenarioRow, isOnRealData } from './reference-scenario.ts'
import { computeScenario, type ScenarioResult } from './scenario.ts'
import { requireActor, requirePermission } from '../guards.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>
type SaveInput = z.output<typeof SaveScenarioSchema>
type ScenarioRow = NonNullable<Awaited<ReturnType<typeof findScenario>>>

// What the scenario table stores (written by insertScenario from these very types).
type StoredParameters = ScenarioParameters
type StoredResult = ScenarioResult

/**
 * Save a scenario: compute it again on the server (never trust a posted result) and store its full
 * parameters, the data set it used and the result. Sharing with a region needs read access to that
 * region's drafts (DESIGN.md visibility). Audited; the region's history shows it only when shared.
 */
export async function saveScenario(trx: Transaction<DB>, ctx: Ctx, input: SaveInput) {
  const actor = requireActor(ctx)
  const regionCode =
    input.parameters.scope.kind === 'region' ? input.parameters.scope.regionCode : null
  if (input.visibility === 'region' && regionCode)
    requirePermission(ctx, { action: 'read_drafts', regionCode })
  const result = await computeScenario(trx, {
    parameters: input.parameters,
    today: ctx.today,
    now: ctx.now,
  })
  const id = generateId()
  await insertScenario(trx, {
    id,
    ownerUserId: actor.userId,
    regionCode,
    name: input.name,
    visibility: input.visibility,
    parameters: input.parameters,
    datasetId: result.dataset.id,
    result,
  })
  await audit(trx, ctx, {
    action: 'scenario.saved',
    entityType: 'scenario',
    entityId: id,
    regionCode: input.visibility === 'region' ? regionCode : null,
    after: {
      name: input.name,
      visibility: input.visibility,
      datasetId: result.dataset.id,
      parameters: input.parameters,
    },
  })
  return { id }
}

/** Who may read a saved scenario: its owner; anyone signed in; or, for 'region', that region's readers. */
function requireReadable(ctx: Pick<Context, 'actor'>, row: ScenarioRow): void {
  const actor = requireActor(ctx)
  if (row.ownerUserId === actor.userId || row.visibility === 'signed_in') return
  if (row.visibility === 'region' && row.regionCode)
    return requirePermission(ctx, { action: 'read_drafts', regionCode: row.regionCode })
  throw new DomainError(
    'FORBIDDEN',
    'Dit scenario is alleen zichtbaar voor wie het heeft opgeslagen.',
  )
}

export async function requireScenario(
  db: Kysely<DB>,
  ctx: Pick<Context, 'actor'>,
  scenarioId: string,
): Promise<ScenarioRow> {
  const row = await getScenarioRow(db, scenarioId)
  requireReadable(ctx, row)
  return row
}

/**
 * A saved scenario with its result as computed then, whether today's data differs, and whether the
 * actor may mark it as the region's chosen sharing model. FORBIDDEN for users it is not shared with.
 */
export async function getScenario(
  db: Kysely<DB>,
  ctx: Pick<Context, 'actor'>,
  input: { scenarioId: string },
) {
  const row = await requireScenario(db, ctx, input.scenarioId)
  const actor = requireActor(ctx)
  const current = await findCurrentCalcDataset(db)
  // JSON columns written from these types by saveScenario (db has no api types).
  const parameters = row.parameters as StoredParameters
  const result = row.result as StoredResult
  return {
    id: row.id,
    name: row.name,
    visibility: row.visibility,
    ownerName: row.ownerName,
    isOwn: row.ownerUserId === actor.userId,
    region:
      row.regionCode && row.regionName && row.regionSlug
        ? { code: row.regionCode, name: row.regionName, slug: row.regionSlug }
        : null,
    dataset: { id: row.datasetId, label: row.datasetLabel, kind: row.datasetKind },
    currentDataset: current ? { id: current.id, label: current.label, kind: current.kind } : null,
    isRegionChoice: row.isRegionChoice,
    isReference: row.isReference,
    /** Analysts may designate it; the procedure says why not when it is not shared or not real data. */
    canMarkReference: !row.isReference && actor.grants.some((g) => g.role === 'vng_analyst'),
    onRealData: isOnRealData(row),
    createdAt: row.createdAt,
    canMarkRegionChoice:
      row.regionCode !== null &&
      row.visibility !== 'private' &&
      parameters.sharing !== null &&
      !row.isRegionChoice &&
      may(ctx.actor, { action: 'edit', regionCode: row.regionCode }),
    formValues: toScenarioFormValues(parameters, result.parameters),
    result,
  }
}

/** Compute a saved scenario's parameters again on today's data set and regions (nothing is stored). */
export async function recomputeScenario(db: Kysely<DB>, ctx: Ctx, input: { scenarioId: string }) {
  const row = await requireScenario(db, ctx, input.scenarioId)
  const result = await computeScenario(db, {
    // JSON column written from StoredParameters by saveScenario.
    parameters: row.parameters as StoredParameters,
    today: ctx.today,
    now: ctx.now,
  })
  return { id: row.id, name: row.name, result }
}

/** The scenarios the actor may read, newest first. */
export async function listScenarios(db: Kysely<DB>, ctx: Pick<Context, 'actor'>) {
  const actor = requireActor(ctx)
  const rows = await listVisibleScenarios(db, {
    userId: actor.userId,
    regionCodes: regionsWithDraftAccess(actor),
    limit: 200,
  })
  return rows.map(({ ownerUserId, ...row }) => ({ ...row, isOwn: ownerUserId === actor.userId }))
}

/**
 * A region editor marks a scenario with a sharing model as the region's choice (one per region; the
 * previous choice is released). The scenario must belong to the region and be shared. Audited.
 */
export async function markRegionChoice(
  trx: Transaction<DB>,
  ctx: Ctx,
  input: { scenarioId: string },
) {
  const row = await getScenarioRow(trx, input.scenarioId)
  if (!row.regionCode)
    throw new DomainError(
      'INVALID',
      'Alleen een scenario van één regio kan de keuze van die regio zijn.',
    )
  requirePermission(ctx, { action: 'edit', regionCode: row.regionCode })
  if (row.visibility === 'private') {
    throw new DomainError(
      'INVALID',
      'Deel het scenario eerst met de regio: een privé scenario kan niet de keuze van de regio zijn.',
    )
  }
  // JSON column written from StoredParameters by saveScenario.
  if ((row.parameters as StoredParameters).sharing === null) {
    throw new DomainError(
      'INVALID',
      'Dit scenario heeft geen verdeelmodel; kies een scenario met een verdeelmodel.',
    )
  }
  const previousScenarioId = await markScenarioAsRegionChoice(trx, {
    id: row.id,
    regionCode: row.regionCode,
    now: ctx.now,
  })
  return auditDesignation(trx, ctx, row, { action: 'scenario.region_choice_marked', key: 'regionChoiceScenarioId' }, previousScenarioId)
}
