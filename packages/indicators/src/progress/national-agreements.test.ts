import { describe, expect, it } from 'vitest'
import {
  homeShareOf,
  latestYearWithPlaces,
  placesInYear,
  summariseHomeShare,
  summariseHousingPlaces,
  type RegionHomeShareRecord,
} from './national-agreements.ts'

describe('housing places realised in a year (block 7)', () => {
  it('takes the year figure, else four quarters, else two half years, never a partial year', () => {
    expect(placesInYear([{ period: '2025', value: 12 }, { period: '2025-Q1', value: 99 }], 2025)).toBe(12)
    const quarters = [1, 2, 3, 4].map((q) => ({ period: `2025-Q${q}`, value: q }))
    expect(placesInYear(quarters, 2025)).toBe(10)
    expect(placesInYear([...quarters.slice(0, 3), { period: '2025-Q4', value: null }], 2025)).toBeNull() // suppressed Q4
    expect(placesInYear([{ period: '2025-H1', value: 4 }, { period: '2025-H2', value: 5 }, { period: '2025-Q1', value: 1 }], 2025)).toBe(9)
    expect(placesInYear([{ period: '2025-H1', value: 4 }], 2025)).toBeNull()
    expect(placesInYear([], 2025)).toBeNull()
  })

  it('finds the latest year in which any region has a whole year', () => {
    const a = [{ period: '2024', value: 3 }, { period: '2025-Q1', value: 1 }]
    const b = [{ period: '2023-H1', value: 1 }, { period: '2023-H2', value: 1 }]
    expect(latestYearWithPlaces([a, b])).toBe(2024)
    expect(latestYearWithPlaces([b, []])).toBe(2023)
    expect(latestYearWithPlaces([[], []])).toBeNull()
  })

  it('sums the reporting regions against the target and names the region without any record', () => {
    const result = summariseHousingPlaces(
      [
        { code: 'A', name: 'Regio A', placesAdded: 30 },
        { code: 'B', name: 'Regio B', placesAdded: 0 },
        { code: 'C', name: 'Regio C', placesAdded: null },
      ],
      120,
    )
    expect(result).toEqual({ regionCount: 3, total: 30, reported: ['Regio A', 'Regio B'], notReported: ['Regio C'], complete: false, target: 120, shareOfTargetBasisPoints: 2500 })
    expect(summariseHousingPlaces([{ code: 'A', name: 'A', placesAdded: 1 }], null).shareOfTargetBasisPoints).toBeNull()
    expect(summariseHousingPlaces([{ code: 'A', name: 'A', placesAdded: 2 }], 3).shareOfTargetBasisPoints).toBe(6667)
    expect(summariseHousingPlaces([], 10)).toMatchObject({ total: 0, complete: true, shareOfTargetBasisPoints: 0 })
  })
})

describe('share of beschermd thuis (block 7)', () => {
  const region = (code: string, homeClients: number | null, allClients: number | null): RegionHomeShareRecord => ({ code, name: `Regio ${code}`, homeClients, allClients })

  it('recomputes the national share from summed counts, never as a mean of the regions’ shares', () => {
    // A: 10 of 100 (10 %), B: 300 of 400 (75 %); the mean of shares would be 42.5 %, the true share is 310/500 = 62 %.
    const result = summariseHomeShare([region('A', 10, 100), region('B', 300, 400)], 5000)
    expect(result.national).toEqual({ homeClients: 310, allClients: 500, shareBasisPoints: 6200 })
    expect(result.atOrAboveTarget).toBe(1)
  })

  it('puts each region in one band, a region without any record or with no clients among "without figure"', () => {
    const result = summariseHomeShare([region('A', 1, 4), region('B', 1, 2), region('C', null, null), region('D', 0, 0), region('E', 3, 4)], null)
    expect(result.bands.map((b) => [b.key, b.count])).toEqual([['below_25', 0], ['25_50', 1], ['50_75', 1], ['75_plus', 1]])
    expect(result.withoutFigure).toEqual(['Regio C', 'Regio D'])
    expect(result.atOrAboveTarget).toBeNull()
    expect(result.national).toEqual({ homeClients: 5, allClients: 10, shareBasisPoints: 5000 })
  })

  it('has no national share without figures and rounds a region half up', () => {
    expect(summariseHomeShare([region('C', null, 10)], 5000).national.shareBasisPoints).toBeNull()
    expect(homeShareOf({ homeClients: 1, allClients: 3 })).toBe(3333)
    expect(homeShareOf({ homeClients: 2, allClients: 3 })).toBe(6667)
    expect(homeShareOf({ homeClients: 5, allClients: 4 })).toBe(12500)
    expect(summariseHomeShare([region('X', 5, 4)], null).withoutFigure).toEqual(['Regio X']) // more home clients than clients: not banded
  })
})
