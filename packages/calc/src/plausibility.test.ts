import { describe, expect, it } from 'vitest'
import { checkPlausibility } from './plausibility.ts'

// Issue 18 item 8: price year 2100 at 20% a year gave €28,974,999,230,384.71 of disappearing costs
// without a word. The example's macrobudget is €1.9 billion, its ex-ante withdrawal 30% of it.
const MACRO = 190_000_000_000
const EX_ANTE = 57_000_000_000

describe('checkPlausibility', () => {
  it('warns about price year 2100 at 20% a year, and says why', () => {
    const warnings = checkPlausibility({
      macroBudgetCents: MACRO,
      indexFactors: [1.2 ** (2100 - 2021), 1.2 ** (2100 - 2022)],
      wlz: { disappearingCostsCents: 2_897_499_923_038_471, exAnteCents: EX_ANTE },
    })
    expect(warnings.map((w) => w.code)).toEqual(['INDEX_FACTOR', 'WLZ_COSTS'])
    expect(warnings[0]).toMatchObject({ factor: 1.2 ** 79, max: 2 })
    expect(warnings[1]).toMatchObject({ disappearingCostsCents: 2_897_499_923_038_471 })
  })

  it('says nothing about the seeds-like defaults', () => {
    expect(
      checkPlausibility({
        macroBudgetCents: MACRO,
        indexFactors: [1.03 ** 2],
        wlz: { disappearingCostsCents: 60_000_000_000, exAnteCents: EX_ANTE },
        regionDeclines: [{ code: 'GM0193', changeBasisPoints: -188 }],
      }),
    ).toEqual([])
  })

  it('warns about a macrobudget typed a thousand times too small, and a steep yearly decline', () => {
    const warnings = checkPlausibility({
      macroBudgetCents: 190_000_000,
      regionDeclines: [{ code: 'GM0193', changeBasisPoints: -3_000 }],
    })
    expect(warnings).toEqual([
      {
        code: 'MACRO_BUDGET',
        valueCents: 190_000_000,
        minCents: 10_000_000_000,
        maxCents: 1_000_000_000_000,
      },
      { code: 'REGION_DECLINE', regionCode: 'GM0193', changeBasisPoints: -3_000 },
    ])
  })
})
