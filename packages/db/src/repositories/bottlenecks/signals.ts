import { sql, type Kysely, type Transaction } from 'kysely'
import type { SignalKind } from '@bt/domain'
import type { DB } from '../../schema.ts'

// Signals (issue 16): a recompute hands over every signal that holds now; this file reconciles them
// with the stored ones in a few set-based statements: new causes open a signal, gone causes close it,
// changed evidence is recorded. History stays in signal_event.

/** A signal as computed, ready to store. */
export interface SignalInput {
  kind: SignalKind
  dedupeKey: string
  regionCode: string | null
  buildingBlock: string
  summary: string
  evidence: Record<string, unknown>
  links: { kind: string; ref: string; label: string }[]
}

/** How many signals a recompute opened, changed and closed, and how many stay open. */
export interface SignalReconciliation {
  opened: number
  changed: number
  closed: number
  open: number
}

/**
 * Reconcile the stored open signals of `kinds` with `computed` (the full set that holds now).
 * Runs inside one transaction; a dedupe key seen twice in `computed` keeps its first entry.
 */
export async function reconcileSignals(
  trx: Transaction<DB>,
  params: { kinds: readonly SignalKind[]; computed: readonly SignalInput[]; now: Date },
): Promise<SignalReconciliation> {
  const seen = new Set<string>()
  const rows = params.computed.filter((s) => !seen.has(s.dedupeKey) && seen.add(s.dedupeKey))
  const incoming = sql`(select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
    kind text, "dedupeKey" text, "regionCode" text, "buildingBlock" text, summary text, evidence jsonb, links jsonb))`
  const kinds = sql`${sql.val([...params.kinds])}::text[]`
  const now = params.now
  // Two workers recomputing at once take turns, so neither opens a signal the other just opened.
  await sql`select pg_advisory_xact_lock(hashtext('signal_reconcile'))`.execute(trx)

  const closed = await sql<{ n: number }>`
    with gone as (
      update signal set closed_at = ${now}, last_computed_at = ${now}
      where closed_at is null and kind = any(${kinds})
        and dedupe_key not in (select "dedupeKey" from ${incoming} i)
      returning id)
    , logged as (insert into signal_event (signal_id, event, evidence, occurred_at) select id, 'closed', null, ${now} from gone returning 1)
    select count(*)::int as n from logged`.execute(trx)

  const changed = await sql<{ n: number }>`
    with moved as (
      update signal s set evidence = i.evidence, summary = i.summary, links = i.links, region_code = i."regionCode",
        building_block = i."buildingBlock", last_computed_at = ${now}
      from ${incoming} i
      where s.dedupe_key = i."dedupeKey" and s.closed_at is null and s.evidence is distinct from i.evidence
      returning s.id, s.evidence)
    , logged as (insert into signal_event (signal_id, event, evidence, occurred_at) select id, 'changed', evidence, ${now} from moved returning 1)
    select count(*)::int as n from logged`.execute(trx)

  const opened = await sql<{ n: number }>`
    with fresh as (
      insert into signal (kind, dedupe_key, region_code, building_block, summary, evidence, links, opened_at, last_computed_at)
      select i.kind, i."dedupeKey", i."regionCode", i."buildingBlock", i.summary, i.evidence, coalesce(i.links, '[]'::jsonb), ${now}, ${now}
      from ${incoming} i
      where not exists (select 1 from signal s where s.dedupe_key = i."dedupeKey" and s.closed_at is null)
      returning id, evidence)
    , logged as (insert into signal_event (signal_id, event, evidence, occurred_at) select id, 'opened', evidence, ${now} from fresh returning 1)
    select count(*)::int as n from logged`.execute(trx)

  if (params.kinds.length > 0) {
    await trx
      .updateTable('signal')
      .set({ lastComputedAt: now })
      .where('closedAt', 'is', null)
      .where('kind', 'in', [...params.kinds])
      .execute()
  }
  const open = await trx
    .selectFrom('signal')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('closedAt', 'is', null)
    .executeTakeFirstOrThrow()
  return {
    opened: opened.rows[0]?.n ?? 0,
    changed: changed.rows[0]?.n ?? 0,
    closed: closed.rows[0]?.n ?? 0,
    open: Number(open.n),
  }
}

const SIGNAL_COLUMNS = [
  'signal.id',
  'signal.kind',
  'signal.dedupeKey',
  'signal.regionCode',
  'signal.buildingBlock',
  'signal.summary',
  'signal.evidence',
  'signal.links',
  'signal.openedAt',
  'signal.closedAt',
  'signal.lastComputedAt',
] as const

/** Signals, open or closed or both, optionally of one kind; newest first. */
export async function listSignals(db: Kysely<DB>, params: { status: 'open' | 'closed' | 'all'; kind?: SignalKind; limit: number }) {
  let query = db.selectFrom('signal').leftJoin('region', 'region.code', 'signal.regionCode').select([...SIGNAL_COLUMNS, 'region.name as regionName'])
  if (params.status === 'open') query = query.where('signal.closedAt', 'is', null)
  if (params.status === 'closed') query = query.where('signal.closedAt', 'is not', null)
  if (params.kind) query = query.where('signal.kind', '=', params.kind)
  return query.orderBy('signal.openedAt', 'desc').orderBy('signal.id', 'desc').limit(params.limit).execute()
}

/** One signal with its region's name, or undefined. */
export async function findSignal(db: Kysely<DB>, params: { id: number }) {
  return db
    .selectFrom('signal')
    .leftJoin('region', 'region.code', 'signal.regionCode')
    .select([...SIGNAL_COLUMNS, 'region.name as regionName'])
    .where('signal.id', '=', params.id)
    .executeTakeFirst()
}

/** The kind, summary and closing time of the signals with these ids. */
export async function listSignalSummaries(db: Kysely<DB>, params: { ids: readonly number[] }) {
  if (params.ids.length === 0) return []
  return db.selectFrom('signal').select(['id', 'kind', 'summary', 'closedAt']).where('id', 'in', params.ids).execute()
}

/** The bottlenecks that name this signal, by id. */
export async function listBottlenecksOfSignal(db: Kysely<DB>, params: { signalId: number }) {
  return db
    .selectFrom('bottleneck')
    .select(['id', 'title', 'state'])
    .where(sql<boolean>`signal_ids @> ${JSON.stringify([params.signalId])}::jsonb`)
    .orderBy('id')
    .execute()
}

/** Signals opened or closed since `since`, newest first, at most `limit`. */
export async function listSignalChangesSince(db: Kysely<DB>, params: { since: Date; limit: number }) {
  const result = await sql<{ id: number; signalId: number; event: string; occurredAt: Date; kind: string; summary: string }>`
    select e.id, e.signal_id, e.event, e.occurred_at, s.kind, s.summary
    from signal_event e join signal s on s.id = e.signal_id
    where e.occurred_at >= ${params.since} and e.event in ('opened', 'closed')
    order by e.occurred_at desc, e.id desc limit ${params.limit}`.execute(db)
  return result.rows
}

/** A signal's history, oldest first. */
export async function listSignalEvents(db: Kysely<DB>, params: { signalId: number }) {
  return db
    .selectFrom('signalEvent')
    .select(['id', 'event', 'evidence', 'occurredAt'])
    .where('signalId', '=', params.signalId)
    .orderBy('occurredAt')
    .orderBy('id')
    .execute()
}

/** Open signals counted per kind and building block (the desk). */
export async function countOpenSignals(db: Kysely<DB>) {
  return db
    .selectFrom('signal')
    .select(['kind', 'buildingBlock', (eb) => eb.fn.countAll<number>().as('count')])
    .where('closedAt', 'is', null)
    .groupBy(['kind', 'buildingBlock'])
    .orderBy('kind')
    .orderBy('buildingBlock')
    .execute()
}

/** The stored thresholds and their version, or undefined while an analyst never set them. */
export async function findSignalThresholds(db: Kysely<DB>) {
  return db.selectFrom('signalThresholds').select(['thresholds', 'version', 'updatedAt', 'updatedByLabel']).where('id', '=', 1).executeTakeFirst()
}

/**
 * Store the thresholds when `version` is the stored one (0: none stored yet); undefined when
 * someone else saved first.
 */
export async function saveSignalThresholdsIfVersion(
  trx: Transaction<DB>,
  params: { thresholds: Record<string, unknown>; version: number; actorLabel: string; now: Date },
) {
  const value = JSON.stringify(params.thresholds)
  if (params.version === 0) {
    return trx
      .insertInto('signalThresholds')
      .values({ id: 1, thresholds: value, updatedAt: params.now, updatedByLabel: params.actorLabel })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning(['version'])
      .executeTakeFirst()
  }
  return trx
    .updateTable('signalThresholds')
    .set((eb) => ({ thresholds: value, updatedAt: params.now, updatedByLabel: params.actorLabel, version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .where('version', '=', params.version)
    .returning(['version'])
    .executeTakeFirst()
}
