import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cents, municipalityCodes } from './fixtures/arbitraries.ts'
import {
  IJSSEL_VECHT_RETENTION_BASIS_POINTS,
  IJSSEL_VECHT_RETENTION_CAP_BW_CENTS,
  IJSSEL_VECHT_RETENTION_CAP_MO_CENTS,
  retainCentralShare,
  splitByBasisPoints,
} from './retain-central-share.ts'

const MEMBERS = [
  { code: 'GM0193', amountCents: 6_000 },
  { code: 'GM0148', amountCents: 4_000 },
]
const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0)

describe('retainCentralShare', () => {
  it('holds the IJssel-Vecht figures: about 2.5%, caps €2,324,582 (BW) and €4,334,882 (MO) (seed 004, DOMAIN.md §6.6)', () => {
    expect(IJSSEL_VECHT_RETENTION_BASIS_POINTS).toBe(250)
    expect(IJSSEL_VECHT_RETENTION_CAP_BW_CENTS).toBe(2_324_582 * 100)
    expect(IJSSEL_VECHT_RETENTION_CAP_MO_CENTS).toBe(4_334_882 * 100)
  })

  it('caps the BW and the MO part each on its own (IJssel-Vecht covenant; issue 18 item 3)', () => {
    // Regio Zwolle's €140,096,291 (DOMAIN.md §8) split as €110,000,000 BW and €30,096,291 MO: 2.5%
    // of BW is €2,750,000, capped at €2,324,582; 2.5% of MO is €752,407.275 (a half cent stays in
    // the budget), under its cap of €4,334,882.
    const members = [
      { code: 'GM0193', amountCents: 10_000_000_000 },
      { code: 'GM0148', amountCents: 4_009_629_100 },
    ]
    const result = retainCentralShare({
      members,
      centralMunicipalityCode: 'GM0193',
      rule: {
        kind: 'basisPointsPerPart',
        basisPoints: IJSSEL_VECHT_RETENTION_BASIS_POINTS,
        parts: [
          { key: 'bw', budgetCents: 11_000_000_000, capCents: IJSSEL_VECHT_RETENTION_CAP_BW_CENTS },
          { key: 'mo', budgetCents: 3_009_629_100, capCents: IJSSEL_VECHT_RETENTION_CAP_MO_CENTS },
        ],
      },
    })
    expect(result.retainedCents).toBe(232_458_200 + 75_240_727)
    expect(() =>
      retainCentralShare({
        members,
        centralMunicipalityCode: 'GM0193',
        rule: {
          kind: 'basisPointsPerPart',
          basisPoints: 250,
          parts: [{ key: 'bw', budgetCents: 1 }],
        },
      }),
    ).toThrow(/parts sum to 1 cents/)
  })

  it('retains basis points of the budget, borne pro rata own amounts', () => {
    const result = retainCentralShare({
      members: MEMBERS,
      centralMunicipalityCode: 'GM0193',
      rule: { kind: 'basisPoints', basisPoints: 250 },
    })
    expect(result).toMatchObject({ budgetCents: 10_000, retainedCents: 250, remainingCents: 9_750 })
    expect(
      result.lines.map((l) => [l.paysCents, l.receivesCents, l.bearsCents, l.resultCents]),
    ).toEqual([
      [150, 250, -100, 6_100],
      [100, 0, 100, 3_900],
    ])
  })

  it('caps a percentage retention and takes a fixed one as given', () => {
    const capped = retainCentralShare({
      members: MEMBERS,
      centralMunicipalityCode: 'GM0193',
      rule: { kind: 'basisPoints', basisPoints: 250, capCents: 200 },
    })
    expect(capped.retainedCents).toBe(200)
    const fixed = retainCentralShare({
      members: MEMBERS,
      centralMunicipalityCode: 'GM0148',
      rule: { kind: 'fixed', amountCents: 1_000 },
    })
    expect(fixed.lines.map((l) => l.resultCents)).toEqual([5_400, 4_600])
  })

  it('leaves an exact half cent in the budget', () => {
    expect(splitByBasisPoints(2, 2_500)).toEqual([0, 2])
    expect(splitByBasisPoints(6, 2_500)).toEqual([1, 5])
  })

  it('moves money only within the region: Σ bears = 0 and Σ result = budget (fast-check)', () => {
    const members = municipalityCodes(15).chain((codes) =>
      fc
        .array(cents, { minLength: codes.length, maxLength: codes.length })
        .map((amounts) => codes.map((code, i) => ({ code, amountCents: amounts[i]! }))),
    )
    fc.assert(
      fc.property(members, fc.integer({ min: 0, max: 10_000 }), (rows, basisPoints) => {
        const result = retainCentralShare({
          members: rows,
          centralMunicipalityCode: rows.at(-1)!.code,
          rule: { kind: 'basisPoints', basisPoints },
        })
        expect(sum(result.lines.map((l) => l.bearsCents))).toBe(0)
        expect(sum(result.lines.map((l) => l.paysCents))).toBe(result.retainedCents)
        expect(sum(result.lines.map((l) => l.resultCents))).toBe(result.budgetCents)
      }),
    )
  })

  it.each([
    [
      'a fixed retention above the budget',
      { kind: 'fixed', amountCents: 10_001 },
      'GM0193',
      'EXCEEDS_TOTAL',
    ],
    [
      'basis points above 10,000',
      { kind: 'basisPoints', basisPoints: 10_001 },
      'GM0193',
      'OUT_OF_RANGE',
    ],
    [
      'a centrumgemeente outside the region',
      { kind: 'fixed', amountCents: 1 },
      'GM0363',
      'UNKNOWN_MUNICIPALITY',
    ],
  ] as const)('rejects %s', (_, rule, centralMunicipalityCode, code) => {
    expect(() => retainCentralShare({ members: MEMBERS, centralMunicipalityCode, rule })).toThrow(
      expect.objectContaining({ code }),
    )
  })
})
