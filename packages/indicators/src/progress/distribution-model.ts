// Derived progress of building block 1 (verdeelmodel en ingroeipad): how far the regions' objective
// budgets lie from their historical ones in the reference scenario; definitions in
// docs/progress-measures.md. The calculation core computes each region's change; this groups them.

/** One region's budgets in the reference scenario (cents) and the change between them (basis points). */
export interface RegionBudgetRecord {
  code: string
  name: string
  /** The historical budget in year zero (cents), or null when the scenario has none for the region. */
  historicalCents: number | null
  /** The objective budget at the end of the path (cents), or null. */
  objectiveCents: number | null
  /** (objective − historical) / historical in basis points, as the calculation core rounded it; null without a historical budget. */
  changeBasisPoints: number | null
}

/** A band of change in basis points: `min` included, `max` excluded (null: open end). */
export interface ChangeBand {
  key: string
  label: string
  minBasisPoints: number | null
  maxBasisPoints: number | null
}

/** The six bands an analyst reads the spread in: declines and rises of 0-10, 10-20 and over 20 percent. */
export const CHANGE_BANDS: readonly ChangeBand[] = [
  { key: 'decline_20_plus', label: 'daalt meer dan 20%', minBasisPoints: null, maxBasisPoints: -2000 },
  { key: 'decline_10_20', label: 'daalt 10 tot en met 20%', minBasisPoints: -2000, maxBasisPoints: -1000 },
  { key: 'decline_0_10', label: 'daalt minder dan 10%', minBasisPoints: -1000, maxBasisPoints: 0 },
  { key: 'rise_0_10', label: 'gelijk of stijgt minder dan 10%', minBasisPoints: 0, maxBasisPoints: 1000 },
  { key: 'rise_10_20', label: 'stijgt 10 tot 20%', minBasisPoints: 1000, maxBasisPoints: 2000 },
  { key: 'rise_20_plus', label: 'stijgt 20% of meer', minBasisPoints: 2000, maxBasisPoints: null },
]

export interface BandCount {
  band: ChangeBand
  count: number
  regions: string[]
}

/** The spread of the regions' objective against historical budgets. */
export interface BudgetSpread {
  regionCount: number
  bands: BandCount[]
  /** Regions the scenario gives no historical budget or no objective budget. */
  withoutFigure: string[]
  /** The middle change in basis points (even count: the mean of the two middle ones, half up); null without figures. */
  medianBasisPoints: number | null
  declining: number
  rising: number
}

function inBand(band: ChangeBand, value: number): boolean {
  return (band.minBasisPoints === null || value >= band.minBasisPoints) && (band.maxBasisPoints === null || value < band.maxBasisPoints)
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  if (sorted.length % 2 === 1) return upper
  return Math.floor(((sorted[middle - 1] ?? 0) + upper + 1) / 2)
}

/**
 * Groups the regions by how far their objective budget lies from their historical one (bands of
 * CHANGE_BANDS, every region counted once); a region without both budgets counts as "without figure".
 */
export function spreadObjectiveVsHistorical(regions: readonly RegionBudgetRecord[]): BudgetSpread {
  const bands: BandCount[] = CHANGE_BANDS.map((band) => ({ band, count: 0, regions: [] }))
  const withoutFigure: string[] = []
  const changes: number[] = []
  for (const region of regions) {
    const change = region.historicalCents && region.objectiveCents !== null ? region.changeBasisPoints : null
    const bucket = change === null ? undefined : bands.find((b) => inBand(b.band, change))
    if (change === null || !bucket) {
      withoutFigure.push(region.name)
      continue
    }
    bucket.count += 1
    bucket.regions.push(region.name)
    changes.push(change)
  }
  changes.sort((a, b) => a - b)
  return {
    regionCount: regions.length,
    bands,
    withoutFigure,
    medianBasisPoints: median(changes),
    declining: changes.filter((c) => c < 0).length,
    rising: changes.filter((c) => c > 0).length,
  }
}
