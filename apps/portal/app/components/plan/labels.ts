// Dutch labels for the plan pages; client-safe (no server code).
import { PLAN_ELEMENT_STATUS_LABELS, type PlanElementStatus } from '@bt/domain'

export {
  conditionLabel as conditionTitle,
  levelLabel as nvoLevelTitle,
  nvoLabel as nvoTitle,
  stageLabel as agreementStageLabel,
} from '../agreements/labels.ts'

/** "Gereed". */
export function planStatusLabel(status: string): string {
  // Unknown values fall through to the `?? status` below.
  return PLAN_ELEMENT_STATUS_LABELS[status as PlanElementStatus] ?? status
}
