import { itemAt, NVO_AGREEMENT_KEYS, NVO_LEVELS, type NvoAgreementKey, type NvoLevel } from '@bt/domain'

// Derived progress of building block 2 (verplichte regionale samenwerking), from the regions'
// published records; definitions in docs/progress-measures.md. Levels are never averaged
// (NVO.md): a distribution says how many regions stand at each level.

/** One region's published NvO levels (null: not set) and its regiovisie adoptions. */
export interface RegionCooperationRecord {
  code: string
  name: string
  municipalityCount: number
  levels: Readonly<Partial<Record<NvoAgreementKey, number | null>>>
  /** The newest regiovisie version's number, or null when the region has none. */
  visionVersion: number | null
  /** How many of the region's member councils adopted that version. */
  adoptedCount: number
}

/** How many regions stand at one level (or have none set), and which. */
export interface LevelCount {
  level: NvoLevel | null
  count: number
  regions: string[]
}

/** The distribution of NvO levels over the regions for one NvO agreement. */
export interface LevelDistribution {
  nvoAgreement: NvoAgreementKey
  /** Levels 0-4 in order, then null (not set); every region is counted exactly once. */
  counts: LevelCount[]
  /** Regions at level 3 (vastgesteld) or 4 (geactualiseerd). */
  atLeastAdopted: number
}

/** Per NvO agreement, how many regions stand at each level; a region without a record counts as "not set". */
export function distributeNvoLevels(regions: readonly RegionCooperationRecord[]): LevelDistribution[] {
  return NVO_AGREEMENT_KEYS.map((key) => {
    const counts: LevelCount[] = [...NVO_LEVELS, null].map((level) => ({ level, count: 0, regions: [] }))
    for (const region of regions) {
      const raw = region.levels[key]
      const level = raw === undefined || raw === null ? null : raw
      const bucket = counts.find((c) => c.level === level) ?? itemAt(counts, counts.length - 1)
      bucket.count += 1
      bucket.regions.push(region.name)
    }
    const atLeastAdopted = counts.filter((c) => c.level !== null && c.level >= 3).reduce((sum, c) => sum + c.count, 0)
    return { nvoAgreement: key, counts, atLeastAdopted }
  })
}

/** The share of regions whose newest regiovisie every member council adopted. */
export interface AdoptionShare {
  regionCount: number
  fullyAdopted: string[]
  partlyAdopted: string[]
  /** Regions with a regiovisie that no council adopted yet. */
  notAdopted: string[]
  withoutVision: string[]
  /** fullyAdopted / regionCount in basis points (1/100 of a percent), rounded half up; null without regions. */
  shareBasisPoints: number | null
}

/** Counts the regions whose every council adopted the newest regiovisie; a region without one is not adopted. */
export function shareOfRegionsFullyAdopted(regions: readonly RegionCooperationRecord[]): AdoptionShare {
  const result: AdoptionShare = { regionCount: regions.length, fullyAdopted: [], partlyAdopted: [], notAdopted: [], withoutVision: [], shareBasisPoints: null }
  for (const region of regions) {
    if (region.visionVersion === null) result.withoutVision.push(region.name)
    else if (region.municipalityCount > 0 && region.adoptedCount >= region.municipalityCount) result.fullyAdopted.push(region.name)
    else if (region.adoptedCount > 0) result.partlyAdopted.push(region.name)
    else result.notAdopted.push(region.name)
  }
  if (regions.length > 0) result.shareBasisPoints = Math.floor((result.fullyAdopted.length * 10_000 * 2 + regions.length) / (2 * regions.length))
  return result
}
