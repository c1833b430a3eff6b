import { describe, expect, it } from 'vitest'
import {
  CALC_EXAMPLE_MACRO_BUDGET_CENTS,
  createLcg,
  generateCalcExample,
} from '../../demo/seed-calc-example.ts'

// The example data set (voorbeeldbedragen, ADR 006): fictitious, deterministic from its seed number.
const MUNICIPALITIES = [
  { code: 'GM0193', inhabitants: 133_141, regionCode: 'GM0193' },
  { code: 'GM0166', inhabitants: 55_812, regionCode: 'GM0193' },
  { code: 'GM0014', inhabitants: 244_829, regionCode: 'GM0014' },
  { code: 'GM0037', inhabitants: 32_110, regionCode: 'GM0014' },
  { code: 'GM0034', inhabitants: 232_650, regionCode: 'GM0034' },
]

describe('the example data set', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateCalcExample({ seed: 2026, municipalities: MUNICIPALITIES })).toEqual(
      generateCalcExample({ seed: 2026, municipalities: [...MUNICIPALITIES].reverse() }),
    )
    expect(generateCalcExample({ seed: 2027, municipalities: MUNICIPALITIES }).values).not.toEqual(
      generateCalcExample({ seed: 2026, municipalities: MUNICIPALITIES }).values,
    )
    const random = createLcg(1)
    expect([random(), random()]).toEqual([1_015_568_748 / 2 ** 32, 1_586_005_467 / 2 ** 32])
  })

  it('sums its historical amounts to the macrobudget, over the centrumgemeenten only, and is labelled fictitious', () => {
    const example = generateCalcExample({ seed: 2026, municipalities: MUNICIPALITIES })
    expect(example.historical.map((h) => h.municipalityCode)).toEqual([
      'GM0014',
      'GM0034',
      'GM0193',
    ])
    expect(example.historical.reduce((sum, h) => sum + h.amountCents, 0)).toBe(
      CALC_EXAMPLE_MACRO_BUDGET_CENTS,
    )
    expect(example.dataset).toMatchObject({
      kind: 'example',
      seed: 2026,
      label: 'Voorbeeldbedragen (fictief, reeks 2026)',
    })
    expect(example.values).toHaveLength(MUNICIPALITIES.length * example.measures.length)
    expect(
      example.wlzGroups!.every((g) => g.clientCount > 0 && g.costDays >= 1 && g.costDays <= 366),
    ).toBe(true)
  })
})
