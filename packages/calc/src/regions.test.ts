import { describe, expect, it } from 'vitest'
import { allocate } from './allocate.ts'
import { MUNICIPALITIES } from './fixtures/municipalities.ts'
import { sumByRegion, type Region } from './regions.ts'

/** The example indeling of the fixture as regions (44 centrumgemeenten). */
function fixtureRegions(): Region[] {
  const members = new Map<string, string[]>()
  for (const m of MUNICIPALITIES) {
    members.set(m.centralMunicipalityCode, [
      ...(members.get(m.centralMunicipalityCode) ?? []),
      m.code,
    ])
  }
  return [...members].map(([code, memberCodes]) => ({ code, memberCodes }))
}

describe('sumByRegion', () => {
  it("sums members' amounts per region, and the regions sum to the national total", () => {
    const regions = fixtureRegions()
    expect(regions).toHaveLength(44)
    const shares = allocate(
      400_000_000_000,
      MUNICIPALITIES.map((m) => ({ key: m.code, weight: m.inhabitants })),
    )
    const amounts = shares.map((share) => ({ code: share.key, amountCents: share.amountCents }))
    const totals = sumByRegion({ regions, amounts })
    expect(totals.reduce((sum, region) => sum + region.amountCents, 0)).toBe(400_000_000_000)
    const zwolle = regions.find((region) => region.code === 'GM0193')!
    const byCode = new Map(amounts.map((a) => [a.code, a.amountCents]))
    const expected = zwolle.memberCodes.reduce((sum, code) => sum + byCode.get(code)!, 0)
    expect(totals.find((region) => region.code === 'GM0193')!.amountCents).toBe(expected)
  })

  const amounts = [
    { code: 'GM0193', amountCents: 10 },
    { code: 'GM0148', amountCents: 5 },
  ]

  it('rejects an empty region, naming it', () => {
    expect(() => sumByRegion({ regions: [{ code: 'GM0193', memberCodes: [] }], amounts })).toThrow(
      expect.objectContaining({ code: 'EMPTY_REGION', message: expect.stringContaining('GM0193') }),
    )
  })

  it('rejects a municipality in two regions, naming both', () => {
    const regions = [
      { code: 'GM0193', memberCodes: ['GM0193', 'GM0148'] },
      { code: 'GM0148', memberCodes: ['GM0148'] },
    ]
    expect(() => sumByRegion({ regions, amounts })).toThrow(
      expect.objectContaining({
        code: 'OVERLAPPING_MEMBERSHIP',
        path: ['regions', 1, 'memberCodes', 0],
        message:
          'GM0148 is a member of both region GM0193 and region GM0148 (regions[1].memberCodes[0])',
      }),
    )
  })

  it('rejects a member that is not among the municipalities', () => {
    expect(() =>
      sumByRegion({ regions: [{ code: 'GM0193', memberCodes: ['GM0193', 'GM9999'] }], amounts }),
    ).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_MUNICIPALITY',
        path: ['regions', 0, 'memberCodes', 1],
      }),
    )
  })
})
