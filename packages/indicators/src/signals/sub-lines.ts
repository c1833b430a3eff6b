import { BUILDING_BLOCK_KEYS, type ComputedSignal } from '@bt/domain'

// A building block's sub-line still pending (●) after its planned date, as published: the latest
// status decided at a decision moment that has passed.

/** A sub-line's latest published status. */
export interface SignalSubLine {
  id: number
  buildingBlock: string
  label: string
  status: string
  plannedDate: string | null
  momentDate: string
}

/** One signal per sub-line at ● whose planned date has passed on `today`. */
export function subLinePendingSignals(lines: readonly SignalSubLine[], today: string): ComputedSignal[] {
  return lines
    .filter((l) => l.status === 'pending' && l.plannedDate !== null && l.plannedDate < today)
    .map((l) => {
      const block = BUILDING_BLOCK_KEYS.find((key) => key === l.buildingBlock) ?? 'monitoring'
      return {
        kind: 'sub_line_pending',
        dedupeKey: `sub_line_pending:${l.id}`,
        regionCode: null,
        buildingBlock: block,
        summary: `Bouwsteen ${BUILDING_BLOCK_KEYS.indexOf(block) + 1}: “${l.label}” staat na ${l.plannedDate ?? ''} nog open (●).`,
        evidence: { subLineId: l.id, label: l.label, status: l.status, plannedDate: l.plannedDate, decidedAt: l.momentDate },
        links: [{ kind: 'sub_line', ref: String(l.id), label: l.label }],
      }
    })
}
