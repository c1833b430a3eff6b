import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runBudgetPipeline, type BudgetPipelineInput } from './budget-pipeline.ts'
import { MUNICIPALITIES } from './fixtures/municipalities.ts'

// A small hand-checked country: centrumgemeenten GM0001 and GM0003 with historical shares 3:1,
// their regions {GM0001, GM0002} and {GM0003, GM0004}, objective pro rata inhabitants 2:2:1:1.
const SMALL: BudgetPipelineInput = {
  year: 2026,
  startYear: 2026,
  macroBudgetCents: 1_000_000,
  nationalPurchasingCents: 10_000,
  historicalShares: [
    { code: 'GM0001', amountCents: 600 },
    { code: 'GM0003', amountCents: 200 },
  ],
  measures: [{ key: 'perHead', weight: 1, perInhabitant: true }],
  municipalities: [
    { code: 'GM0001', inhabitants: 100, measureValues: { perHead: 1 } },
    { code: 'GM0002', inhabitants: 100, measureValues: { perHead: 1 } },
    { code: 'GM0003', inhabitants: 50, measureValues: { perHead: 1 } },
    { code: 'GM0004', inhabitants: 50, measureValues: { perHead: 1 } },
  ],
  regions: [
    { code: 'GM0001', memberCodes: ['GM0001', 'GM0002'] },
    { code: 'GM0003', memberCodes: ['GM0003', 'GM0004'] },
  ],
}
const cents = (amounts: readonly { amountCents: number }[]) => amounts.map((a) => a.amountCents)
const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0)

/**
 * The fixture's 342 municipalities and 44 example regions, with each centrumgemeente's historical
 * share.
 */
function nationalInput(macroBudgetCents: number): BudgetPipelineInput {
  const regions = new Map<string, string[]>()
  for (const m of MUNICIPALITIES)
    regions.set(m.centralMunicipalityCode, [
      ...(regions.get(m.centralMunicipalityCode) ?? []),
      m.code,
    ])
  return {
    year: 2028,
    startYear: 2026,
    macroBudgetCents,
    nationalPurchasingCents: 180_000_000, // seed 000 §2.3: about €1.8 million
    historicalShares: [...regions].map(([code, members], i) => ({
      code,
      amountCents: members.length * 1_000_003 + i,
    })),
    measures: [
      { key: 'perHead', weight: 1.7, perInhabitant: true },
      { key: 'area', weight: 0.35 },
    ],
    municipalities: MUNICIPALITIES.map((m, i) => ({
      code: m.code,
      inhabitants: m.inhabitants,
      measureValues: { perHead: 1, area: (i * 37) % 101 },
    })),
    regions: [...regions].map(([code, memberCodes]) => ({ code, memberCodes })),
  }
}

describe('runBudgetPipeline', () => {
  it('runs DOMAIN.md §6.0 in order for one year (hand-checked)', () => {
    const result = runBudgetPipeline(SMALL)
    // 30% of €10,000 = €3,000 withdrawn; €10,000 − €100 − €3,000 = €6,900 distributable.
    expect(result).toMatchObject({
      step: 1,
      fraction: 0.1,
      wlzWithdrawalCents: 300_000,
      distributableCents: 690_000,
    })
    // Historical: €9,900 split 3:1 = 742,500 / 247,500, less the withdrawal 3:1 = 225,000 / 75,000.
    expect(result.wlzWithdrawal).toEqual([
      { code: 'GM0001', amountCents: 225_000 },
      { code: 'GM0003', amountCents: 75_000 },
    ])
    expect(cents(result.historical)).toEqual([517_500, 172_500])
    expect(cents(result.objective)).toEqual([230_000, 230_000, 115_000, 115_000])
    // Step 1: 0.9 × historical + 0.1 × objective.
    expect(cents(result.blended)).toEqual([488_750, 23_000, 166_750, 11_500])
    const noMo = { historicalCents: 0, objectiveCents: 0, blendedCents: 0 }
    expect(result.regions).toEqual([
      {
        code: 'GM0001',
        historicalCents: 517_500,
        objectiveCents: 460_000,
        blendedCents: 511_750,
        mo: noMo,
      },
      {
        code: 'GM0003',
        historicalCents: 172_500,
        objectiveCents: 230_000,
        blendedCents: 178_250,
        mo: noMo,
      },
    ])
    expect(result.mo).toBeNull()
  })

  it('keeps MO apart: no Wlz withdrawal from it, only centrumgemeenten, its own model (issue 18 item 1)', () => {
    // Seed 000: the Wlz ex ante is 30% of the BW macrobudget, pro rata the historical BW shares; MO
    // (seed 000 §3.2) stays with the centrumgemeenten. MO €3,000 historically 1:1, objectively by
    // its own model 2:1 (the regions' values of one MO measure).
    const result = runBudgetPipeline({
      ...SMALL,
      mo: {
        macroBudgetCents: 300_000,
        historicalShares: [
          { code: 'GM0001', amountCents: 1 },
          { code: 'GM0003', amountCents: 1 },
        ],
        measures: [{ key: 'homeless', weight: 1 }],
        centres: [
          { code: 'GM0001', inhabitants: 200, measureValues: { homeless: 20 } },
          { code: 'GM0003', inhabitants: 100, measureValues: { homeless: 10 } },
        ],
      },
    })
    // The BW stages are unchanged by MO: still 30% of the BW €10,000.
    expect(result.wlzWithdrawalCents).toBe(300_000)
    expect(cents(result.historical)).toEqual([517_500, 172_500])
    expect(cents(result.blended)).toEqual([488_750, 23_000, 166_750, 11_500])
    // MO step 1: 0.9 × 150,000 + 0.1 × 200,000 = 155,000; 0.9 × 150,000 + 0.1 × 100,000 = 145,000.
    expect(cents(result.mo!.historical)).toEqual([150_000, 150_000])
    expect(cents(result.mo!.objective)).toEqual([200_000, 100_000])
    expect(cents(result.mo!.blended)).toEqual([155_000, 145_000])
    // The region totals are BW + MO, comparable with published (BW + MO) region figures.
    expect(result.regions[0]).toEqual({
      code: 'GM0001',
      historicalCents: 517_500 + 150_000,
      objectiveCents: 460_000 + 200_000,
      blendedCents: 511_750 + 155_000,
      mo: { historicalCents: 150_000, objectiveCents: 200_000, blendedCents: 155_000 },
    })
    expect(sum(result.regions.map((r) => r.blendedCents))).toBe(690_000 + 300_000)
  })

  it('pays year zero historically and the end of the path objectively', () => {
    expect(cents(runBudgetPipeline({ ...SMALL, year: 2025 }).blended)).toEqual([
      517_500, 0, 172_500, 0,
    ])
    expect(cents(runBudgetPipeline({ ...SMALL, year: 2035 }).blended)).toEqual([
      230_000, 230_000, 115_000, 115_000,
    ])
  })

  it('withdraws the Wlz share pro rata a separate historical BW share when given', () => {
    const result = runBudgetPipeline({
      ...SMALL,
      wlzShares: [
        { code: 'GM0001', amountCents: 1 },
        { code: 'GM0003', amountCents: 1 },
      ],
    })
    expect(cents(result.wlzWithdrawal)).toEqual([150_000, 150_000])
    expect(cents(result.historical)).toEqual([592_500, 97_500])
  })

  it("applies a region's sharing model to its members' blended amounts", () => {
    const result = runBudgetPipeline({
      ...SMALL,
      sharing: [
        {
          regionCode: 'GM0001',
          model: { kind: 'appropriateShare', base: 'inhabitants', costsCents: 411_750 },
        },
      ],
    })
    // Region GM0001 has 511,750; costs 411,750 leave 100,000, shared 100:100 inhabitants.
    expect(result.sharing[0]!.regionCode).toBe('GM0001')
    expect(result.sharing[0]!.result.lines.map((l) => l.resultCents)).toEqual([50_000, 50_000])
  })

  it('keeps every cent at real scale: 342 municipalities, €4 billion, any Wlz share (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_000 }),
        fc.integer({ min: 2020, max: 2040 }),
        (basisPoints, year) => {
          const result = runBudgetPipeline({
            ...nationalInput(400_000_000_000),
            wlzWithdrawalBasisPoints: basisPoints,
            year,
          })
          const distributable = result.distributableCents
          expect(distributable).toBe(400_000_000_000 - 180_000_000 - result.wlzWithdrawalCents)
          expect(sum(cents(result.wlzWithdrawal))).toBe(result.wlzWithdrawalCents)
          expect(sum(cents(result.historical))).toBe(distributable)
          expect(sum(cents(result.objective))).toBe(distributable)
          expect(sum(cents(result.blended))).toBe(distributable)
          expect(sum(result.regions.map((r) => r.blendedCents))).toBe(distributable)
        },
      ),
      { numRuns: 20 },
    )
  })

  it('gives zero out for a zero macrobudget', () => {
    const result = runBudgetPipeline({ ...nationalInput(0), nationalPurchasingCents: 0 })
    expect(result.blended.every((a) => a.amountCents === 0)).toBe(true)
  })

  it.each([
    [
      'national purchasing above the macrobudget',
      { nationalPurchasingCents: 1_000_001 },
      'EXCEEDS_TOTAL',
    ],
    ['a withdrawal above what is left', { wlzWithdrawalBasisPoints: 10_000 }, 'EXCEEDS_TOTAL'],
    ['a withdrawal above 100%', { wlzWithdrawalBasisPoints: 10_001 }, 'OUT_OF_RANGE'],
    [
      'a Wlz share for a non-centrumgemeente',
      { wlzShares: [{ code: 'GM0002', amountCents: 1 }] },
      'UNKNOWN_MUNICIPALITY',
    ],
    [
      'a historical share outside the municipalities',
      { historicalShares: [{ code: 'GM0009', amountCents: 1 }] },
      'UNKNOWN_MUNICIPALITY',
    ],
    [
      'overlapping regions',
      {
        regions: [
          { code: 'GM0001', memberCodes: ['GM0001'] },
          { code: 'GM0003', memberCodes: ['GM0001'] },
        ],
      },
      'OVERLAPPING_MEMBERSHIP',
    ],
    ['an empty region', { regions: [{ code: 'GM0001', memberCodes: [] }] }, 'EMPTY_REGION'],
    [
      'a sharing model for no region',
      {
        sharing: [
          {
            regionCode: 'GM0002',
            model: {
              kind: 'centralRetention',
              centralMunicipalityCode: 'GM0002',
              rule: { kind: 'fixed', amountCents: 0 },
            },
          },
        ],
      },
      'UNKNOWN_MUNICIPALITY',
    ],
  ] as const)('rejects %s', (_, change, code) => {
    expect(() => runBudgetPipeline({ ...SMALL, ...change })).toThrow(
      expect.objectContaining({ code }),
    )
  })
})
