import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { DB } from '../../schema.ts'

/** Which region figures to read with a stored aggregate: all, one region's, or none (a national series). */
export type AggregateRegions = 'all' | 'none' | { regionCode: string }

/** One stored aggregate row; nation and regions are null while it is stale (computedStamp ≠ stamp). */
export interface StoredAggregate {
  period: string
  periodEnd: string
  stamp: number
  fresh: boolean
  indelingNote: string | null
  nation: unknown
  /** Region code → figure (all, or only the asked region's), or null for 'none' or when stale. */
  regions: Record<string, unknown> | null
}

/**
 * The maintained aggregates of one indicator (ADR 017), oldest period first, with their stamps:
 * fresh rows carry the figures, stale ones only what the caller needs to recompute them.
 */
export async function listStoredAggregates(
  db: Kysely<DB>,
  params: { indicatorKey: string; period?: string; regions: AggregateRegions },
): Promise<StoredAggregate[]> {
  const rows = await readAggregates(db, sql`indicator_key = ${params.indicatorKey} ${params.period ? sql`and period = ${params.period}` : sql``}`, params.regions)
  return rows.map(({ indicatorKey: _, ...row }) => row)
}

/**
 * The maintained aggregates of several indicators in one statement (a region's page shows them all),
 * by indicator key, each oldest period first; an indicator without rows is absent. With `recent`, only
 * the rows that can be among each indicator's last `recent` periods with figures: a row is left out
 * when `recent` fresh rows with figures follow it. Stale rows are kept (only recomputing says whether
 * they have figures), so the caller still takes the last `recent` periods it rolls up.
 */
export async function listStoredAggregatesOf(
  db: Kysely<DB>,
  params: { indicatorKeys: readonly string[]; regions: AggregateRegions; recent?: number },
): Promise<Map<string, StoredAggregate[]>> {
  const byKey = new Map<string, StoredAggregate[]>()
  if (params.indicatorKeys.length === 0) return byKey
  const keys = sql`indicator_key in (${sql.join(params.indicatorKeys)})`
  const where = params.recent === undefined ? keys : sql`${keys} and (indicator_key, period) in (${recentPeriods(keys, params.recent)})`
  const rows = await readAggregates(db, where, params.regions)
  for (const { indicatorKey, ...row } of rows) byKey.set(indicatorKey, [...(byKey.get(indicatorKey) ?? []), row])
  return byKey
}

const FRESH = sql<boolean>`computed_stamp is not distinct from stamp`

/** Per indicator the periods followed by fewer than `recent` fresh periods with figures (newest first). */
function recentPeriods(keys: RawBuilder<unknown>, recent: number) {
  return sql`
    select indicator_key, period from (
      select indicator_key, period,
        count(*) filter (where ${FRESH} and nation is not null and nation <> 'null'::jsonb)
          over (partition by indicator_key order by period_end desc, period desc rows between unbounded preceding and 1 preceding) as later_with_figures
      from indicator_aggregate
      where ${keys}
    ) numbered
    where later_with_figures < ${recent}
  `
}

async function readAggregates(db: Kysely<DB>, where: RawBuilder<unknown>, regionsOf: AggregateRegions) {
  const fresh = FRESH
  const regions =
    regionsOf === 'all'
      ? sql`case when ${fresh} then regions end`
      : regionsOf === 'none'
        ? sql`null::jsonb`
        : sql`case when ${fresh} then jsonb_strip_nulls(jsonb_build_object(${regionsOf.regionCode}::text, regions -> ${regionsOf.regionCode}::text)) end`
  const result = await sql<StoredAggregate & { indicatorKey: string }>`
    select indicator_key, period, period_end, stamp, ${fresh} as fresh, indeling_note,
      case when ${fresh} then nation end as nation, ${regions} as regions
    from indicator_aggregate
    where ${where}
    order by indicator_key, period_end, period
  `.execute(db)
  return result.rows
}

/** A recomputed aggregate to store, with the stamp that was current when its cells were read. */
export interface AggregateToStore {
  period: string
  stamp: number
  indelingNote: string | null
  nation: unknown
  regions: Record<string, unknown>
}

/**
 * Store recomputed aggregates in one statement. A row whose stamp moved on since it was read (a write
 * landed meanwhile) is left stale, so the next reader computes it again from the newer cells.
 */
export async function storeAggregates(db: Kysely<DB>, params: { indicatorKey: string; rows: readonly AggregateToStore[] }) {
  if (params.rows.length === 0) return
  const payload = JSON.stringify(params.rows.map((r) => ({ period: r.period, stamp: r.stamp, indeling_note: r.indelingNote, nation: r.nation, regions: r.regions })))
  await sql`
    update indicator_aggregate a set computed_stamp = x.stamp, indeling_note = x.indeling_note, nation = x.nation, regions = x.regions
    from jsonb_to_recordset(${payload}::jsonb) as x(period text, stamp bigint, indeling_note text, nation jsonb, regions jsonb)
    where a.indicator_key = ${params.indicatorKey} and a.period = x.period and a.stamp = x.stamp
  `.execute(db)
}

/** The indicators that have a stale stored aggregate (a write since its last computation), by key. */
export async function listIndicatorsWithStaleAggregates(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{ indicatorKey: string }>`
    select distinct indicator_key from indicator_aggregate where computed_stamp is distinct from stamp order by indicator_key
  `.execute(db)
  return result.rows.map((r) => r.indicatorKey)
}
