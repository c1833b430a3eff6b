import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computePublishedRegionPath } from './published-region-path.ts'

// DOMAIN.md §8: Regio Zwolle (BW + MO) €140,096,291 historical → €113,750,051 objective (−18.8%).
// The members' weights below are illustrative objective shares of the nine IJssel-Vecht members.
const ZWOLLE_MEMBERS = [
  { code: 'GM0193', amountCents: 4_100 }, // Zwolle, the centrumgemeente
  { code: 'GM0148', amountCents: 900 },
  { code: 'GM0166', amountCents: 1_600 },
  { code: 'GM0175', amountCents: 700 },
  { code: 'GM0177', amountCents: 500 },
  { code: 'GM0180', amountCents: 1_100 },
  { code: 'GM1708', amountCents: 400 },
  { code: 'GM1896', amountCents: 300 },
  { code: 'GM1773', amountCents: 400 },
]

const zwolle = computePublishedRegionPath({
  historicalCents: 14_009_629_100,
  objectiveCents: 11_375_005_100,
  centralMunicipalityCode: 'GM0193',
  memberWeights: ZWOLLE_MEMBERS,
  startYear: 2022,
})

describe('computePublishedRegionPath (issue 18 item 5)', () => {
  it('takes Regio Zwolle linearly from €140,096,291 (2021) to €113,750,051 (2031)', () => {
    expect(zwolle.years.map((y) => y.year)).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031,
    ])
    expect(zwolle.years[0]!.totalCents).toBe(14_009_629_100)
    expect(zwolle.years[10]!.totalCents).toBe(11_375_005_100)
  })

  it('gives step 5 (2026) €126,923,171', () => {
    const year2026 = zwolle.years.find((y) => y.year === 2026)!
    expect(year2026.step).toBe(5)
    expect(year2026.totalCents).toBe(12_692_317_100)
  })

  it('adds the members up to the region to the cent every year', () => {
    for (const year of zwolle.years)
      expect(year.amounts.reduce((sum, a) => sum + a.amountCents, 0)).toBe(year.totalCents)
  })

  it('pays everything to the centrumgemeente in year zero and by the weights at the end', () => {
    expect(zwolle.years[0]!.amounts.find((a) => a.code === 'GM0193')!.amountCents).toBe(
      14_009_629_100,
    )
    // 11,375,005,100 × 900 / 10,000 = 1,023,750,459 exactly.
    expect(zwolle.years[10]!.amounts.find((a) => a.code === 'GM0148')!.amountCents).toBe(
      1_023_750_459,
    )
  })

  it('refuses a centrumgemeente that is not a member', () => {
    expect(() =>
      computePublishedRegionPath({
        historicalCents: 100,
        objectiveCents: 100,
        centralMunicipalityCode: 'GM0363',
        memberWeights: ZWOLLE_MEMBERS,
        startYear: 2022,
      }),
    ).toThrow(/GM0363/)
  })

  it('keeps every year within its two ends and the members summing to the region (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 30 }),
        (historicalCents, objectiveCents, weights, steps) => {
          const path = computePublishedRegionPath({
            historicalCents,
            objectiveCents,
            centralMunicipalityCode: 'GM0001',
            memberWeights: weights.map((w, i) => ({
              code: `GM${String(i + 1).padStart(4, '0')}`,
              amountCents: w,
            })),
            startYear: 2022,
            schedule: { kind: 'linear', steps },
          })
          const low = Math.min(historicalCents, objectiveCents)
          const high = Math.max(historicalCents, objectiveCents)
          for (const year of path.years) {
            expect(year.totalCents).toBeGreaterThanOrEqual(low)
            expect(year.totalCents).toBeLessThanOrEqual(high)
            expect(year.amounts.reduce((s, a) => s + a.amountCents, 0)).toBe(year.totalCents)
          }
        },
      ),
    )
  })
  describe('with MO in the published totals (seed 000 §3.2: MO stays with the centrumgemeente)', () => {
    // Illustrative MO part of Zwolle's totals: €30,000,000 historical, €25,000,000 objective.
    const withMo = computePublishedRegionPath({
      historicalCents: 14_009_629_100,
      objectiveCents: 11_375_005_100,
      centralMunicipalityCode: 'GM0193',
      memberWeights: ZWOLLE_MEMBERS,
      startYear: 2022,
      mo: { historicalCents: 3_000_000_000, objectiveCents: 2_500_000_000 },
    })

    it('keeps the region total as published: step 5 (2026) is still €126,923,171', () => {
      expect(withMo.years.map((y) => y.totalCents)).toEqual(zwolle.years.map((y) => y.totalCents))
      expect(withMo.years[5]!.totalCents).toBe(12_692_317_100)
      for (const year of withMo.years)
        expect(year.amounts.reduce((sum, a) => sum + a.amountCents, 0)).toBe(year.totalCents)
    })

    it('blends MO on its own and leaves it with the centrumgemeente; the members share BW', () => {
      // MO in 2026: (5 × 30,000,000 + 5 × 25,000,000) / 10 = €27,500,000.
      expect(withMo.moCentsByYear[5]).toBe(2_750_000_000)
      expect(withMo.moCentsByYear[10]).toBe(2_500_000_000)
      // In 2031 the members share BW's objective (113,750,051 − 25,000,000) by their weights:
      // 8,875,005,100 × 900 / 10,000 = 798,750,459 exactly, and Zwolle gets MO on top of its share.
      const end = withMo.years[10]!.amounts
      expect(end.find((a) => a.code === 'GM0148')!.amountCents).toBe(798_750_459)
      expect(end.find((a) => a.code === 'GM0193')!.amountCents).toBe(
        Math.round((8_875_005_100 * 4_100) / 10_000) + 2_500_000_000,
      )
    })

    it('refuses an MO part above the total it is part of', () => {
      expect(() =>
        computePublishedRegionPath({
          historicalCents: 100,
          objectiveCents: 100,
          centralMunicipalityCode: 'GM0193',
          memberWeights: ZWOLLE_MEMBERS,
          startYear: 2022,
          mo: { historicalCents: 50, objectiveCents: 101 },
        }),
      ).toThrow(/mo\.objectiveCents is 101, more than/)
    })

    it('adds up to the region every year with any MO part (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1e12 }),
          fc.integer({ min: 0, max: 1e12 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.integer({ min: 1, max: 30 }),
          (historicalCents, objectiveCents, moH, moO, steps) => {
            const mo = {
              historicalCents: Math.floor(historicalCents * moH),
              objectiveCents: Math.floor(objectiveCents * moO),
            }
            const path = computePublishedRegionPath({
              historicalCents,
              objectiveCents,
              centralMunicipalityCode: 'GM0193',
              memberWeights: ZWOLLE_MEMBERS,
              startYear: 2022,
              schedule: { kind: 'linear', steps },
              mo,
            })
            path.years.forEach((year, k) => {
              expect(year.amounts.reduce((s, a) => s + a.amountCents, 0)).toBe(year.totalCents)
              const centre = year.amounts.find((a) => a.code === 'GM0193')!.amountCents
              expect(centre).toBeGreaterThanOrEqual(path.moCentsByYear[k]!)
            })
          },
        ),
      )
    })
  })
})
