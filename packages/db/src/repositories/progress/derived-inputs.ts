import { sql, type Kysely } from 'kysely'
import { selectAsJson } from '../../json-rows.ts'
import type { DB } from '../../schema.ts'

// What the derived progress of the building blocks reads (docs/progress-measures.md), each in one
// query that stays small at ten times the real scale: only the periods and rows a measure needs.

/** Every sub-line status change of every block decided on or before `upTo`, by moment date then as recorded. */
export async function listAllSubLineChanges(db: Kysely<DB>, params: { upTo: string }) {
  const query = db
    .selectFrom('subLineStatus as s')
    .innerJoin('decisionMoment as m', 'm.id', 's.decisionMomentId')
    .innerJoin('subLine as l', 'l.id', 's.subLineId')
    .select(['s.subLineId', 'l.buildingBlock', 's.status', 'm.momentDate'])
    .where('m.momentDate', '<=', params.upTo)
    .orderBy('m.momentDate')
    .orderBy('s.id')
  return selectAsJson(db, query)
}

/** Every sub-line of every block (id and block), in display order. */
export async function listSubLines(db: Kysely<DB>) {
  return selectAsJson(db, db.selectFrom('subLine').select(['id', 'buildingBlock']).orderBy('buildingBlock').orderBy('position'))
}

// The latest period end of an indicator's region-level values, as a subquery (one round trip).
const latestEnd = (indicatorKey: string) =>
  sql<string>`(select max(period_end) from indicator_value where indicator_key = ${indicatorKey} and area_level = 'region')`

// An indicator's region-level values: the columns both readers below return.
const regionValues = (db: Kysely<DB>, indicatorKey: string) =>
  db
    .selectFrom('indicatorValue')
    .select(['areaCode', 'period', 'periodEnd', 'value', 'numerator', 'denominator'])
    .where('indicatorKey', '=', indicatorKey)
    .where('areaLevel', '=', 'region')

/** An indicator's region-level values of the latest calendar year with values and the year before it. */
export async function listRegionValuesOfLastTwoYears(db: Kysely<DB>, params: { indicatorKey: string }) {
  const query = regionValues(db, params.indicatorKey)
    .where('periodEnd', '>=', sql<string>`make_date(extract(year from ${latestEnd(params.indicatorKey)})::integer - 1, 1, 1)`)
    .orderBy('areaCode')
    .orderBy('period')
  return selectAsJson(db, query)
}

/** An indicator's region-level values of every period ending on its latest period end. */
export async function listRegionValuesOfLatestEnd(db: Kysely<DB>, params: { indicatorKey: string }) {
  const query = regionValues(db, params.indicatorKey)
    .where('periodEnd', '=', latestEnd(params.indicatorKey))
    .orderBy('areaCode')
  return selectAsJson(db, query)
}

// A published agreement's building blocks are a jsonb array of keys in its published revision.
const taggedWith = (buildingBlock: string) => sql<boolean>`r.snapshot -> 'buildingBlocks' @> ${JSON.stringify([buildingBlock])}::jsonb`

/** Published agreements (their published revisions) tagged with a building block, by region name; at most `limit`. */
export async function listPublishedAgreementsWithBlock(db: Kysely<DB>, params: { buildingBlock: string; limit: number }) {
  return db
    .selectFrom('agreement as a')
    .innerJoin('agreementRevision as r', (join) => join.onRef('r.agreementId', '=', 'a.id').onRef('r.revision', '=', 'a.publishedRevision'))
    .innerJoin('region as g', 'g.code', 'a.regionCode')
    .select([
      'a.id',
      'a.regionCode',
      'g.name as regionName',
      'g.slug as regionSlug',
      sql<string>`r.snapshot ->> 'title'`.as('title'),
      sql<string>`r.snapshot ->> 'stage'`.as('stage'),
      sql<string | null>`r.snapshot ->> 'plannedDate'`.as('plannedDate'),
      'a.publishedAt',
    ])
    .where(taggedWith(params.buildingBlock))
    .orderBy('g.name')
    .orderBy('a.id')
    .limit(params.limit)
    .execute()
}

/** How many published agreements each region has tagged with a building block (regions without any are absent). */
export async function countPublishedAgreementsWithBlock(db: Kysely<DB>, params: { buildingBlock: string }) {
  return db
    .selectFrom('agreement as a')
    .innerJoin('agreementRevision as r', (join) => join.onRef('r.agreementId', '=', 'a.id').onRef('r.revision', '=', 'a.publishedRevision'))
    .select((eb) => ['a.regionCode', eb.fn.countAll<number>().as('count')])
    .where(taggedWith(params.buildingBlock))
    .groupBy('a.regionCode')
    .execute()
}

/** One region of the reference scenario's result, as the calculation core stored it (cents, basis points). */
export interface ReferenceScenarioRegion {
  code: string
  name: string
  historicalCents: number
  objectiveCents: number
  changeBasisPoints: number | null
}

/**
 * The reference scenario's name, when it was computed, and only the regions of its stored result
 * (not its 3,420 municipalities), or undefined when no scenario is the reference.
 */
export async function findReferenceScenarioRegions(db: Kysely<DB>) {
  const row = await db
    .selectFrom('scenario')
    .select(['id', 'name', 'createdAt', sql<ReferenceScenarioRegion[] | null>`result -> 'regions'`.as('regions'), sql<string | null>`result ->> 'computedAt'`.as('computedAt')])
    .where('isReference', '=', true)
    .executeTakeFirst()
  return row ? { ...row, regions: row.regions ?? [] } : undefined
}
