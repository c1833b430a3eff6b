// Dutch labels and formats for the plan pages; client-safe (no server code).
import {
  AGREEMENT_STAGE_LABELS,
  CONDITIONS,
  NVO_AGREEMENTS,
  NVO_LEVEL_DETAILS,
  PLAN_ELEMENT_STATUS_LABELS,
  type AgreementStage,
  type NvoLevel,
  type PlanElementStatus,
} from '@bt/domain'

/** "Gereed". */
export function planStatusLabel(status: string): string {
  return PLAN_ELEMENT_STATUS_LABELS[status as PlanElementStatus] ?? status
}

/** The agreement stage in words ("In uitvoering"). */
export function agreementStageLabel(stage: string): string {
  return AGREEMENT_STAGE_LABELS[stage as AgreementStage] ?? stage
}

/** "4. Woonvarianten". */
export function conditionTitle(key: string): string {
  const condition = CONDITIONS.find((c) => c.key === key)
  return condition ? `${condition.number}. ${condition.label}` : key
}

/** "1. Regiovisie". */
export function nvoTitle(key: string): string {
  const agreement = NVO_AGREEMENTS.find((a) => a.key === key)
  return agreement ? `${agreement.number}. ${agreement.title}` : key
}

/** "3 – Vastgesteld". */
export function nvoLevelTitle(level: number): string {
  const detail = NVO_LEVEL_DETAILS[level as NvoLevel]
  return detail ? `${level} – ${detail.label}` : String(level)
}

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' })

/** "23 november 2026 om 14:48", Dutch time. */
export function formatMoment(value: Date | string): string {
  return dateTime.format(new Date(value))
}

const day = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })

/** "23 november 2026", the day of a moment in Dutch time. */
export function formatDay(value: Date | string): string {
  return day.format(new Date(value))
}
