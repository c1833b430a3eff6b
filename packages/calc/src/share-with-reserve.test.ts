import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cents, municipalityCodes } from './fixtures/arbitraries.ts'
import {
  GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS,
  shareByInhabitantsWithReserve,
  shareWithReserveOverYears,
} from './share-with-reserve.ts'

// Seed 004, Gooi en Vechtstreek: costs and risk shared pro rata inhabitants, surplus into a reserve
// capped at €2 million, the rest paid back. Inhabitants here are round illustrative figures
// (50:30:20).
const MEMBERS = [
  { code: 'GM0402', amountCents: 0, inhabitants: 50_000 },
  { code: 'GM1942', amountCents: 0, inhabitants: 30_000 },
  { code: 'GM0406', amountCents: 0, inhabitants: 20_000 },
]
const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0)

describe('shareByInhabitantsWithReserve', () => {
  it('caps the reserve at €2 million (seed 004)', () => {
    expect(GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS).toBe(2_000_000 * 100)
  })

  it('fills the reserve up to the cap and pays the rest back pro rata inhabitants', () => {
    // €10M budgeted, €7.5M spent: €2.5M surplus; the reserve holds €0.5M, so €1.5M fills it and €1M
    // goes back.
    const result = shareByInhabitantsWithReserve({
      members: MEMBERS,
      budgetedCostsCents: 1_000_000_000,
      actualCostsCents: 750_000_000,
      reserveBalanceCents: 50_000_000,
      reserveCapCents: GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS,
    })
    expect(result).toMatchObject({
      contributionsCents: 1_000_000_000,
      surplusCents: 250_000_000,
      reserveAdditionCents: 150_000_000,
      reserveBalanceAfterCents: 200_000_000,
      paybackCents: 100_000_000,
      reserveWithdrawalCents: 0,
      extraContributionCents: 0,
    })
    expect(
      result.lines.map((line) => [line.paysCents, line.receivesCents, line.bearsCents]),
    ).toEqual([
      [500_000_000, 50_000_000, 450_000_000],
      [300_000_000, 30_000_000, 270_000_000],
      [200_000_000, 20_000_000, 180_000_000],
    ])
  })

  it('covers a shortfall from the reserve first, then raises the rest pro rata inhabitants', () => {
    const result = shareByInhabitantsWithReserve({
      members: MEMBERS,
      budgetedCostsCents: 1_000_000_000,
      actualCostsCents: 1_100_000_000,
      reserveBalanceCents: 60_000_000,
      reserveCapCents: GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS,
    })
    expect(result).toMatchObject({
      surplusCents: -100_000_000,
      reserveWithdrawalCents: 60_000_000,
      extraContributionCents: 40_000_000,
      contributionsCents: 1_040_000_000,
      reserveBalanceAfterCents: 0,
    })
    expect(result.lines.map((line) => line.paysCents)).toEqual([
      520_000_000, 312_000_000, 208_000_000,
    ])
  })

  it('adds nothing to a reserve already above a lowered cap and pays the whole surplus back', () => {
    const result = shareByInhabitantsWithReserve({
      members: MEMBERS,
      budgetedCostsCents: 100,
      actualCostsCents: 0,
      reserveBalanceCents: 300,
      reserveCapCents: 200,
    })
    expect(result).toMatchObject({
      reserveAdditionCents: 0,
      paybackCents: 100,
      reserveBalanceAfterCents: 300,
    })
  })

  it('keeps every cent: Σ bears = actual costs + reserve addition − withdrawal (fast-check)', () => {
    const members = municipalityCodes(15).chain((codes) =>
      fc
        .array(
          fc.record({ amountCents: cents, inhabitants: fc.integer({ min: 1, max: 1_000_000 }) }),
          {
            minLength: codes.length,
            maxLength: codes.length,
          },
        )
        .map((rows) => rows.map((row, i) => ({ code: codes[i]!, ...row }))),
    )
    fc.assert(
      fc.property(members, cents, cents, cents, cents, (rows, budgeted, actual, balance, cap) => {
        const result = shareByInhabitantsWithReserve({
          members: rows,
          budgetedCostsCents: budgeted,
          actualCostsCents: actual,
          reserveBalanceCents: balance,
          reserveCapCents: cap,
        })
        const { lines } = result
        expect(sum(lines.map((l) => l.paysCents))).toBe(result.contributionsCents)
        expect(sum(lines.map((l) => l.receivesCents))).toBe(result.paybackCents)
        expect(sum(lines.map((l) => l.bearsCents))).toBe(
          actual + result.reserveAdditionCents - result.reserveWithdrawalCents,
        )
        expect(result.reserveBalanceAfterCents).toBeLessThanOrEqual(Math.max(cap, balance))
        for (const line of lines) {
          expect(line.bearsCents).toBe(line.paysCents - line.receivesCents)
          expect(line.resultCents).toBe(line.amountCents - line.bearsCents)
        }
      }),
    )
  })

  it('rejects members without inhabitants and a negative reserve', () => {
    const base = {
      budgetedCostsCents: 1,
      actualCostsCents: 1,
      reserveBalanceCents: 0,
      reserveCapCents: 0,
    }
    expect(() =>
      shareByInhabitantsWithReserve({ ...base, members: [{ code: 'GM0402', amountCents: 0 }] }),
    ).toThrow(
      expect.objectContaining({ code: 'MISSING_VALUE', path: ['members', 0, 'inhabitants'] }),
    )
    expect(() =>
      shareByInhabitantsWithReserve({ ...base, members: MEMBERS, reserveBalanceCents: -1 }),
    ).toThrow(expect.objectContaining({ code: 'NEGATIVE_AMOUNT', path: ['reserveBalanceCents'] }))
    expect(() => shareByInhabitantsWithReserve({ ...base, members: [] })).toThrow(
      expect.objectContaining({ code: 'EMPTY_REGION' }),
    )
  })
})

describe('shareWithReserveOverYears (issue 18 item 4)', () => {
  it('carries the reserve from year to year: surplus in, capped at €2 million, the excess paid back', () => {
    // €10M budgeted each year; spent €8.5M, €9M, €10.8M: surpluses €1.5M, €1M, −€0.8M.
    const years = [850_000_000, 900_000_000, 1_080_000_000].map((actualCostsCents) => ({
      members: MEMBERS,
      budgetedCostsCents: 1_000_000_000,
      actualCostsCents,
    }))
    const results = shareWithReserveOverYears({
      years,
      openingBalanceCents: 0,
      reserveCapCents: GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS,
    })
    expect(results.map((r) => r.reserveAdditionCents)).toEqual([150_000_000, 50_000_000, 0])
    expect(results.map((r) => r.paybackCents)).toEqual([0, 50_000_000, 0])
    expect(results.map((r) => r.reserveWithdrawalCents)).toEqual([0, 0, 80_000_000])
    expect(results.map((r) => r.reserveBalanceAfterCents)).toEqual([
      150_000_000, 200_000_000, 120_000_000,
    ])
    // The €0.5M paid back in year 2 goes 50:30:20.
    expect(results[1]!.lines.map((l) => l.receivesCents)).toEqual([
      25_000_000, 15_000_000, 10_000_000,
    ])
  })
})
