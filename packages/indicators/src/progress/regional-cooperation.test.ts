import { describe, expect, it } from 'vitest'
import { distributeNvoLevels, shareOfRegionsFullyAdopted, type RegionCooperationRecord } from './regional-cooperation.ts'

// Hand-built regions: A has levels and a fully adopted regiovisie, B is partly there, C has no record at all.
const A: RegionCooperationRecord = { code: 'GM0001', name: 'Regio A', municipalityCount: 3, levels: { regional_vision: 3, codesign: 4 }, visionVersion: 2, adoptedCount: 3 }
const B: RegionCooperationRecord = { code: 'GM0002', name: 'Regio B', municipalityCount: 5, levels: { regional_vision: 1, codesign: null }, visionVersion: 1, adoptedCount: 2 }
const C: RegionCooperationRecord = { code: 'GM0003', name: 'Regio C', municipalityCount: 4, levels: {}, visionVersion: null, adoptedCount: 0 }

describe('distribution of NvO levels over the regions', () => {
  it('counts each region once per agreement, a region without any record as "not set"', () => {
    const [vision, codesign, access] = distributeNvoLevels([A, B, C])
    expect(vision?.counts.map((c) => [c.level, c.count])).toEqual([[0, 0], [1, 1], [2, 0], [3, 1], [4, 0], [null, 1]])
    expect(vision?.counts.find((c) => c.level === null)?.regions).toEqual(['Regio C'])
    expect(vision?.atLeastAdopted).toBe(1)
    expect(codesign?.counts.map((c) => c.count)).toEqual([0, 0, 0, 0, 1, 2])
    expect(access?.counts.at(-1)).toEqual({ level: null, count: 3, regions: ['Regio A', 'Regio B', 'Regio C'] })
  })

  it('gives all eight agreements with every region counted, also with no regions', () => {
    const result = distributeNvoLevels([A, B, C])
    expect(result).toHaveLength(8)
    for (const d of result) expect(d.counts.reduce((s, c) => s + c.count, 0)).toBe(3)
    expect(distributeNvoLevels([]).every((d) => d.counts.every((c) => c.count === 0))).toBe(true)
  })
})

describe('share of regions whose every council adopted the regiovisie', () => {
  it('counts only regions where all member councils adopted the newest version', () => {
    const share = shareOfRegionsFullyAdopted([A, B, C])
    expect(share).toEqual({
      regionCount: 3,
      fullyAdopted: ['Regio A'],
      partlyAdopted: ['Regio B'],
      notAdopted: [],
      withoutVision: ['Regio C'],
      shareBasisPoints: 3333, // 1 of 3 = 33.33 %
    })
  })

  it('rounds half up and has no share without regions', () => {
    const two = shareOfRegionsFullyAdopted([A, { ...A, code: 'GM0004', name: 'Regio D', adoptedCount: 0 }, A, A, A, A, A, A])
    expect(two.shareBasisPoints).toBe(8750) // 7 of 8
    expect(shareOfRegionsFullyAdopted([]).shareBasisPoints).toBeNull()
    const third = shareOfRegionsFullyAdopted([A, C, C, C, C, C])
    expect(third.shareBasisPoints).toBe(1667) // 1 of 6 = 16.666… %
  })
})
