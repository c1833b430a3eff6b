// Derived progress of building block 7 (landelijke afspraken: wonen en zorg in de wijk), from the
// regions' indicator values; definitions in docs/progress-measures.md. Counts are summed, the share
// of beschermd thuis is recomputed from summed numerators and denominators (never averaged).

/** One period's value of a region (state kept: a suppressed or missing cell has no value). */
export interface PeriodValue {
  /** `YYYY`, `YYYY-Hn` or `YYYY-Qn`. */
  period: string
  value: number | null
}

/**
 * The places a region realised in `year`: its year figure; else the sum of its four quarters when all
 * four have a value; else of its two half years when both have one; else null (nothing is invented).
 */
export function placesInYear(values: readonly PeriodValue[], year: number): number | null {
  const valueOf = (period: string) => values.find((v) => v.period === period)?.value ?? null
  const whole = valueOf(String(year))
  if (whole !== null) return whole
  const sumOf = (periods: string[]) => {
    const parts = periods.map(valueOf)
    return parts.every((p): p is number => p !== null) ? parts.reduce((a, b) => a + b, 0) : null
  }
  return sumOf([1, 2, 3, 4].map((q) => `${year}-Q${q}`)) ?? sumOf([`${year}-H1`, `${year}-H2`])
}

/** The latest year in which at least one region has a whole year of places (placesInYear), or null. */
export function latestYearWithPlaces(regions: readonly (readonly PeriodValue[])[]): number | null {
  const years = [...new Set(regions.flatMap((values) => values.map((v) => Number(v.period.slice(0, 4)))))].sort((a, b) => b - a)
  return years.find((year) => regions.some((values) => placesInYear(values, year) !== null)) ?? null
}

/** One region's realised housing places in the chosen year (null: not reported for the whole year). */
export interface RegionHousingRecord {
  code: string
  name: string
  placesAdded: number | null
}

export interface HousingPlaces {
  regionCount: number
  /** Σ places over the regions that reported the whole year. */
  total: number
  reported: string[]
  notReported: string[]
  /** Whether every region reported; otherwise the total is a lower bound. */
  complete: boolean
  /** The national target for the year (the indicator catalogue's), or null when none is set. */
  target: number | null
  /** total / target in basis points, half up; null without a target. */
  shareOfTargetBasisPoints: number | null
}

const basisPoints = (part: number, whole: number) => Math.floor((part * 10_000 * 2 + whole) / (2 * whole))

/** Sums the places the regions realised against the national target; a region without a figure adds nothing and is named. */
export function summariseHousingPlaces(regions: readonly RegionHousingRecord[], target: number | null): HousingPlaces {
  const reported = regions.filter((r) => r.placesAdded !== null)
  const total = reported.reduce((sum, r) => sum + (r.placesAdded ?? 0), 0)
  return {
    regionCount: regions.length,
    total,
    reported: reported.map((r) => r.name),
    notReported: regions.filter((r) => r.placesAdded === null).map((r) => r.name),
    complete: reported.length === regions.length,
    target,
    shareOfTargetBasisPoints: target !== null && target > 0 ? basisPoints(total, target) : null,
  }
}

/** One region's clients in beschermd thuis (not intramural) and all its BW clients in one period. */
export interface RegionHomeShareRecord {
  code: string
  name: string
  homeClients: number | null
  allClients: number | null
}

/** Bands of a region's share of beschermd thuis, in basis points (`min` included, `max` excluded). */
export const HOME_SHARE_BANDS = [
  { key: 'below_25', label: 'minder dan 25%', minBasisPoints: 0, maxBasisPoints: 2500 },
  { key: '25_50', label: '25 tot 50%', minBasisPoints: 2500, maxBasisPoints: 5000 },
  { key: '50_75', label: '50 tot 75%', minBasisPoints: 5000, maxBasisPoints: 7500 },
  { key: '75_plus', label: '75% of meer', minBasisPoints: 7500, maxBasisPoints: 10_001 },
] as const

export interface HomeShare {
  regionCount: number
  /** Σ home clients and Σ all clients over the regions with both, and their ratio (basis points, half up). */
  national: { homeClients: number; allClients: number; shareBasisPoints: number | null }
  bands: { key: string; label: string; count: number; regions: string[] }[]
  withoutFigure: string[]
  /** Regions at or above the target share (basis points), or null without a target. */
  atOrAboveTarget: number | null
}

/** The region's share in basis points, or null without both counts or with no clients. */
export function homeShareOf(region: Pick<RegionHomeShareRecord, 'homeClients' | 'allClients'>): number | null {
  if (region.homeClients === null || region.allClients === null || region.allClients <= 0) return null
  return basisPoints(region.homeClients, region.allClients)
}

/** The national share of beschermd thuis from summed counts, and how the regions spread over the bands. */
export function summariseHomeShare(regions: readonly RegionHomeShareRecord[], targetBasisPoints: number | null): HomeShare {
  const bands = HOME_SHARE_BANDS.map((b) => ({ key: b.key, label: b.label, count: 0, regions: [] as string[] }))
  const withoutFigure: string[] = []
  let homeClients = 0
  let allClients = 0
  let atOrAbove = 0
  for (const region of regions) {
    const share = homeShareOf(region)
    const index = share === null ? -1 : HOME_SHARE_BANDS.findIndex((b) => share >= b.minBasisPoints && share < b.maxBasisPoints)
    const bucket = bands[index]
    if (share === null || !bucket) {
      withoutFigure.push(region.name)
      continue
    }
    bucket.count += 1
    bucket.regions.push(region.name)
    homeClients += region.homeClients ?? 0
    allClients += region.allClients ?? 0
    if (targetBasisPoints !== null && share >= targetBasisPoints) atOrAbove += 1
  }
  return {
    regionCount: regions.length,
    national: { homeClients, allClients, shareBasisPoints: allClients > 0 ? basisPoints(homeClients, allClients) : null },
    bands,
    withoutFigure,
    atOrAboveTarget: targetBasisPoints === null ? null : atOrAbove,
  }
}
