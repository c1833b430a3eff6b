import { BUILDING_BLOCK_KEYS, OPEN_STAGES, type BuildingBlockKey, type ComputedSignal } from '@bt/domain'
import { planningStatus, type PlannedAgreement } from '../planning.ts'

// Signals from the published agreements' planning: overdue, and delayed by more than a set number of days.

/** A published agreement as the signals read it (its published revision, never the working copy). */
export interface SignalAgreement extends PlannedAgreement {
  regionCode: string
  regionName: string
  buildingBlocks: readonly string[]
}

function blockOf(agreement: SignalAgreement): BuildingBlockKey {
  return BUILDING_BLOCK_KEYS.find((key) => agreement.buildingBlocks.includes(key)) ?? 'regional_cooperation'
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

const link = (a: SignalAgreement) => [
  { kind: 'agreement' as const, ref: String(a.id), label: a.title },
  { kind: 'region' as const, ref: a.regionCode, label: a.regionName },
]

/** One signal per open published agreement whose due date has passed on `today` (ISO). */
export function agreementOverdueSignals(agreements: readonly SignalAgreement[], today: string): ComputedSignal[] {
  return agreements
    .filter((a) => planningStatus(a, today) === 'overdue')
    .map((a) => ({
      kind: 'agreement_overdue',
      dedupeKey: `agreement_overdue:${a.id}`,
      regionCode: a.regionCode,
      buildingBlock: blockOf(a),
      summary: `${a.regionName}: “${a.title}” is over de datum (${a.dueDate ?? ''}).`,
      evidence: { agreementId: a.id, title: a.title, stage: a.stage, dueDate: a.dueDate, daysOverdue: daysBetween(a.dueDate ?? today, today) },
      links: link(a),
    }))
}

/**
 * One signal per open published agreement whose date moved later by more than `maxDays` in total:
 * from the first delay's previous date (the original plan) to the latest delay's new date.
 */
export function agreementDelayedSignals(agreements: readonly SignalAgreement[], maxDays: number): ComputedSignal[] {
  const signals: ComputedSignal[] = []
  for (const a of agreements) {
    if (!OPEN_STAGES.includes(a.stage)) continue
    const first = a.delays[0]
    const last = a.delays.at(-1)
    const original = first?.previousDate ?? a.plannedDate
    if (!first || !last || !original) continue
    const days = daysBetween(original, last.newDate)
    if (days <= maxDays) continue
    signals.push({
      kind: 'agreement_delayed',
      dedupeKey: `agreement_delayed:${a.id}`,
      regionCode: a.regionCode,
      buildingBlock: blockOf(a),
      summary: `${a.regionName}: “${a.title}” is ${days} dagen vertraagd (meer dan ${maxDays}).`,
      evidence: {
        agreementId: a.id,
        title: a.title,
        originalDate: original,
        currentDate: last.newDate,
        delayDays: days,
        thresholdDays: maxDays,
        reasons: a.delays.map((d) => d.reason),
      },
      links: link(a),
    })
  }
  return signals
}
