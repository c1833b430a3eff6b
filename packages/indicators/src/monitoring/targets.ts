import type { IndicatorDirection } from '@bt/domain'
import { lastItem } from '@bt/domain'

/** A value at the end of a period (ISO date), as scored against a target. */
export interface DatedValue {
  period: string
  lastDay: string
  value: number | null
}

export interface TargetScore {
  status: 'reached' | 'on_track' | 'off_track' | 'no_data' | 'no_direction'
  /** How many periods in a row (ending with the latest) have had this status; the bottleneck signals read it. */
  periodsRunning: number
  /** What the straight path from the first value to the target asks at the latest period. */
  expected: number | null
  latest: DatedValue | null
}

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
}

/**
 * Score a series (sorted by period) against a target value at a target date: the path runs in a straight
 * line from the first numbered value to the target; a period is on track when its value is at least as
 * good as the path asks (by the direction), reached when it is at least as good as the target itself.
 */
export function scoreAgainstTarget(
  series: readonly DatedValue[],
  target: { value: number; date: string },
  direction: IndicatorDirection,
): TargetScore {
  const numbered = series.filter((p): p is DatedValue & { value: number } => p.value !== null)
  const latest = numbered.at(-1) ?? null
  if (direction === 'neither') return { status: 'no_direction', periodsRunning: 0, expected: null, latest }
  const first = numbered[0]
  if (!first || !latest) return { status: 'no_data', periodsRunning: 0, expected: null, latest }
  const atLeast = (a: number, b: number) => (direction === 'higher_is_better' ? a >= b : a <= b)
  const span = days(first.lastDay, target.date)
  const expectedAt = (p: DatedValue & { value: number }) => {
    if (span <= 0 || p.lastDay >= target.date) return target.value
    const t = Math.max(0, days(first.lastDay, p.lastDay)) / span
    return first.value + t * (target.value - first.value)
  }
  const statusOf = (p: DatedValue & { value: number }): TargetScore['status'] => {
    const v = p.value
    if (atLeast(v, target.value)) return 'reached'
    return atLeast(v, expectedAt(p)) ? 'on_track' : 'off_track'
  }
  const statuses = numbered.map(statusOf)
  const status = lastItem(statuses)
  let periodsRunning = 0
  for (let i = statuses.length - 1; i >= 0 && statuses[i] === status; i--) periodsRunning++
  return { status, periodsRunning, expected: expectedAt(latest), latest }
}
