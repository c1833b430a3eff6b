import { BUILDING_BLOCK_KEYS, type BuildingBlockKey, type ComputedSignal } from '@bt/domain'

// An action item agreed in a closed meeting (issue 17) that is not done by its due date: a signal in
// the steering group's register, under the building block of the bottleneck it came from.

/** An open action item of a closed meeting, with what its agenda item was about. */
export interface SignalActionItem {
  id: number
  description: string
  dueDate: string
  ownerName: string
  meetingId: number
  meetingTitle: string
  /** The building blocks of the bottleneck discussed, empty for a free agenda item. */
  buildingBlocks: readonly string[]
  /** The first region the bottleneck concerns, or null. */
  regionCode: string | null
}

/** One signal per open action item whose due date has passed on `today`; it closes once done. */
export function actionItemOverdueSignals(items: readonly SignalActionItem[], today: string): ComputedSignal[] {
  return items
    .filter((a) => a.dueDate < today)
    .map((a) => {
      const block: BuildingBlockKey = BUILDING_BLOCK_KEYS.find((key) => a.buildingBlocks.includes(key)) ?? 'monitoring'
      return {
        kind: 'action_item_overdue',
        dedupeKey: `action_item_overdue:${a.id}`,
        regionCode: a.regionCode,
        buildingBlock: block,
        summary: `Actiepunt “${a.description}” (${a.ownerName}) uit ${a.meetingTitle} moest klaar zijn op ${a.dueDate}.`,
        evidence: { actionItemId: a.id, description: a.description, owner: a.ownerName, dueDate: a.dueDate, meetingId: a.meetingId },
        links: [{ kind: 'meeting', ref: String(a.meetingId), label: a.meetingTitle }],
      }
    })
}
