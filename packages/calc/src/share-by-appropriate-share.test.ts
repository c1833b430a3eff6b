import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cents, municipalityCodes } from './fixtures/arbitraries.ts'
import {
  IJSSEL_VECHT_RETENTION_BASIS_POINTS,
  IJSSEL_VECHT_RETENTION_CAP_BW_CENTS,
} from './retain-central-share.ts'
import { shareByAppropriateShare } from './share-by-appropriate-share.ts'

// Seed 004, IJssel-Vecht: passend aandeel = each municipality's share of the summed Wmo integration
// payments. Three of the nine members, with illustrative payments in the ratio 50:30:20; Zwolle
// holds the budget.
const MEMBERS = [
  { code: 'GM0193', amountCents: 10_000_000_000, wmoIntegrationPaymentCents: 5_000_000_000 },
  { code: 'GM0166', amountCents: 0, wmoIntegrationPaymentCents: 3_000_000_000 },
  { code: 'GM0148', amountCents: 0, wmoIntegrationPaymentCents: 2_000_000_000 },
]
const ZWOLLE_RETENTION = {
  centralMunicipalityCode: 'GM0193',
  rule: {
    kind: 'basisPoints',
    basisPoints: IJSSEL_VECHT_RETENTION_BASIS_POINTS,
    capCents: IJSSEL_VECHT_RETENTION_CAP_BW_CENTS,
  },
} as const
const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0)

describe('shareByAppropriateShare', () => {
  it('retains 2.5% capped at €2,324,582 for Zwolle and pays the advantage out by passend aandeel', () => {
    // €100M budget: 2.5% is €2.5M, above the BW cap, so €2,324,582 is retained; €95M costs leave
    // €2,675,418.
    const result = shareByAppropriateShare({
      members: MEMBERS,
      base: 'wmoIntegrationPayment',
      costsCents: 9_500_000_000,
      retention: ZWOLLE_RETENTION,
    })
    expect(result).toMatchObject({ retainedCents: 232_458_200, sharedResultCents: 267_541_800 })
    expect(result.lines.map((l) => [l.shareBasisPoints, l.receivesCents, l.resultCents])).toEqual([
      [5000, 133_770_900 + 232_458_200, 366_229_100],
      [3000, 80_262_540, 80_262_540],
      [2000, 53_508_360, 53_508_360],
    ])
  })

  it('charges a disadvantage by passend aandeel', () => {
    const result = shareByAppropriateShare({
      members: MEMBERS,
      base: 'wmoIntegrationPayment',
      costsCents: 10_500_000_000,
    })
    expect(result.sharedResultCents).toBe(-500_000_000)
    expect(result.lines.map((l) => l.paysCents - l.amountCents)).toEqual([
      250_000_000, 150_000_000, 100_000_000,
    ])
    expect(result.lines.map((l) => l.resultCents)).toEqual([
      -250_000_000, -150_000_000, -100_000_000,
    ])
  })

  it('shares by inhabitants or by objective amount when chosen', () => {
    const members = [
      { code: 'GM0193', amountCents: 90, inhabitants: 1, objectiveAmountCents: 0 },
      { code: 'GM0148', amountCents: 0, inhabitants: 2, objectiveAmountCents: 5 },
    ]
    const byInhabitants = shareByAppropriateShare({ members, base: 'inhabitants', costsCents: 0 })
    expect(byInhabitants.lines.map((l) => l.resultCents)).toEqual([30, 60])
    const byObjective = shareByAppropriateShare({ members, base: 'objectiveAmount', costsCents: 0 })
    expect(byObjective.lines.map((l) => l.resultCents)).toEqual([0, 90])
  })

  it('keeps every cent: Σ result = budget − costs and shares sum to 10,000 basis points (fast-check)', () => {
    const members = municipalityCodes(15).chain((codes) =>
      fc
        .array(
          fc.record({
            amountCents: cents,
            wmoIntegrationPaymentCents: fc.integer({ min: 1, max: 10_000_000_000 }),
          }),
          { minLength: codes.length, maxLength: codes.length },
        )
        .map((rows) => rows.map((row, i) => ({ code: codes[i]!, ...row }))),
    )
    fc.assert(
      fc.property(
        members,
        cents,
        fc.integer({ min: 0, max: 10_000 }),
        (rows, costs, basisPoints) => {
          const result = shareByAppropriateShare({
            members: rows,
            base: 'wmoIntegrationPayment',
            costsCents: costs,
            retention: {
              centralMunicipalityCode: rows[0]!.code,
              rule: { kind: 'basisPoints', basisPoints },
            },
          })
          expect(sum(result.lines.map((l) => l.resultCents))).toBe(result.budgetCents - costs)
          expect(sum(result.lines.map((l) => l.shareBasisPoints))).toBe(10_000)
          for (const line of result.lines)
            expect(line.bearsCents).toBe(line.paysCents - line.receivesCents)
        },
      ),
    )
  })

  it('rejects a member without the chosen base and an all-zero base', () => {
    expect(() =>
      shareByAppropriateShare({
        members: [{ code: 'GM0193', amountCents: 1 }],
        base: 'objectiveAmount',
        costsCents: 0,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'MISSING_VALUE',
        path: ['members', 0, 'objectiveAmountCents'],
      }),
    )
    expect(() =>
      shareByAppropriateShare({
        members: [{ code: 'GM0193', amountCents: 1, inhabitants: 0 }],
        base: 'inhabitants',
        costsCents: 0,
      }),
    ).toThrow(expect.objectContaining({ code: 'ZERO_TOTAL_WEIGHT' }))
  })
})
