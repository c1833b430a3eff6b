// Risk figures (DOMAIN.md §6.6 "Winners and losers", §8): the historical distribution pays only
// centrumgemeenten, so a single municipality's historical and objective amounts say nothing.
// Compare regions (historical amount against the sum of the members' objective amounts, and the
// yearly change along the path), and municipalities only after a sharing model (what each ends up
// with, year by year). Percentages are basis points, rounded half away from zero.
import { CalcError } from './errors.ts'
import { divideRounded } from './exact.ts'
import { toSafeNumber } from './guards.ts'
import { indexMemberships, type MunicipalityAmount, type Region } from './regions.ts'
import type { SharingLine } from './sharing-common.ts'

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

/** change / base in basis points, halves away from zero; null for a zero base. */
function basisPointsOf(changeCents: number, baseCents: number): number | null {
  if (baseCents === 0) return null
  return Number(divideRounded(BigInt(changeCents) * 10_000n, BigInt(baseCents)))
}

function toSeries(
  code: string,
  years: readonly { year: number; amountCents: number }[],
): RiskSeries {
  const changes = years.slice(1).map((point, index) => {
    const previous = years[index]!.amountCents
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
  const yearMaps = input.path.years.map(
    (year) => new Map(year.amounts.map((amount) => [amount.code, amount.amountCents])),
  )
  return input.regions.map((region, index) => {
    const years = input.path.years.map((year, k) => {
      let total = 0n
      for (const code of region.memberCodes) total += BigInt(yearMaps[k]!.get(code) ?? 0)
      return {
        year: year.year,
        amountCents: toSafeNumber(total, ['regions', index, 'amountCents']),
      }
    })
    const historicalCents = years[0]?.amountCents ?? 0
    const objectiveCents = years[years.length - 1]?.amountCents ?? 0
    const changeCents = objectiveCents - historicalCents
    return {
      ...toSeries(region.code, years),
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
    if (k > 0 && entry.year === sorted[k - 1]!.year) {
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
          `year ${entry.year} lists ${line.code}, which year ${sorted[0]!.year} does not`,
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
        const amountCents = maps[k]!.get(code)
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
