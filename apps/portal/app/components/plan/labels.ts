// Dutch labels for the plan pages; client-safe (no server code).
import { labelOf, PLAN_ELEMENT_STATUS_LABELS } from '@bt/domain'

export {
  conditionLabel as conditionTitle,
  levelLabel as nvoLevelTitle,
  nvoLabel as nvoTitle,
  stageLabel as agreementStageLabel,
} from '../agreements/labels.ts'

/** "Gereed". */
export function planStatusLabel(status: string): string {
  return labelOf(PLAN_ELEMENT_STATUS_LABELS, status)
}
