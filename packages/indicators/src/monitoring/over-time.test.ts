import { getPeriod } from '@bt/domain'
import { describe, expect, it } from 'vitest'
import type { AreaCell } from './aggregate.ts'
import { combineOverTime } from './over-time.ts'
import { scoreAgainstTarget } from './targets.ts'
import { describeTrend } from './trend.ts'

const c = (value: number | null, state: AreaCell['state'] = value === null ? 'suppressed' : 'final'): AreaCell => ({
  areaCode: 'GM0193',
  state,
  value,
  numerator: null,
  denominator: null,
})
const quarters = (values: (number | null)[]) => values.map((v, i) => ({ period: getPeriod(`2025-Q${i + 1}`), cell: c(v) }))

describe('combineOverTime', () => {
  it('adds a flow over its quarters', () => {
    expect(combineOverTime('flow', getPeriod('2025'), quarters([3, 4, 5, 6]))).toMatchObject({ ok: true, cell: { value: 18 } })
  })

  it('takes a stock at the period’s end', () => {
    expect(combineOverTime('stock', getPeriod('2025'), quarters([30, 40, 50, 60]))).toMatchObject({ ok: true, cell: { value: 60 }, periods: ['2025-Q4'] })
  })

  it('refuses to add distinct counts over periods (Wmo half years never make a year)', () => {
    const halves = [{ period: getPeriod('2025-H1'), cell: c(100) }, { period: getPeriod('2025-H2'), cell: c(110) }]
    expect(combineOverTime('distinct_count', getPeriod('2025'), halves)).toMatchObject({ ok: false, reason: expect.stringContaining('tellen niet op') })
  })

  it('keeps a suppressed quarter suppressed in the year and says when quarters are lacking', () => {
    expect(combineOverTime('flow', getPeriod('2025'), quarters([3, null, 5, 6]))).toMatchObject({ ok: true, cell: { state: 'suppressed', value: null } })
    expect(combineOverTime('flow', getPeriod('2025'), quarters([3, 4, 5]))).toMatchObject({ ok: false, reason: expect.stringContaining('4 deelperioden') })
  })
})

describe('describeTrend and scoreAgainstTarget', () => {
  it('judges a falling waiting list as better', () => {
    const trend = describeTrend([{ period: '2025-H1', value: 80 }, { period: '2025-H2', value: null }, { period: '2026-H1', value: 60 }], 'lower_is_better')
    expect(trend).toMatchObject({ change: -20, changePercent: -25, judgement: 'better' })
  })

  it('scores on and off track along the straight path to the target, counting the periods running', () => {
    // Path from 20% (end 2024) to 50% (end 2030): end 2025 asks 25%, end 2026 asks 30%, end 2027 asks 35%.
    const series = [
      { period: '2024', lastDay: '2024-12-31', value: 20 },
      { period: '2025', lastDay: '2025-12-31', value: 26 },
      { period: '2026', lastDay: '2026-12-31', value: 28 },
      { period: '2027', lastDay: '2027-12-31', value: 29 },
    ]
    const score = scoreAgainstTarget(series, { value: 50, date: '2030-12-31' }, 'higher_is_better')
    expect(score.status).toBe('off_track')
    expect(score.periodsRunning).toBe(2)
    expect(score.expected).toBeCloseTo(35, 1)
    expect(scoreAgainstTarget(series.slice(0, 2), { value: 50, date: '2030-12-31' }, 'higher_is_better')).toMatchObject({ status: 'on_track', periodsRunning: 2 })
    expect(scoreAgainstTarget([{ period: '2026', lastDay: '2026-12-31', value: 100 }], { value: 100, date: '2026-12-31' }, 'higher_is_better').status).toBe('reached')
  })
})
