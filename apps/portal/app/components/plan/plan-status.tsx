import { planStatusLabel } from './labels.ts'

/** A plan element's status in words, with a mark that is not colour alone. */
export function PlanStatus({ status }: { status: string }) {
  return <span className={`bt-plan-status bt-plan-status--${status}`}>{planStatusLabel(status)}</span>
}
