import type { AggregationRule, RegionSums, ValueState } from '@bt/domain'
import { aggregateAreas, type Aggregate, type AreaCell, type RatioScale } from './aggregate.ts'
import { membersByRegion, type IndelingOnDate } from './indeling.ts'

/** A region's figure: reported by the region itself, or aggregated from its municipalities. */
export interface RegionFigure {
  regionCode: string
  from: 'region' | 'municipalities'
  aggregate: Aggregate
}

/** A published national figure (a CBS total), shown with its source and never replaced by a sum. */
export interface PublishedTotal {
  state: ValueState
  value: number | null
  numerator: number | null
  denominator: number | null
  source: string
}

/** The nation: what the source publishes (if anything) beside what we aggregate from the regions. */
export interface NationFigure {
  published: PublishedTotal | null
  computed: Aggregate
  /** Which of the two is the headline figure: a published total always wins. */
  shown: 'published' | 'computed'
}

export interface RollUpInput {
  rule: AggregationRule
  scale: RatioScale
  indeling: IndelingOnDate
  /** Every region of the indeling, also those without members or values. */
  regionCodes: readonly string[]
  municipalityCells: readonly AreaCell[]
  regionCells: readonly AreaCell[]
  nationTotal: PublishedTotal | null
}

/** A region aggregate as one cell of the nation: complete regions count, partial or empty ones do not. */
function asRegionCell(rule: AggregationRule, figure: RegionFigure, reported: AreaCell | undefined): AreaCell {
  if (reported) return reported
  const a = figure.aggregate
  if (a.completeness !== 'complete' || rule === 'distribution' || rule === 'yes_share' || rule === 'none') {
    const state: ValueState = a.suppressedCount > 0 ? 'suppressed' : 'missing'
    return { areaCode: figure.regionCode, state, value: null, numerator: null, denominator: null }
  }
  return {
    areaCode: figure.regionCode,
    state: a.provisional ? 'provisional' : 'final',
    value: a.value,
    numerator: a.numerator,
    denominator: a.denominator,
  }
}

/**
 * Aggregate one indicator and period municipality → region → nation under the indeling of the
 * period's last day. A region's own reported value is taken as it is; otherwise its members' cells are
 * combined. The nation combines the regions (a partial region counts as not covered, never as a lower
 * number) and shows a published total instead of the computed one where the source publishes it.
 */
export function rollUp(input: RollUpInput): { regions: RegionFigure[]; nation: NationFigure } {
  const members = membersByRegion(input.indeling)
  const reported = new Map(input.regionCells.map((c) => [c.areaCode, c]))
  const regions: RegionFigure[] = input.regionCodes.map((regionCode) => {
    const own = reported.get(regionCode)
    if (own) return { regionCode, from: 'region', aggregate: aggregateAreas(input.rule === 'none' ? 'sum' : input.rule, [regionCode], [own], input.scale) }
    const codes = members.get(regionCode) ?? []
    return { regionCode, from: 'municipalities', aggregate: aggregateAreas(input.rule, codes, input.municipalityCells, input.scale) }
  })
  const nationCells = regions.map((r) => asRegionCell(input.rule, r, reported.get(r.regionCode)))
  const nationRule = input.rule === 'none' ? 'sum' : input.rule
  const computed = aggregateAreas(nationRule, input.regionCodes, nationCells, input.scale)
  const published = input.nationTotal
  return { regions, nation: { published, computed, shown: published ? 'published' : 'computed' } }
}


/**
 * A region's aggregate from its members' sums (for sum and ratio rules; other rules are region-level
 * only and come as region cells). Same answer as aggregateAreas over the cells, without the area codes.
 */
export function regionAggregateFromSums(rule: AggregationRule, scale: RatioScale, memberCount: number, sums: RegionSums | undefined): Aggregate {
  const covered = sums?.covered ?? 0
  const suppressedCount = sums?.suppressed ?? 0
  const base: Aggregate = {
    completeness: covered === 0 ? 'empty' : covered === memberCount ? 'complete' : 'partial',
    covered,
    of: memberCount,
    suppressedAreas: [],
    missingAreas: [],
    suppressedCount,
    missingCount: memberCount - covered - suppressedCount,
    provisional: sums?.provisional ?? false,
    value: null,
    numerator: null,
    denominator: null,
    distribution: null,
  }
  if (!sums || covered === 0) return base
  if (rule === 'sum') return { ...base, value: sums.valueSum ?? 0 }
  if (rule === 'ratio') {
    const numerator = sums.numeratorSum ?? 0
    const denominator = sums.denominatorSum ?? 0
    return { ...base, numerator, denominator, value: denominator > 0 ? (numerator / denominator) * scale : null }
  }
  return { ...base, completeness: 'empty' }
}

export interface RollUpFromSumsInput extends Omit<RollUpInput, 'municipalityCells'> {
  sums: readonly RegionSums[]
}

/** rollUp with the municipal level summed beforehand (one SQL GROUP BY): the same regions and nation. */
export function rollUpFromSums(input: RollUpFromSumsInput): { regions: RegionFigure[]; nation: NationFigure } {
  const members = membersByRegion(input.indeling)
  const sumsOf = new Map(input.sums.map((s) => [s.regionCode, s]))
  const reported = new Map(input.regionCells.map((c) => [c.areaCode, c]))
  const rule = input.rule === 'none' ? 'sum' : input.rule
  const regions: RegionFigure[] = input.regionCodes.map((regionCode) => {
    const own = reported.get(regionCode)
    if (own) return { regionCode, from: 'region', aggregate: aggregateAreas(rule, [regionCode], [own], input.scale) }
    const memberCount = members.get(regionCode)?.length ?? 0
    return { regionCode, from: 'municipalities', aggregate: regionAggregateFromSums(input.rule, input.scale, memberCount, sumsOf.get(regionCode)) }
  })
  const nationCells = regions.map((r) => asRegionCell(input.rule, r, reported.get(r.regionCode)))
  const computed = aggregateAreas(rule, input.regionCodes, nationCells, input.scale)
  return { regions, nation: { published: input.nationTotal, computed, shown: input.nationTotal ? 'published' : 'computed' } }
}
