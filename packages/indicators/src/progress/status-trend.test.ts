import { describe, expect, it } from 'vitest'
import { countStatusesPerMoment } from './status-trend.ts'

const moments = [
  { id: 2, momentDate: '2020-12-07', label: 'BO december 2020' },
  { id: 1, momentDate: '2020-07-09', label: 'BO juli 2020' },
  { id: 3, momentDate: '2021-06-01', label: 'BO juni 2021' },
]

describe('status counts per decision moment', () => {
  it('counts each sub-line at its latest status as of each moment, oldest moment first', () => {
    const trend = countStatusesPerMoment(moments, [10, 11, 12], [
      { subLineId: 10, momentDate: '2020-07-09', status: 'pending' },
      { subLineId: 11, momentDate: '2020-07-09', status: 'done_decision_pending' },
      { subLineId: 10, momentDate: '2020-12-07', status: 'partly_done' },
      { subLineId: 10, momentDate: '2021-06-01', status: 'pending' },
      { subLineId: 10, momentDate: '2021-06-01', status: 'done' }, // recorded later at the same moment: wins
      { subLineId: 11, momentDate: '2021-06-01', status: 'done' },
    ])
    expect(trend.map((t) => t.moment.id)).toEqual([1, 2, 3])
    expect(trend[0]?.counts).toEqual({ done: 0, partly_done: 0, done_decision_pending: 1, pending: 1 })
    expect(trend[0]?.notSet).toBe(1) // sub-line 12 has no status at all
    expect(trend[1]?.counts).toEqual({ done: 0, partly_done: 1, done_decision_pending: 1, pending: 0 })
    expect(trend[2]?.counts).toEqual({ done: 2, partly_done: 0, done_decision_pending: 0, pending: 0 })
  })

  it('gives nothing without moments and only "not set" without changes', () => {
    expect(countStatusesPerMoment([], [1], [])).toEqual([])
    expect(countStatusesPerMoment(moments.slice(0, 1), [1, 2], [])[0]).toMatchObject({ notSet: 2, counts: { done: 0 } })
  })
})
