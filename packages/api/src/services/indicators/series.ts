import {
  listAllMemberships,
  listIndicatorCells,
  listInhabitants,
  listRegionCodes,
  listStoredAggregates,
  storeAggregates,
  sumMunicipalValuesByRegion,
  type AggregateRegions,
  type DB,
  type Kysely,
  type StoredAggregate,
} from '@bt/db'
import type { IndicatorDefinition } from '@bt/domain'
import {
  indelingOn,
  membersByRegion,
  rollUpFromSums,
  type Aggregate,
  type AreaCell,
  type Membership,
  type NationFigure,
  type RatioScale,
  type RegionFigure,
} from '@bt/indicators'
import { readOnce } from '../../request-reads.ts'

/** The multiplier of an indicator's ratios. */
export function ratioScale(indicator: Pick<IndicatorDefinition, 'unit'>): RatioScale {
  return indicator.unit === 'percentage' ? 100 : indicator.unit === 'per_thousand' ? 1000 : 1
}

/** One period rolled up: the regions and the nation under the indeling of the period's last day. */
export interface PeriodRollUp {
  period: string
  periodEnd: string
  indelingNote: string | null
  /** Every region with a figure, by code; only the asked ones when read with `regions` other than 'all'. */
  regions: RegionFigure[]
  nation: NationFigure
}

type ValueRow = Awaited<ReturnType<typeof listIndicatorCells>>[number]
const toCell = (r: ValueRow): AreaCell => ({ areaCode: r.areaCode, state: r.state, value: r.value, numerator: r.numerator, denominator: r.denominator })

/**
 * Roll an indicator up for every period it has values (or one period). Reads the maintained
 * aggregates (ADR 017); periods a write made stale since are computed again from the cells — municipal
 * cells summed per region in SQL, regions' own cells, a published national total where there is one —
 * and stored for the next reader. `regions` limits which region figures come back (a national series
 * needs none, a region's page its own).
 */
export async function rollUpPeriods(
  db: Kysely<DB>,
  indicator: IndicatorDefinition,
  params: { period?: string; regions?: AggregateRegions; stored?: readonly StoredAggregate[] } = {},
): Promise<PeriodRollUp[]> {
  const regions = params.regions ?? 'all'
  // `stored`: the rows already read for these regions with other indicators' (listStoredAggregatesOf).
  const stored = params.stored ?? (await listStoredAggregates(db, { indicatorKey: indicator.key, period: params.period, regions }))
  const stale = stored.filter((r) => !r.fresh)
  const recomputed = stale.length ? await recompute(db, indicator, stale) : new Map<string, PeriodRollUp | null>()
  const result: PeriodRollUp[] = []
  for (const row of stored) {
    const rollUp = row.fresh ? fromStored(row) : recomputed.get(row.period)
    if (rollUp) result.push(regions === 'all' ? rollUp : { ...rollUp, regions: rollUp.regions.filter((f) => regions !== 'none' && f.regionCode === regions.regionCode) })
  }
  return result
}

/** A fresh stored row as a roll-up; null for a period that has no values (left after deletes). */
function fromStored(row: StoredAggregate): PeriodRollUp | null {
  if (row.nation === null) return null
  // storeAggregates wrote these columns from a NationFigure and RegionFigures (recompute below).
  const nation = row.nation as NationFigure
  const regions = Object.values(row.regions ?? {}) as RegionFigure[]
  regions.sort((a, b) => a.regionCode.localeCompare(b.regionCode))
  return { period: row.period, periodEnd: row.periodEnd, indelingNote: row.indelingNote, regions, nation }
}

/** Compute stale periods from the cells and store them with the stamps read before (ADR 017). */
async function recompute(db: Kysely<DB>, indicator: IndicatorDefinition, stale: readonly StoredAggregate[]) {
  const key = indicator.key
  const periods = stale.map((r) => r.period)
  const [sums, regionRows, nationRows, memberships, regions] = await Promise.all([
    indicator.levels.includes('municipality') ? sumMunicipalValuesByRegion(db, { indicatorKey: key, periods }) : Promise.resolve([]),
    listIndicatorCells(db, { indicatorKey: key, level: 'region', periods }),
    listIndicatorCells(db, { indicatorKey: key, level: 'nation', periods }),
    readOnce(db, listAllMemberships, undefined),
    readOnce(db, listRegionCodes, undefined),
  ])
  const regionCodes = regions.map((r) => r.code)
  const byPeriod = new Map<string, PeriodRollUp | null>()
  for (const { period, periodEnd } of stale) {
    const data = { sums: sums.filter((s) => s.period === period), regionRows: regionRows.filter((r) => r.period === period), nationRows: nationRows.filter((r) => r.period === period) }
    const empty = data.sums.length === 0 && data.regionRows.length === 0 && data.nationRows.length === 0
    byPeriod.set(period, empty ? null : rollUpPeriod(indicator, { period, periodEnd, memberships, regionCodes, ...data }))
  }
  await storeAggregates(db, {
    indicatorKey: key,
    rows: stale.map(({ period, stamp }) => {
      const r = byPeriod.get(period) ?? null
      return { period, stamp, indelingNote: r?.indelingNote ?? null, nation: r?.nation ?? null, regions: Object.fromEntries((r?.regions ?? []).map((f) => [f.regionCode, f])) }
    }),
  })
  return byPeriod
}

function rollUpPeriod(
  indicator: IndicatorDefinition,
  data: {
    period: string
    periodEnd: string
    memberships: Membership[]
    regionCodes: string[]
    sums: Awaited<ReturnType<typeof sumMunicipalValuesByRegion>>
    regionRows: ValueRow[]
    nationRows: ValueRow[]
  },
): PeriodRollUp {
  const indeling = indelingOn(data.memberships, data.periodEnd)
  const members = membersByRegion(indeling)
  const regionCells = data.regionRows.map(toCell)
  const withData = new Set([...members.keys(), ...regionCells.map((c) => c.areaCode)])
  const regionCodes = data.regionCodes.filter((c) => withData.has(c)).sort()
  const nation = data.nationRows[0]
  const { regions, nation: nationFigure } = rollUpFromSums({
    rule: indicator.aggregation,
    scale: ratioScale(indicator),
    indeling,
    regionCodes,
    regionCells,
    sums: data.sums,
    nationTotal: nation ? { ...toCell(nation), source: nation.source } : null,
  })
  return { period: data.period, periodEnd: data.periodEnd, indelingNote: indeling.note, regions, nation: nationFigure }
}

/** Inhabitants of a set of municipalities, or null when one lacks a count. */
function inhabitantsOf(codes: readonly string[], inhabitants: ReadonlyMap<string, number>): number | null {
  let total = 0
  for (const code of codes) {
    const n = inhabitants.get(code)
    if (n === undefined) return null
    total += n
  }
  return total
}

/**
 * Per 1,000 inhabitants of exactly the areas a figure covers: a complete region's members; for the
 * nation, all municipalities when the total is published, else the members of the complete regions.
 */
export async function perThousandOf(db: Kysely<DB>, rollUp: PeriodRollUp) {
  const [{ inhabitants, referenceDate }, memberships] = await Promise.all([readOnce(db, listInhabitants, { onDate: rollUp.periodEnd }), readOnce(db, listAllMemberships, undefined)])
  const members = membersByRegion(indelingOn(memberships, rollUp.periodEnd))
  const per = (value: number | null, people: number | null) => (value === null || !people ? null : (value / people) * 1000)
  const regionPerThousand = new Map<string, number | null>()
  const counted: string[] = []
  for (const r of rollUp.regions) {
    const codes = members.get(r.regionCode) ?? []
    const complete = r.aggregate.completeness === 'complete'
    if (complete && r.from === 'municipalities') counted.push(...codes)
    regionPerThousand.set(r.regionCode, complete && r.from === 'municipalities' ? per(r.aggregate.value, inhabitantsOf(codes, inhabitants)) : null)
  }
  const all = [...inhabitants.keys()]
  const nation =
    rollUp.nation.shown === 'published'
      ? per(rollUp.nation.published?.value ?? null, inhabitantsOf(all, inhabitants))
      : per(rollUp.nation.computed.value, inhabitantsOf(counted, inhabitants))
  return { referenceDate, nation, regions: regionPerThousand }
}

/**
 * The headline figure of an aggregate: the published total where there is one; else ours, except a
 * partial sum, which would be a too-low total (a partial rate is a rate over the part, and says so).
 */
export function headline(rule: IndicatorDefinition['aggregation'], published: NationFigure['published'], aggregate: Aggregate): { value: number | null; source: string | null } {
  if (published) return { value: published.value, source: published.source }
  if (aggregate.completeness === 'partial' && rule === 'sum') return { value: null, source: null }
  return { value: aggregate.value, source: null }
}
