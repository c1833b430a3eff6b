import type { StatusKey } from '@bt/domain'

// The trend of a building block's statuses over the decision moments: at each moment, how many of its
// sub-lines stood at each status (the latest change at or before that moment's date).

/** A decision moment (a BO date). */
export interface TrendMoment {
  id: number
  momentDate: string
  label: string
}

/** One recorded status change of a sub-line, with the date of its moment. */
export interface StatusChange {
  subLineId: number
  momentDate: string
  status: StatusKey
}

/** How many sub-lines stood at each status as of one moment; sub-lines without a status yet are "notSet". */
export interface StatusCountsAtMoment {
  moment: TrendMoment
  counts: Record<StatusKey, number>
  notSet: number
}

/**
 * Counts, per moment (oldest first), the sub-lines at each status as of that moment. `changes` must be
 * ordered by moment date, then as recorded (as the timeline query returns them), so the change that
 * wins is the as-of view's: the latest moment, and within one moment the latest recorded.
 */
export function countStatusesPerMoment(moments: readonly TrendMoment[], subLineIds: readonly number[], changes: readonly StatusChange[]): StatusCountsAtMoment[] {
  const ordered = [...moments].sort((a, b) => a.momentDate.localeCompare(b.momentDate))
  return ordered.map((moment) => {
    const current = new Map<number, StatusKey>()
    for (const change of changes) if (change.momentDate <= moment.momentDate) current.set(change.subLineId, change.status)
    const counts: Record<StatusKey, number> = { done: 0, partly_done: 0, done_decision_pending: 0, pending: 0 }
    let notSet = 0
    for (const id of subLineIds) {
      const status = current.get(id)
      if (status === undefined) notSet += 1
      else counts[status] += 1
    }
    return { moment, counts, notSet }
  })
}
