import type { AggregationRule, ValueState } from '@bt/domain'
import { itemAt } from '@bt/domain'

/** One area's value for one indicator and period, state kept: a suppressed or missing cell has no number. */
export interface AreaCell {
  areaCode: string
  state: ValueState
  value: number | null
  numerator: number | null
  denominator: number | null
}

/** How complete an aggregate is: every area has a number, some do, or none. */
export type Completeness = 'complete' | 'partial' | 'empty'

/** An aggregate over areas. For a partial aggregate, value covers only `covered` of `of` areas. */
export interface Aggregate {
  completeness: Completeness
  covered: number
  of: number
  /** Areas without a number, by why: suppressed (CBS `.`/`x`) or missing (no cell, or marked missing). */
  suppressedAreas: string[]
  missingAreas: string[]
  /** The counts of the two lists (kept apart: an aggregate from SQL sums knows the counts, not the codes). */
  suppressedCount: number
  missingCount: number
  /** Some covered area is provisional: the aggregate is provisional too. */
  provisional: boolean
  value: number | null
  numerator: number | null
  denominator: number | null
  /** For ordinals: how many areas stand at each level (value → count); never an average. */
  distribution: { level: number; count: number }[] | null
}

/** Multiplier of a ratio: 100 for a percentage, 1,000 for per 1,000, 1 otherwise. */
export type RatioScale = 1 | 100 | 1000

function hasNumber(cell: AreaCell | undefined): boolean {
  return cell !== undefined && (cell.state === 'final' || cell.state === 'provisional' || cell.state === 'nil')
}

/** Sum without drift for counts: integers stay exact; fractions are summed as given. */
function sum(values: readonly number[]): number {
  let total = 0
  for (const v of values) total += v
  return total
}

/**
 * Combine the cells of the expected areas under a rule: counts add; ratios divide the summed numerators
 * by the summed denominators of the same areas (never a mean of rates); ordinals become a distribution;
 * yes/no becomes the count of yes (value) over the answered areas (numerator/denominator, share in
 * value when scale is 100). Suppressed and missing cells never count as zero: the aggregate is partial.
 * Rule 'none' only passes a single area's value through.
 */
export function aggregateAreas(
  rule: AggregationRule,
  expectedAreas: readonly string[],
  cells: readonly AreaCell[],
  scale: RatioScale = 1,
): Aggregate {
  const byArea = new Map(cells.map((c) => [c.areaCode, c]))
  const counted: AreaCell[] = []
  const suppressedAreas: string[] = []
  const missingAreas: string[] = []
  for (const area of expectedAreas) {
    const cell = byArea.get(area)
    if (cell !== undefined && hasNumber(cell)) counted.push(cell)
    else if (cell !== undefined && cell.state === 'suppressed') suppressedAreas.push(area)
    else missingAreas.push(area)
  }
  const covered = counted.length
  const of = expectedAreas.length
  const completeness: Completeness = covered === 0 ? 'empty' : covered === of ? 'complete' : 'partial'
  const base = {
    completeness,
    covered,
    of,
    suppressedAreas,
    missingAreas,
    suppressedCount: suppressedAreas.length,
    missingCount: missingAreas.length,
    provisional: counted.some((c) => c.state === 'provisional'),
    value: null,
    numerator: null,
    denominator: null,
    distribution: null,
  }
  if (covered === 0) return base
  // Counted cells passed hasNumber: a value, or nil (which counts as 0).
  const numberOf = (c: AreaCell) => (c.state === 'nil' ? 0 : (c.value ?? 0))

  switch (rule) {
    case 'sum':
      return { ...base, value: sum(counted.map(numberOf)) }
    case 'ratio': {
      const withParts = counted.filter((c) => c.state === 'nil' || (c.numerator !== null && c.denominator !== null))
      const numerator = sum(withParts.map((c) => (c.state === 'nil' ? 0 : (c.numerator ?? 0))))
      const denominator = sum(withParts.map((c) => c.denominator ?? 0))
      const value = denominator > 0 ? (numerator / denominator) * scale : null
      return { ...base, numerator, denominator, value }
    }
    case 'distribution': {
      const counts = new Map<number, number>()
      for (const c of counted) counts.set(numberOf(c), (counts.get(numberOf(c)) ?? 0) + 1)
      const distribution = [...counts].map(([level, count]) => ({ level, count })).sort((a, b) => a.level - b.level)
      return { ...base, distribution }
    }
    case 'yes_share': {
      const yes = counted.filter((c) => numberOf(c) === 1).length
      return { ...base, numerator: yes, denominator: covered, value: (yes / covered) * 100 }
    }
    case 'none':
      return covered === 1 && of === 1 ? { ...base, value: numberOf(itemAt(counted, 0)) } : { ...base, completeness: 'empty', value: null }
  }
}

/**
 * A count per 1,000 inhabitants over exactly the areas the count covers (a partial count is divided by
 * the inhabitants of the same part). Null when the count is empty or an area lacks inhabitants.
 */
export function perThousandInhabitants(
  aggregate: Aggregate,
  expectedAreas: readonly string[],
  inhabitants: ReadonlyMap<string, number>,
): number | null {
  if (aggregate.value === null) return null
  const excluded = new Set([...aggregate.suppressedAreas, ...aggregate.missingAreas])
  let total = 0
  for (const area of expectedAreas) {
    if (excluded.has(area)) continue
    const n = inhabitants.get(area)
    if (n === undefined) return null
    total += n
  }
  return total > 0 ? (aggregate.value / total) * 1000 : null
}

/** The Dutch phrase for an aggregate's completeness: "alle 44 gebieden" or "31 van 44 gebieden". */
export function coverageLabel(aggregate: Pick<Aggregate, 'covered' | 'of'>): string {
  return aggregate.covered === aggregate.of ? `alle ${aggregate.of} gebieden` : `${aggregate.covered} van ${aggregate.of} gebieden`
}
