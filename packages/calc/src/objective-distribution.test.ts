import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cents, municipalityCodes, permutation } from './fixtures/arbitraries.ts'
import { explainLargestRemainderViolation } from './fixtures/largest-remainder.ts'
import { MUNICIPALITIES } from './fixtures/municipalities.ts'
import {
  distributeObjectively,
  type MeasuredMunicipality,
  type Measure,
} from './objective-distribution.ts'

// Seed 003: outcome for A = Σ (value of measure m for A) × weight of m; then scaled to the budget
// (DOMAIN.md §6.1).
const MEASURES: Measure[] = [
  { key: 'singlePersonHouseholds', weight: 2 },
  { key: 'lowIncomeShare', weight: 0.5, perInhabitant: true },
]
const TWO: MeasuredMunicipality[] = [
  {
    code: 'GM0001',
    inhabitants: 100,
    measureValues: { singlePersonHouseholds: 3, lowIncomeShare: 1 },
  },
  {
    code: 'GM0002',
    inhabitants: 300,
    measureValues: { singlePersonHouseholds: 1, lowIncomeShare: 1 },
  },
]

const byInhabitants = (municipalities: readonly { code: string; inhabitants: number }[]) =>
  municipalities.map(({ code, inhabitants }) => ({
    code,
    inhabitants,
    measureValues: { perHead: 1 },
  }))
const PER_HEAD: Measure[] = [{ key: 'perHead', weight: 1, perInhabitant: true }]

describe('distributeObjectively', () => {
  it('scales Σ value × weight to the budget (hand-checked: scores 56 and 152 of 208)', () => {
    // GM0001: 3 × 2 + 100 × 1 × 0.5 = 56; GM0002: 1 × 2 + 300 × 1 × 0.5 = 152; 1000 × 56/208 =
    // 269.2…
    const result = distributeObjectively({
      budgetCents: 1000,
      measures: MEASURES,
      municipalities: TWO,
    })
    expect(result.totalCents).toBe(1000)
    expect(result.municipalities).toEqual([
      { code: 'GM0001', inhabitants: 100, amountCents: 269, perInhabitantCents: 3 },
      { code: 'GM0002', inhabitants: 300, amountCents: 731, perInhabitantCents: 2 },
    ])
  })

  it('rounds the per-inhabitant figure half up and gives null for no inhabitants', () => {
    const result = distributeObjectively({
      budgetCents: 5,
      measures: [{ key: 'x', weight: 1 }],
      municipalities: [
        { code: 'GM0001', inhabitants: 2, measureValues: { x: 3 } },
        { code: 'GM0002', inhabitants: 0, measureValues: { x: 2 } },
      ],
    })
    expect(result.municipalities.map((m) => [m.amountCents, m.perInhabitantCents])).toEqual([
      [3, 2],
      [2, null],
    ])
  })

  it('splits €4 billion over the 342 real municipalities per inhabitant, exactly and within a cent per head', () => {
    const totalCents = 400_000_000_000
    const result = distributeObjectively({
      budgetCents: totalCents,
      measures: PER_HEAD,
      municipalities: byInhabitants(MUNICIPALITIES),
    })
    const amounts = result.municipalities.map((m) => m.amountCents)
    expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(totalCents)
    const violation = explainLargestRemainderViolation(
      totalCents,
      MUNICIPALITIES.map((m) => BigInt(m.inhabitants)),
      MUNICIPALITIES.map((m) => m.code),
      amounts,
    )
    expect(violation).toBeNull()
    // 400e9 / 18,130,231 = 22,062.6… cents per inhabitant: every municipality rounds to 22,063.
    const perHead = new Set(result.municipalities.map((m) => m.perInhabitantCents))
    expect([...perHead]).toEqual([22_063])
  })

  it('does not depend on the order of measures or municipalities (fast-check)', () => {
    const measured = municipalityCodes(25).chain((codes) =>
      fc
        .array(
          fc.record({
            inhabitants: fc.integer({ min: 0, max: 1_000_000 }),
            a: fc.double({ min: 0, max: 1000, noNaN: true }),
            b: fc.integer({ min: 0, max: 100_000 }),
          }),
          { minLength: codes.length, maxLength: codes.length },
        )
        .map((rows) =>
          rows.map((row, i) => ({
            code: codes[i]!,
            inhabitants: row.inhabitants,
            measureValues: { a: row.a, b: row.b },
          })),
        ),
    )
    fc.assert(
      fc.property(
        cents,
        measured.chain((rows) => fc.tuple(fc.constant(rows), permutation(rows.length))),
        fc.double({ min: 0.001, max: 50, noNaN: true }),
        (budgetCents, [rows, order], weight) => {
          const measures: Measure[] = [
            { key: 'a', weight, perInhabitant: true },
            { key: 'b', weight: 0.3 },
          ]
          fc.pre(
            rows.some(
              (row) => row.inhabitants * row.measureValues.a > 0 || row.measureValues.b > 0,
            ),
          )
          const base = distributeObjectively({ budgetCents, measures, municipalities: rows })
          const reordered = distributeObjectively({
            budgetCents,
            measures: [...measures].reverse(),
            municipalities: order.map((index) => rows[index]!),
          })
          const byCode = new Map(base.municipalities.map((m) => [m.code, m.amountCents]))
          for (const m of reordered.municipalities) expect(m.amountCents).toBe(byCode.get(m.code))
          expect(base.municipalities.reduce((sum, m) => sum + m.amountCents, 0)).toBe(budgetCents)
        },
      ),
    )
  })

  it('gives zero out for a zero budget, even with all-zero measures (fast-check)', () => {
    fc.assert(
      fc.property(municipalityCodes(), (codes) => {
        const municipalities = codes.map((code) => ({
          code,
          inhabitants: 0,
          measureValues: { perHead: 0 },
        }))
        const result = distributeObjectively({ budgetCents: 0, measures: PER_HEAD, municipalities })
        expect(result.municipalities.every((m) => m.amountCents === 0)).toBe(true)
      }),
    )
  })

  it.each([
    [
      'a missing measure value',
      { code: 'GM0001', inhabitants: 1, measureValues: {} },
      'MISSING_VALUE',
    ],
    [
      'a negative measure value',
      { code: 'GM0001', inhabitants: 1, measureValues: { perHead: -1 } },
      'NEGATIVE_WEIGHT',
    ],
    [
      'a non-finite measure value',
      { code: 'GM0001', inhabitants: 1, measureValues: { perHead: Infinity } },
      'NOT_FINITE',
    ],
    [
      'negative inhabitants',
      { code: 'GM0001', inhabitants: -4, measureValues: { perHead: 1 } },
      'NEGATIVE_AMOUNT',
    ],
    [
      'fractional inhabitants',
      { code: 'GM0001', inhabitants: 2.5, measureValues: { perHead: 1 } },
      'NOT_AN_INTEGER',
    ],
  ] as const)('rejects %s', (_, municipality, code) => {
    expect(() =>
      distributeObjectively({
        budgetCents: 100,
        measures: PER_HEAD,
        municipalities: [municipality],
      }),
    ).toThrow(expect.objectContaining({ code }))
  })

  it('rejects a positive budget when every score is zero, naming the budget', () => {
    expect(() =>
      distributeObjectively({
        budgetCents: 100,
        measures: PER_HEAD,
        municipalities: [{ code: 'GM0001', inhabitants: 0, measureValues: { perHead: 1 } }],
      }),
    ).toThrow(/cannot split 100 cents over municipalities/)
  })

  it('rejects a repeated measure key and a repeated municipality code', () => {
    expect(() =>
      distributeObjectively({
        budgetCents: 1,
        measures: [...PER_HEAD, ...PER_HEAD],
        municipalities: [],
      }),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_KEY', path: ['measures', 1, 'key'] }))
    const twice = byInhabitants([MUNICIPALITIES[0]!, MUNICIPALITIES[0]!])
    expect(() =>
      distributeObjectively({ budgetCents: 1, measures: PER_HEAD, municipalities: twice }),
    ).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_KEY', path: ['municipalities', 1, 'code'] }),
    )
  })
})
