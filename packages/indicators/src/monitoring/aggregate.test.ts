import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregateAreas, coverageLabel, perThousandInhabitants, type AreaCell } from './aggregate.ts'

const cell = (areaCode: string, value: number | null, over: Partial<AreaCell> = {}): AreaCell => ({
  areaCode,
  state: value === null ? 'missing' : 'final',
  value,
  numerator: null,
  denominator: null,
  ...over,
})
const ratio = (areaCode: string, numerator: number, denominator: number): AreaCell =>
  cell(areaCode, (numerator / denominator) * 100, { numerator, denominator })

describe('aggregateAreas', () => {
  it('adds counts: Zwolle 6,100 + Kampen 3,250 + Dalfsen 1,405 = 10,755', () => {
    const a = aggregateAreas('sum', ['GM0193', 'GM0166', 'GM0148'], [cell('GM0193', 6100), cell('GM0166', 3250), cell('GM0148', 1405)])
    expect(a).toMatchObject({ completeness: 'complete', covered: 3, of: 3, value: 10_755 })
  })

  it('recomputes a share from summed numerators and denominators, not the mean of shares', () => {
    // 1 of 2 (50%) and 90 of 100 (90%): the mean of rates says 70%, the truth is 91/102 = 89.2%.
    const a = aggregateAreas('ratio', ['A', 'B'], [ratio('A', 1, 2), ratio('B', 90, 100)], 100)
    expect(a.numerator).toBe(91)
    expect(a.denominator).toBe(102)
    expect(a.value).toBeCloseTo(89.2157, 3)
  })

  it('keeps a suppressed cell out of the total and says the total is partial', () => {
    const a = aggregateAreas('sum', ['A', 'B', 'C'], [cell('A', 10), cell('B', null, { state: 'suppressed' })])
    expect(a).toMatchObject({ completeness: 'partial', covered: 1, of: 3, value: 10, suppressedAreas: ['B'], missingAreas: ['C'] })
    expect(coverageLabel(a)).toBe('1 van 3 gebieden')
  })

  it('counts nil as a real zero and marks the aggregate provisional when a part is', () => {
    const a = aggregateAreas('sum', ['A', 'B'], [cell('A', null, { state: 'nil' }), cell('B', 5, { state: 'provisional' })])
    expect(a).toMatchObject({ completeness: 'complete', value: 5, provisional: true })
  })

  it('gives ordinals as a distribution and yes/no as count and share of yes', () => {
    const levels = aggregateAreas('distribution', ['A', 'B', 'C'], [cell('A', 2), cell('B', 3), cell('C', 2)])
    expect(levels.distribution).toEqual([{ level: 2, count: 2 }, { level: 3, count: 1 }])
    expect(levels.value).toBeNull()
    const yes = aggregateAreas('yes_share', ['A', 'B', 'C', 'D'], [cell('A', 1), cell('B', 0), cell('C', 1)])
    expect(yes).toMatchObject({ numerator: 2, denominator: 3, completeness: 'partial' })
    expect(yes.value).toBeCloseTo(66.667, 2)
  })

  it('divides a partial count by the inhabitants of the same part', () => {
    const a = aggregateAreas('sum', ['A', 'B'], [cell('A', 72), cell('B', null, { state: 'suppressed' })])
    expect(perThousandInhabitants(a, ['A', 'B'], new Map([['A', 1000], ['B', 5000]]))).toBe(72)
  })
})

const areaCodes = fc.uniqueArray(fc.stringMatching(/^GM\d{4}$/), { minLength: 1, maxLength: 30 })
const stateArb = fc.constantFrom<AreaCell['state']>('final', 'provisional', 'suppressed', 'nil', 'missing')

describe('aggregation properties', () => {
  it('a complete count equals the plain sum of its parts', () => {
    fc.assert(
      fc.property(areaCodes, fc.array(fc.nat(1_000_000), { minLength: 30, maxLength: 30 }), (codes, values) => {
        const cells = codes.map((c, i) => cell(c, values[i]!))
        expect(aggregateAreas('sum', codes, cells).value).toBe(codes.reduce((s, _, i) => s + values[i]!, 0))
      }),
    )
  })

  it('a rate is never the mean of rates when denominators differ, and always lies between the smallest and largest rate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 1000 })), { minLength: 2, maxLength: 20 }),
        (pairs) => {
          const parts = pairs.map(([n, d], i) => ratio(`A${i}`, Math.min(n, d), d))
          const a = aggregateAreas('ratio', parts.map((p) => p.areaCode), parts, 100)
          const expected = (parts.reduce((s, p) => s + p.numerator!, 0) / parts.reduce((s, p) => s + p.denominator!, 0)) * 100
          expect(a.value).toBeCloseTo(expected, 9)
          const rates = parts.map((p) => p.value!)
          expect(a.value!).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-9)
          expect(a.value!).toBeLessThanOrEqual(Math.max(...rates) + 1e-9)
        },
      ),
    )
  })

  it('never invents a value for a suppressed or missing cell: the total only holds numbered cells', () => {
    fc.assert(
      fc.property(areaCodes, fc.array(fc.tuple(stateArb, fc.nat(10_000)), { minLength: 30, maxLength: 30 }), (codes, raw) => {
        const cells = codes.map((c, i) => {
          const [state, n] = raw[i]!
          const numbered = state === 'final' || state === 'provisional'
          return cell(c, numbered ? n : state === 'nil' ? 0 : null, { state })
        })
        const a = aggregateAreas('sum', codes, cells)
        const numbered = cells.filter((c) => c.state === 'final' || c.state === 'provisional' || c.state === 'nil')
        expect(a.covered).toBe(numbered.length)
        expect(a.value).toBe(numbered.length ? numbered.reduce((s, c) => s + c.value!, 0) : null)
        expect(a.suppressedAreas.length + a.missingAreas.length + a.covered).toBe(codes.length)
        expect(a.completeness === 'complete').toBe(numbered.length === codes.length)
      }),
    )
  })

  it('reordering the cells changes nothing', () => {
    fc.assert(
      fc.property(areaCodes, fc.nat(), (codes, seed) => {
        const cells = codes.map((c, i) => ratio(c, i, i + 1))
        const shuffled = [...cells].sort((a, b) => ((a.areaCode.charCodeAt(3) * seed) % 7) - ((b.areaCode.charCodeAt(3) * seed) % 7))
        expect(aggregateAreas('ratio', codes, shuffled, 100)).toEqual(aggregateAreas('ratio', codes, cells, 100))
      }),
    )
  })
})
