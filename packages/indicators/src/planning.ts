import { OPEN_STAGES, type AgreementStage } from '@bt/domain'

/** What planning needs of an agreement: its stage, its dates and its delays. */
export interface PlannedAgreement {
  id: number
  title: string
  stage: AgreementStage
  plannedDate: string | null
  dueDate: string | null
  delays: readonly { reason: string; previousDate: string | null; newDate: string }[]
}

export type PlanningStatus = 'overdue' | 'due_soon' | 'on_schedule' | 'undated' | 'closed'

/** How many days ahead counts as "due soon". */
export const DUE_SOON_DAYS = 90

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * Where an open agreement stands on `today` (ISO): overdue when its due date (the planned date, or
 * the latest delay's new date) has passed, due soon within 90 days; realised and lapsed are closed.
 */
export function planningStatus(agreement: PlannedAgreement, today: string): PlanningStatus {
  if (!OPEN_STAGES.includes(agreement.stage)) return 'closed'
  if (!agreement.dueDate) return 'undated'
  if (agreement.dueDate < today) return 'overdue'
  if (agreement.dueDate <= addDays(today, DUE_SOON_DAYS)) return 'due_soon'
  return 'on_schedule'
}

/** A region's planning: open agreements grouped by status, and every delayed one with its reasons. */
export function summarisePlanning<T extends PlannedAgreement>(agreements: readonly T[], today: string) {
  const byStatus = (status: PlanningStatus) =>
    agreements
      .filter((a) => planningStatus(a, today) === status)
      .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id - b.id)
  return {
    overdue: byStatus('overdue'),
    dueSoon: byStatus('due_soon'),
    undated: byStatus('undated'),
    delayed: agreements.filter((a) => a.delays.length > 0),
  }
}
