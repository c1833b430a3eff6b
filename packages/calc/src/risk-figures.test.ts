import { describe, expect, it } from 'vitest'
import {
  ZWOLLE_HISTORICAL_AMOUNTS,
  ZWOLLE_OBJECTIVE_AMOUNTS,
  ZWOLLE_REGIONS,
} from './fixtures/zwolle.ts'
import { computePhaseInPath } from './phase-in-path.ts'
import { computeMunicipalityRiskFigures, computeRegionRiskFigures } from './risk-figures.ts'
import { shareByAppropriateShare } from './share-by-appropriate-share.ts'

const zwollePath = computePhaseInPath({
  historical: ZWOLLE_HISTORICAL_AMOUNTS,
  objective: ZWOLLE_OBJECTIVE_AMOUNTS,
  startYear: 2026,
})

describe('computeRegionRiskFigures', () => {
  it('gives region Zwolle −18.8% from €140,096,291 to €113,750,051 (DOMAIN.md §8)', () => {
    const [zwolle] = computeRegionRiskFigures({ regions: ZWOLLE_REGIONS, path: zwollePath })
    expect(zwolle).toMatchObject({
      code: 'GM0193',
      historicalCents: 14_009_629_100,
      objectiveCents: 11_375_005_100,
      changeCents: -2_634_624_000,
      changeBasisPoints: -1881,
    })
    expect(Math.round(zwolle!.changeBasisPoints! / 10) / 10).toBe(-18.8)
  })

  it('gives the yearly change along a linear path and its largest decline', () => {
    const [zwolle, rest] = computeRegionRiskFigures({ regions: ZWOLLE_REGIONS, path: zwollePath })
    // Linear: each step moves a tenth of €26,346,240: −€2,634,624 a year, the first the largest in
    // basis points.
    expect(zwolle!.changes).toHaveLength(10)
    expect(zwolle!.changes.every((change) => change.changeCents === -263_462_400)).toBe(true)
    expect(zwolle!.changes[0]).toEqual({
      year: 2026,
      changeCents: -263_462_400,
      changeBasisPoints: -188,
    })
    expect(zwolle!.largestDecline).toEqual(zwolle!.changes[0])
    expect(rest!.largestDecline).toBeNull()
  })

  it('finds the largest decline of an uneven schedule', () => {
    const path = computePhaseInPath({
      historical: ZWOLLE_HISTORICAL_AMOUNTS,
      objective: ZWOLLE_OBJECTIVE_AMOUNTS,
      startYear: 2026,
      schedule: { kind: 'custom', fractions: [0, 0.1, 0.6, 1] },
    })
    const [zwolle] = computeRegionRiskFigures({ regions: ZWOLLE_REGIONS, path })
    expect(zwolle!.largestDecline).toEqual({
      year: 2027,
      changeCents: -1_317_312_000,
      changeBasisPoints: -958,
    })
  })
})

describe('computeMunicipalityRiskFigures', () => {
  // After a sharing model (DOMAIN.md §6.6): the members share the region's budget minus fixed costs
  // of €110 million 60:40 by passend aandeel (year zero: 60% of €30,096,291 is €18,057,774.60), so
  // each result follows the path.
  const members = [
    { code: 'GM0193', wmoIntegrationPaymentCents: 600 },
    { code: 'GM0148', wmoIntegrationPaymentCents: 400 },
  ]
  const years = zwollePath.years.map((year) => ({
    year: year.year,
    lines: shareByAppropriateShare({
      members: members.map((member) => ({
        ...member,
        amountCents: year.amounts.find((a) => a.code === member.code)?.amountCents ?? 0,
      })),
      base: 'wmoIntegrationPayment',
      costsCents: 11_000_000_000,
    }).lines,
  }))

  it("follows each member's result under the model, with its largest decline", () => {
    const [zwolle, dalfsen] = computeMunicipalityRiskFigures({ years: [...years].reverse() })
    expect(zwolle!.years[0]).toEqual({ year: 2025, amountCents: 1_805_777_460 })
    expect(dalfsen!.years.at(-1)).toEqual({ year: 2035, amountCents: 150_002_040 })
    // The region loses €2,634,624 a year; Zwolle bears 60%, Dalfsen 40%.
    expect(zwolle!.changes.every((change) => change.changeCents === -158_077_440)).toBe(true)
    expect(dalfsen!.largestDecline?.changeCents).toBe(-105_384_960)
  })

  it('rejects a repeated year and members that differ between years', () => {
    expect(() => computeMunicipalityRiskFigures({ years: [years[0]!, years[0]!] })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_KEY' }),
    )
    const missing = { year: 2040, lines: years[0]!.lines.slice(0, 1) }
    expect(() => computeMunicipalityRiskFigures({ years: [years[0]!, missing] })).toThrow(
      expect.objectContaining({
        code: 'MISSING_VALUE',
        message: 'year 2040 has no line for GM0148',
      }),
    )
    const extra = {
      year: 2040,
      lines: [...years[0]!.lines, { ...years[0]!.lines[0]!, code: 'GM0363' }],
    }
    expect(() => computeMunicipalityRiskFigures({ years: [years[0]!, extra] })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_MUNICIPALITY' }),
    )
  })
})
