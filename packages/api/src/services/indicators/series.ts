import {
  listAllMemberships,
  listIndicatorCells,
  listIndicatorPeriods,
  listInhabitants,
  listRegionCodes,
  sumMunicipalValuesByRegion,
  type DB,
  type Kysely,
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

/** The multiplier of an indicator's ratios. */
export function ratioScale(indicator: Pick<IndicatorDefinition, 'unit'>): RatioScale {
  return indicator.unit === 'percentage' ? 100 : indicator.unit === 'per_thousand' ? 1000 : 1
}

/** One period rolled up: the regions and the nation under the indeling of the period's last day. */
export interface PeriodRollUp {
  period: string
  periodEnd: string
  indelingNote: string | null
  regions: RegionFigure[]
  nation: NationFigure
  /** Members per region under that indeling (for per-1,000 figures). */
  members: Map<string, string[]>
}

type ValueRow = Awaited<ReturnType<typeof listIndicatorCells>>[number]
const toCell = (r: ValueRow): AreaCell => ({ areaCode: r.areaCode, state: r.state, value: r.value, numerator: r.numerator, denominator: r.denominator })

/**
 * Roll an indicator up for every period it has values (or one period): municipal cells summed per
 * region in SQL, regions' own cells, and a published national total where there is one.
 */
export async function rollUpPeriods(db: Kysely<DB>, indicator: IndicatorDefinition, params: { period?: string } = {}): Promise<PeriodRollUp[]> {
  const key = indicator.key
  const [periods, sums, regionRows, nationRows, memberships, regions] = await Promise.all([
    params.period ? Promise.resolve(null) : listIndicatorPeriods(db, { indicatorKey: key }),
    indicator.levels.includes('municipality') ? sumMunicipalValuesByRegion(db, { indicatorKey: key, period: params.period }) : Promise.resolve([]),
    listIndicatorCells(db, { indicatorKey: key, level: 'region', period: params.period }),
    listIndicatorCells(db, { indicatorKey: key, level: 'nation', period: params.period }),
    listAllMemberships(db),
    listRegionCodes(db),
  ])
  const periodList = periods ?? [...new Map([...sums, ...regionRows, ...nationRows].map((r) => [r.period, r.periodEnd]))].map(([period, periodEnd]) => ({ period, periodEnd }))
  return periodList.map(({ period, periodEnd }) =>
    rollUpPeriod(indicator, { period, periodEnd, memberships, regionCodes: regions.map((r) => r.code), sums, regionRows, nationRows }),
  )
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
  const regionCells = data.regionRows.filter((r) => r.period === data.period).map(toCell)
  const withData = new Set([...members.keys(), ...regionCells.map((c) => c.areaCode)])
  const regionCodes = data.regionCodes.filter((c) => withData.has(c)).sort()
  const nation = data.nationRows.find((r) => r.period === data.period)
  const { regions, nation: nationFigure } = rollUpFromSums({
    rule: indicator.aggregation,
    scale: ratioScale(indicator),
    indeling,
    regionCodes,
    regionCells,
    sums: data.sums.filter((s) => s.period === data.period),
    nationTotal: nation ? { ...toCell(nation), source: nation.source } : null,
  })
  return { period: data.period, periodEnd: data.periodEnd, indelingNote: indeling.note, regions, nation: nationFigure, members }
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
  const { inhabitants, referenceDate } = await listInhabitants(db, { onDate: rollUp.periodEnd })
  const per = (value: number | null, people: number | null) => (value === null || !people ? null : (value / people) * 1000)
  const regionPerThousand = new Map<string, number | null>()
  const counted: string[] = []
  for (const r of rollUp.regions) {
    const codes = rollUp.members.get(r.regionCode) ?? []
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
