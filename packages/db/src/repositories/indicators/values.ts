import type { AreaLevel, RegionSums } from '@bt/domain'
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../schema.ts'
import { itemAt } from '@bt/domain'

/** The cells of one indicator at one level, optionally for one period or some areas, with source, who and when. */
export async function listIndicatorValues(
  db: Kysely<DB>,
  params: { indicatorKey: string; level: AreaLevel; period?: string; areaCodes?: readonly string[] },
) {
  let query = db
    .selectFrom('indicatorValue')
    .select(['id', 'areaCode', 'period', 'periodEnd', 'state', 'value', 'numerator', 'denominator', 'source', 'enteredByLabel', 'enteredAt', 'version', 'isDemo'])
    .where('indicatorKey', '=', params.indicatorKey)
    .where('areaLevel', '=', params.level)
  if (params.period) query = query.where('period', '=', params.period)
  if (params.areaCodes) {
    if (params.areaCodes.length === 0) return []
    query = query.where('areaCode', 'in', params.areaCodes)
  }
  return query.orderBy('periodEnd').orderBy('period').orderBy('areaCode').execute()
}

/** Only what aggregation needs of one indicator's cells at a level (fewer columns: rows travel faster). */
export async function listIndicatorCells(db: Kysely<DB>, params: { indicatorKey: string; level: AreaLevel; periods?: readonly string[] }) {
  let query = db
    .selectFrom('indicatorValue')
    .select(['areaCode', 'period', 'periodEnd', 'state', 'value', 'numerator', 'denominator', 'source'])
    .where('indicatorKey', '=', params.indicatorKey)
    .where('areaLevel', '=', params.level)
  if (params.periods) {
    if (params.periods.length === 0) return []
    query = query.where('period', 'in', params.periods)
  }
  return query.execute()
}

/** Refresh the planner's statistics after a large write (PGlite has no autovacuum to do it). */
export async function analyzeIndicatorValues(db: Kysely<DB>) {
  await sql`analyze indicator_value`.execute(db)
}

/** The cells of several indicators for some areas (a region's page), every level given. */
export async function listValuesForAreas(
  db: Kysely<DB>,
  params: { indicatorKeys: readonly string[]; level: AreaLevel; areaCodes: readonly string[] },
) {
  if (params.indicatorKeys.length === 0 || params.areaCodes.length === 0) return []
  return db
    .selectFrom('indicatorValue')
    .select(['id', 'indicatorKey', 'areaCode', 'period', 'periodEnd', 'state', 'value', 'numerator', 'denominator', 'source', 'enteredByLabel', 'enteredAt', 'version'])
    .where('indicatorKey', 'in', params.indicatorKeys)
    .where('areaLevel', '=', params.level)
    .where('areaCode', 'in', params.areaCodes)
    .orderBy('periodEnd')
    .execute()
}

/** The periods that have any value for an indicator, oldest first, with their last day. */
export async function listIndicatorPeriods(db: Kysely<DB>, params: { indicatorKey: string }) {
  return db
    .selectFrom('indicatorValue')
    .select(['period', 'periodEnd'])
    .distinct()
    .where('indicatorKey', '=', params.indicatorKey)
    .orderBy('periodEnd')
    .orderBy('period')
    .execute()
}

/**
 * Municipal cells summed per period and region, each municipality in the region it belonged to on the
 * period's last day (the earliest indeling for periods before it). The additive part of aggregation
 * runs here so a national series reads 44 rows per period instead of 342; the rules stay in
 * `@bt/indicators` (regionCellFromSums), which decides completeness.
 */
export async function sumMunicipalValuesByRegion(db: Kysely<DB>, params: { indicatorKey: string; periods?: readonly string[] }) {
  if (params.periods?.length === 0) return []
  const numbered = sql`v.state in ('final', 'provisional', 'nil')`
  const result = await sql<RegionSums & { period: string; periodEnd: string }>`
    with first_indeling as (select min(valid_from) as valid_from from region_membership),
    cells as (
      select v.*, greatest(v.period_end, f.valid_from) as as_of from indicator_value v cross join first_indeling f
      where v.indicator_key = ${params.indicatorKey} and v.area_level = 'municipality'
      ${params.periods ? sql`and v.period = any(${params.periods}::text[])` : sql``}
    )
    select v.period, v.period_end, m.region_code,
      (count(*) filter (where ${numbered}))::integer as covered,
      (count(*) filter (where v.state = 'suppressed'))::integer as suppressed,
      coalesce(bool_or(v.state = 'provisional'), false) as provisional,
      sum(case when v.state = 'nil' then 0 else v.value end) filter (where ${numbered}) as value_sum,
      sum(case when v.state = 'nil' then 0 else v.numerator end) filter (where ${numbered}) as numerator_sum,
      sum(v.denominator) filter (where ${numbered}) as denominator_sum
    from cells v
    join region_membership m on m.municipality_code = v.area_code
      and m.valid_from <= v.as_of and (m.valid_to is null or m.valid_to > v.as_of)
    group by v.period, v.period_end, m.region_code
    order by v.period_end, v.period, m.region_code
  `.execute(db)
  return result.rows
}

/** Every membership of the regional indeling, closed ones included (history decides per period). */
export async function listAllMemberships(db: Kysely<DB>) {
  return db.selectFrom('regionMembership').select(['municipalityCode', 'regionCode', 'validFrom', 'validTo']).execute()
}

/** Municipalities with their name and validity period, for the import's area check. */
export async function listMunicipalityValidity(db: Kysely<DB>) {
  return db.selectFrom('municipality').select(['code', 'name', 'existsFrom', 'existsUntil']).orderBy('code').execute()
}

/** Inhabitants per municipality from the latest CBS statistics on or before date (else the earliest). */
export async function listInhabitants(db: Kysely<DB>, params: { onDate: string }) {
  const dates = await db.selectFrom('municipalityStatistic').select('referenceDate').distinct().orderBy('referenceDate').execute()
  if (dates.length === 0) return { referenceDate: null, inhabitants: new Map<string, number>() }
  const chosen = [...dates].reverse().find((d) => d.referenceDate <= params.onDate) ?? itemAt(dates, 0)
  const rows = await db
    .selectFrom('municipalityStatistic')
    .select(['municipalityCode', 'inhabitants'])
    .where('referenceDate', '=', chosen.referenceDate)
    .execute()
  return { referenceDate: chosen.referenceDate, inhabitants: new Map(rows.map((r) => [r.municipalityCode, r.inhabitants])) }
}

/** The earlier values of one cell, newest first. */
export async function listValueHistory(db: Kysely<DB>, params: { valueId: number }) {
  return db
    .selectFrom('indicatorValueHistory')
    .select(['version', 'state', 'value', 'numerator', 'denominator', 'source', 'enteredByLabel', 'enteredAt', 'replacedAt'])
    .where('valueId', '=', params.valueId)
    .orderBy('version', 'desc')
    .execute()
}

/** The earlier values of several cells, newest first per cell (a page shows each value's corrections). */
export async function listValueHistories(db: Kysely<DB>, params: { valueIds: readonly number[] }) {
  if (params.valueIds.length === 0) return []
  return db
    .selectFrom('indicatorValueHistory')
    .select(['valueId', 'version', 'state', 'value', 'numerator', 'denominator', 'source', 'enteredByLabel', 'enteredAt', 'replacedAt'])
    .where('valueId', 'in', params.valueIds)
    .orderBy('valueId')
    .orderBy('version', 'desc')
    .execute()
}

/** The catalogue's indicators that have any stored value at one of the levels. */
export async function listIndicatorKeysWithValues(db: Kysely<DB>, params: { levels: readonly AreaLevel[] }) {
  // One index probe per catalogue entry (indicator_value_series) instead of a distinct over every value.
  const rows = await db
    .selectFrom('indicator')
    .select('indicator.key')
    .where((eb) =>
      eb.exists(eb.selectFrom('indicatorValue as v').select(sql.lit(1).as('one')).whereRef('v.indicatorKey', '=', 'indicator.key').where('v.areaLevel', 'in', params.levels)),
    )
    .execute()
  return rows.map((r) => r.key)
}
