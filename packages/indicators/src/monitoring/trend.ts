import type { IndicatorDirection } from '@bt/domain'

/** A point of a series: a period key and its value, or null where the value is suppressed or missing. */
export interface SeriesPoint {
  period: string
  value: number | null
}

/** The change between the last two points with a number, judged by the indicator's direction. */
export interface Trend {
  from: SeriesPoint | null
  to: SeriesPoint | null
  change: number | null
  /** Relative change in percent, null when the earlier value is zero. */
  changePercent: number | null
  judgement: 'better' | 'worse' | 'unchanged' | 'no_direction' | 'unknown'
}

/** The trend over a series sorted by period: latest numbered point against the one before it. */
export function describeTrend(series: readonly SeriesPoint[], direction: IndicatorDirection): Trend {
  const numbered = series.filter((p): p is SeriesPoint & { value: number } => p.value !== null)
  const to = numbered.at(-1) ?? null
  const from = numbered.at(-2) ?? null
  if (!to || !from) return { from, to, change: null, changePercent: null, judgement: 'unknown' }
  const change = to.value - from.value
  const changePercent = from.value === 0 ? null : (change / Math.abs(from.value)) * 100
  if (change === 0) return { from, to, change, changePercent, judgement: 'unchanged' }
  if (direction === 'neither') return { from, to, change, changePercent, judgement: 'no_direction' }
  const better = direction === 'higher_is_better' ? change > 0 : change < 0
  return { from, to, change, changePercent, judgement: better ? 'better' : 'worse' }
}
