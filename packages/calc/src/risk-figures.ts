// Risk figures (DOMAIN.md §6.6 "Winners and losers", §8): the historical distribution pays only
// centrumgemeenten, so a single municipality's historical and objective amounts say nothing.
// Compare regions (historical amount against the sum of the members' objective amounts, and the
// yearly change along the path), and municipalities only after a sharing model (what each ends up
// with, year by year). Percentages are basis points, rounded half away from zero.
import { CalcError } from './errors.ts'
import { divideRounded } from './exact.ts'
import { divideRoundedNumber } from './exact-number.ts'
import { toSafeNumber } from './guards.ts'
import { indexMemberships, type MunicipalityAmount, type Region } from './regions.ts'
import type { SharingLine } from './sharing-common.ts'
import { itemAt } from './checked.ts'

/**
 * The change from one year to the next (cents, and basis points of the earlier year; null when that
 * was 0).
 */
export interface YearlyChange {
  readonly year: number
  readonly changeCents: number
  readonly changeBasisPoints: number | null
}

/**
 * A series of yearly amounts with its changes and its largest decline (null when it never
 * declines).
 */
export interface RiskSeries {
  readonly code: string
  readonly years: readonly { readonly year: number; readonly amountCents: number }[]
  readonly changes: readonly YearlyChange[]
  readonly largestDecline: YearlyChange | null
}

/**
 * A region's figures: historical vs Σ members' objective (cents, basis points) and its path series.
 */
export interface RegionRisk extends RiskSeries {
  readonly historicalCents: number
  readonly objectiveCents: number
  readonly changeCents: number
  readonly changeBasisPoints: number | null
}

/** change / base in basis points, halves away from zero; null for a zero base. Internal. */
export function basisPointsOf(changeCents: number, baseCents: number): number | null {
  if (baseCents === 0) return null
  const scaled = changeCents * 10_000
  const fast = Number.isSafeInteger(scaled)
    ? divideRoundedNumber(scaled, Math.abs(baseCents))
    : null
  if (fast !== null) return baseCents < 0 ? 0 - fast : fast
  return Number(divideRounded(BigInt(changeCents) * 10_000n, BigInt(baseCents)))
}

function toSeries(
  code: string,
  years: readonly { year: number; amountCents: number }[],
): RiskSeries {
  const changes = years.slice(1).map((point, index) => {
    const previous = itemAt(years, index).amountCents
    const changeCents = point.amountCents - previous
    return {
      year: point.year,
      changeCents,
      changeBasisPoints: basisPointsOf(changeCents, previous),
    }
  })
  let largestDecline: YearlyChange | null = null
  for (const change of changes) {
    if (
      change.changeCents < 0 &&
      (largestDecline === null || change.changeCents < largestDecline.changeCents)
    ) {
      largestDecline = change
    }
  }
  return { code, years, changes, largestDecline }
}

// A year's cents in the first year's order: the path's years share one order, so a map is built
// only for a year that does not.
function amountsInOrderOf(
  order: readonly MunicipalityAmount[] | undefined,
  amounts: readonly MunicipalityAmount[],
): number[] {
  const sameOrder =
    order !== undefined &&
    order.length === amounts.length &&
    amounts.every((amount, position) => amount.code === order[position]?.code)
  if (sameOrder) return amounts.map((amount) => amount.amountCents)
  const byCode = new Map(amounts.map((amount) => [amount.code, amount.amountCents]))
  return (order ?? []).map((amount) => byCode.get(amount.code) ?? 0)
}

/**
 * Per region: the historical amount (the path's first year, year zero) against the sum of its
 * members' objective amounts (the last year, step N), in cents and basis points, and the yearly
 * change with the largest decline. `path` is a computePhaseInPath result or any yearly series of
 * municipality amounts (e.g. runBudgetPipeline's `blended` per year). Throws CalcError for an empty
 * region, a member without an amount in the first year (UNKNOWN_MUNICIPALITY) or a municipality in
 * two regions.
 */
export function computeRegionRiskFigures(input: {
  readonly regions: readonly Region[]
  readonly path: {
    readonly years: readonly {
      readonly year: number
      readonly amounts: readonly MunicipalityAmount[]
    }[]
  }
}): RegionRisk[] {
  const first = input.path.years[0]
  indexMemberships(input.regions, new Set(first?.amounts.map((amount) => amount.code)))
  const yearAmounts = input.path.years.map((year) => amountsInOrderOf(first?.amounts, year.amounts))
  const positionOf = new Map(first?.amounts.map((amount, position) => [amount.code, position]))
  return input.regions.map((region, index) => {
    const positions = region.memberCodes.map((code) => positionOf.get(code) ?? -1)
    const years = input.path.years.map((year, k) => {
      const amounts = yearAmounts[k] ?? []
      // Non-negative cents: a sum that ends safe was exact at every step; otherwise bigint says by how much it is not.
      let total = 0
      for (const position of positions) total += amounts[position] ?? 0
      if (!Number.isSafeInteger(total)) {
        let exact = 0n
        for (const position of positions) exact += BigInt(amounts[position] ?? 0)
        total = toSafeNumber(exact, ['regions', index, 'amountCents'])
      }
      return { year: year.year, amountCents: total }
    })
    const historicalCents = years[0]?.amountCents ?? 0
    const objectiveCents = years[years.length - 1]?.amountCents ?? 0
    const changeCents = objectiveCents - historicalCents
    // Fields listed, not spread: an object spread here cost more than all the sums (issue 18).
    const series = toSeries(region.code, years)
    return {
      code: series.code,
      years: series.years,
      changes: series.changes,
      largestDecline: series.largestDecline,
      historicalCents,
      objectiveCents,
      changeCents,
      changeBasisPoints: basisPointsOf(changeCents, historicalCents),
    }
  })
}

/**
 * Per municipality, after a sharing model: what it ends up with (resultCents) year by year, the
 * yearly changes and the largest decline. Years are sorted; every year must list the same
 * municipalities. Throws CalcError: DUPLICATE_KEY for a repeated year or code, MISSING_VALUE /
 * UNKNOWN_MUNICIPALITY when the years' members differ.
 */
export function computeMunicipalityRiskFigures(input: {
  readonly years: readonly { readonly year: number; readonly lines: readonly SharingLine[] }[]
}): RiskSeries[] {
  const sorted = [...input.years].sort((a, b) => a.year - b.year)
  sorted.forEach((entry, k) => {
    if (k > 0 && entry.year === itemAt(sorted, k - 1).year) {
      throw new CalcError('DUPLICATE_KEY', `years lists ${entry.year} twice`, {
        path: ['years'],
        details: { key: entry.year },
      })
    }
  })
  const codes = sorted[0]?.lines.map((line) => line.code) ?? []
  const known = new Set(codes)
  const maps = sorted.map((entry) => {
    const byCode = new Map<string, number>()
    entry.lines.forEach((line, index) => {
      const path = ['years', input.years.indexOf(entry), 'lines', index, 'code']
      if (byCode.has(line.code)) {
        throw new CalcError('DUPLICATE_KEY', `year ${entry.year} lists ${line.code} twice`, {
          path,
          details: { key: line.code },
        })
      }
      if (!known.has(line.code)) {
        throw new CalcError(
          'UNKNOWN_MUNICIPALITY',
          `year ${entry.year} lists ${line.code}, which year ${itemAt(sorted, 0).year} does not`,
          {
            path,
            details: { municipalityCode: line.code, year: entry.year },
          },
        )
      }
      byCode.set(line.code, line.resultCents)
    })
    return byCode
  })
  return codes.map((code) =>
    toSeries(
      code,
      sorted.map((entry, k) => {
        const amountCents = itemAt(maps, k).get(code)
        if (amountCents === undefined) {
          throw new CalcError('MISSING_VALUE', `year ${entry.year} has no line for ${code}`, {
            path: ['years', input.years.indexOf(entry), 'lines'],
            details: { municipalityCode: code, year: entry.year },
          })
        }
        return { year: entry.year, amountCents }
      }),
    ),
  )
}
