import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely'
import type { BottleneckContent, BottleneckState } from '@bt/domain'
import type { DB } from '../../schema.ts'

// The bottleneck register (issue 16). Visibility is decided by the api; these functions take the
// resulting scope: every bottleneck, or those concerning or raised by given regions.

export type { BottleneckContent }

/** Which bottlenecks a reader sees: all, or those concerning or raised by these regions. */
export type BottleneckScope = { all: true } | { all: false; regionCodes: readonly string[] }

/** Filters of the register (already validated). */
export interface BottleneckListFilter {
  buildingBlock?: string
  region?: string
  state?: BottleneckState
  owner?: string
  severity?: number
}

const COLUMNS = [
  'bottleneck.id',
  'bottleneck.title',
  'bottleneck.description',
  'bottleneck.buildingBlocks',
  'bottleneck.regionCodes',
  'bottleneck.severity',
  'bottleneck.likelihood',
  'bottleneck.ownerUserId',
  'bottleneck.dueDate',
  'bottleneck.state',
  'bottleneck.stateReason',
  'bottleneck.agreementIds',
  'bottleneck.indicatorKeys',
  'bottleneck.signalIds',
  'bottleneck.sourceSignalId',
  'bottleneck.evidence',
  'bottleneck.raisedByUserId',
  'bottleneck.raisedByLabel',
  'bottleneck.raisedByRegionCode',
  'bottleneck.version',
  'bottleneck.createdAt',
  'bottleneck.updatedAt',
  'bottleneck.updatedByLabel',
] as const

function toRow(content: BottleneckContent) {
  return {
    title: content.title,
    description: content.description,
    buildingBlocks: JSON.stringify(content.buildingBlocks),
    regionCodes: JSON.stringify(content.regionCodes),
    severity: content.severity,
    likelihood: content.likelihood,
    ownerUserId: content.ownerUserId,
    dueDate: content.dueDate,
    agreementIds: JSON.stringify(content.agreementIds),
    indicatorKeys: JSON.stringify(content.indicatorKeys),
  }
}

function inScope(scope: BottleneckScope) {
  return (eb: ExpressionBuilder<DB, 'bottleneck'>): Expression<SqlBool> => {
    if (scope.all) return sql<boolean>`true`
    if (scope.regionCodes.length === 0) return sql<boolean>`false`
    return eb.or([
      eb('bottleneck.raisedByRegionCode', 'in', [...scope.regionCodes]),
      sql<boolean>`bottleneck.region_codes ?| ${sql.val([...scope.regionCodes])}::text[]`,
    ])
  }
}

/** A bottleneck with the owner's name, or undefined; scope decides whether the reader may see it. */
export async function findBottleneck(db: Kysely<DB>, params: { id: number; scope?: BottleneckScope }) {
  return db
    .selectFrom('bottleneck')
    .leftJoin('appUser as owner', 'owner.id', 'bottleneck.ownerUserId')
    .select([...COLUMNS, 'owner.name as ownerName'])
    .where('bottleneck.id', '=', params.id)
    .where(inScope(params.scope ?? { all: true }))
    .executeTakeFirst()
}

/** The register as the reader may see it, filtered; newest first. */
export async function listBottlenecks(db: Kysely<DB>, params: { scope: BottleneckScope; filter: BottleneckListFilter }) {
  const { filter } = params
  let query = db
    .selectFrom('bottleneck')
    .leftJoin('appUser as owner', 'owner.id', 'bottleneck.ownerUserId')
    .select([...COLUMNS, 'owner.name as ownerName'])
    .where(inScope(params.scope))
  if (filter.buildingBlock) query = query.where(sql<boolean>`bottleneck.building_blocks ? ${filter.buildingBlock}`)
  if (filter.region) query = query.where(sql<boolean>`bottleneck.region_codes ? ${filter.region}`)
  if (filter.state) query = query.where('bottleneck.state', '=', filter.state)
  if (filter.owner) query = query.where('bottleneck.ownerUserId', '=', filter.owner)
  if (filter.severity) query = query.where('bottleneck.severity', '=', filter.severity)
  return query.orderBy('bottleneck.id', 'desc').execute()
}

/** How many bottlenecks there are per building block and state: what anonymous visitors see. */
export async function countBottlenecksByBlockAndState(db: Kysely<DB>) {
  const result = await sql<{ buildingBlock: string; state: string; count: number }>`
    select b.block as building_block, bottleneck.state, count(*)::int as count
    from bottleneck cross join lateral jsonb_array_elements_text(bottleneck.building_blocks) as b(block)
    group by b.block, bottleneck.state`.execute(db)
  return result.rows
}

/** Add a bottleneck; returns its id and version. */
export async function insertBottleneck(
  trx: Transaction<DB>,
  params: {
    content: BottleneckContent
    signalIds: number[]
    sourceSignalId: number | null
    evidence: Record<string, unknown> | null
    raisedByUserId: string | null
    raisedByLabel: string
    raisedByRegionCode: string | null
    now: Date
  },
) {
  return trx
    .insertInto('bottleneck')
    .values({
      ...toRow(params.content),
      signalIds: JSON.stringify(params.signalIds),
      sourceSignalId: params.sourceSignalId,
      evidence: params.evidence === null ? null : JSON.stringify(params.evidence),
      raisedByUserId: params.raisedByUserId,
      raisedByLabel: params.raisedByLabel,
      raisedByRegionCode: params.raisedByRegionCode,
      createdAt: params.now,
      updatedAt: params.now,
      updatedByLabel: params.raisedByLabel,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow()
}

/** Save the fields when the version still matches; undefined when someone else saved first. */
export async function updateBottleneckIfVersion(
  trx: Transaction<DB>,
  params: { id: number; version: number; content: BottleneckContent; actorLabel: string; now: Date },
) {
  return updateIfVersion(trx, params, toRow(params.content))
}

/** Move to another state when the version still matches; undefined when someone else saved first. */
export async function setBottleneckStateIfVersion(
  trx: Transaction<DB>,
  params: { id: number; version: number; state: BottleneckState; reason: string; actorLabel: string; now: Date },
) {
  return updateIfVersion(trx, params, { state: params.state, stateReason: params.reason })
}

/** Write these columns, who and when, and the next version when the version still matches. */
function updateIfVersion(
  trx: Transaction<DB>,
  params: { id: number; version: number; actorLabel: string; now: Date },
  fields: ReturnType<typeof toRow> | { state: BottleneckState; stateReason: string },
) {
  return trx
    .updateTable('bottleneck')
    .set((eb) => ({ ...fields, updatedAt: params.now, updatedByLabel: params.actorLabel, version: eb('version', '+', 1) }))
    .where('id', '=', params.id)
    .where('version', '=', params.version)
    .returning(['version'])
    .executeTakeFirst()
}

/** Append an entry to a bottleneck's history. */
export async function insertBottleneckEvent(
  trx: Transaction<DB>,
  params: {
    bottleneckId: number
    event: 'created' | 'updated' | 'state_changed'
    fromState: BottleneckState | null
    toState: BottleneckState | null
    reason?: string
    changes?: Record<string, { before: unknown; after: unknown }> | null
    actorUserId: string | null
    actorLabel: string
    now: Date
  },
) {
  await trx
    .insertInto('bottleneckEvent')
    .values({
      bottleneckId: params.bottleneckId,
      event: params.event,
      fromState: params.fromState,
      toState: params.toState,
      reason: params.reason ?? '',
      changes: params.changes ? JSON.stringify(params.changes) : null,
      occurredAt: params.now,
      actorUserId: params.actorUserId,
      actorLabel: params.actorLabel,
    })
    .execute()
}

/** A bottleneck's history, oldest first. */
export async function listBottleneckEvents(db: Kysely<DB>, params: { bottleneckId: number }) {
  return db
    .selectFrom('bottleneckEvent')
    .select(['id', 'event', 'fromState', 'toState', 'reason', 'changes', 'occurredAt', 'actorLabel'])
    .where('bottleneckId', '=', params.bottleneckId)
    .orderBy('occurredAt')
    .orderBy('id')
    .execute()
}

/** History entries across the visible register since a moment, newest first (the desk's "what changed"). */
export async function listBottleneckEventsSince(db: Kysely<DB>, params: { scope: BottleneckScope; since: Date; limit: number }) {
  return db
    .selectFrom('bottleneckEvent')
    .innerJoin('bottleneck', 'bottleneck.id', 'bottleneckEvent.bottleneckId')
    .select([
      'bottleneckEvent.id',
      'bottleneckEvent.bottleneckId',
      'bottleneck.title',
      'bottleneckEvent.event',
      'bottleneckEvent.fromState',
      'bottleneckEvent.toState',
      'bottleneckEvent.reason',
      'bottleneckEvent.changes',
      'bottleneckEvent.occurredAt',
      'bottleneckEvent.actorLabel',
    ])
    .where('bottleneckEvent.occurredAt', '>=', params.since)
    .where(inScope(params.scope))
    .orderBy('bottleneckEvent.occurredAt', 'desc')
    .orderBy('bottleneckEvent.id', 'desc')
    .limit(params.limit)
    .execute()
}

/** Comments on a bottleneck in posting order. */
export async function listBottleneckComments(db: Kysely<DB>, params: { bottleneckId: number }) {
  return db
    .selectFrom('bottleneckComment')
    .select(['id', 'authorLabel', 'body', 'createdAt'])
    .where('bottleneckId', '=', params.bottleneckId)
    .orderBy('id')
    .execute()
}

/** Add a comment; returns its id. */
export async function insertBottleneckComment(
  trx: Transaction<DB>,
  params: { bottleneckId: number; authorUserId: string; authorLabel: string; body: string; now: Date },
) {
  const { now, ...comment } = params
  const row = await trx.insertInto('bottleneckComment').values({ ...comment, createdAt: now }).returning('id').executeTakeFirstOrThrow()
  return row.id
}
