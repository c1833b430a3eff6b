import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cents, municipalityCodes } from './fixtures/arbitraries.ts'
import { compensateLocalSupport } from './compensate-local-support.ts'

// Seed 004, Midden-Holland: Gouda pays only the beds from the BW budget; locally paid support is
// compensated afterwards.
const members = (claims: readonly number[]) => [
  { code: 'GM0513', amountCents: 1_000_000_000, localSupportCents: claims[0]! },
  { code: 'GM0627', amountCents: 0, localSupportCents: claims[1]! },
  { code: 'GM1892', amountCents: 0, localSupportCents: claims[2]! },
]
const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0)

describe('compensateLocalSupport', () => {
  it('compensates every claim in full when the budget allows, the rest staying with Gouda', () => {
    // €10M budget − €6M beds = €4M; claims €3M in all are paid, €1M remains with the
    // centrumgemeente.
    const result = compensateLocalSupport({
      members: members([100_000_000, 150_000_000, 50_000_000]),
      centralMunicipalityCode: 'GM0513',
      bedCostsCents: 600_000_000,
    })
    expect(result).toMatchObject({
      claimedCents: 300_000_000,
      compensatedCents: 300_000_000,
      remainderCents: 100_000_000,
    })
    expect(result.lines.map((l) => [l.receivesCents, l.uncompensatedCents])).toEqual([
      [200_000_000, 0],
      [150_000_000, 0],
      [50_000_000, 0],
    ])
  })

  it('compensates pro rata the claims when they exceed what the beds leave', () => {
    // €4M over claims 3:2:1 = €2M, €1,333,333.33⅓, €666,666.66⅔: the odd cent goes to the largest
    // remainder.
    const result = compensateLocalSupport({
      members: members([300_000_000, 200_000_000, 100_000_000]),
      centralMunicipalityCode: 'GM0513',
      bedCostsCents: 600_000_000,
    })
    expect(result.remainderCents).toBe(0)
    expect(result.lines.map((l) => [l.receivesCents, l.uncompensatedCents])).toEqual([
      [200_000_000, 100_000_000],
      [133_333_333, 66_666_667],
      [66_666_667, 33_333_333],
    ])
  })

  it('keeps every cent: budget = beds + compensated + remainder, Σ result = budget − beds (fast-check)', () => {
    const rows = municipalityCodes(15).chain((codes) =>
      fc
        .array(fc.record({ amountCents: cents, localSupportCents: cents }), {
          minLength: codes.length,
          maxLength: codes.length,
        })
        .map((values) => values.map((value, i) => ({ code: codes[i]!, ...value }))),
    )
    fc.assert(
      fc.property(rows, fc.double({ min: 0, max: 1, noNaN: true }), (memberRows, bedShare) => {
        const budget = sum(memberRows.map((row) => row.amountCents))
        const bedCostsCents = Math.floor(budget * bedShare)
        const result = compensateLocalSupport({
          members: memberRows,
          centralMunicipalityCode: memberRows[0]!.code,
          bedCostsCents,
        })
        expect(bedCostsCents + result.compensatedCents + result.remainderCents).toBe(budget)
        expect(sum(result.lines.map((l) => l.resultCents))).toBe(budget - bedCostsCents)
        for (const line of result.lines) expect(line.uncompensatedCents).toBeGreaterThanOrEqual(0)
      }),
    )
  })

  it('rejects bed costs above the budget and a missing claim', () => {
    expect(() =>
      compensateLocalSupport({
        members: members([0, 0, 0]),
        centralMunicipalityCode: 'GM0513',
        bedCostsCents: 1_000_000_001,
      }),
    ).toThrow(expect.objectContaining({ code: 'EXCEEDS_TOTAL', path: ['bedCostsCents'] }))
    expect(() =>
      compensateLocalSupport({
        members: [{ code: 'GM0513', amountCents: 1 }],
        centralMunicipalityCode: 'GM0513',
        bedCostsCents: 0,
      }),
    ).toThrow(
      expect.objectContaining({ code: 'MISSING_VALUE', path: ['members', 0, 'localSupportCents'] }),
    )
  })
})
