import { BOTTLENECK_STATES, BOTTLENECK_STATE_LABELS } from '@bt/domain'
import { formatDateTime } from '#app/lib/format.ts'

const FIELD_LABELS: Record<string, string> = {
  title: 'titel',
  description: 'beschrijving',
  buildingBlocks: 'bouwstenen',
  regionCodes: "regio's",
  severity: 'ernst',
  likelihood: 'kans',
  ownerUserId: 'eigenaar',
  dueDate: 'streefdatum',
  agreementIds: 'gekoppelde afspraken',
  indicatorKeys: 'gekoppelde indicatoren',
}

function stateLabel(state: string | null): string {
  const known = BOTTLENECK_STATES.find((s) => s === state)
  return known ? BOTTLENECK_STATE_LABELS[known] : (state ?? '')
}

/** One entry of a bottleneck's history as a Dutch sentence. */
export function describeEvent(e: { event: string; fromState: string | null; toState: string | null; reason: string; changes: Record<string, unknown> | null }): string {
  if (e.event === 'created') return 'Gemeld.'
  if (e.event === 'state_changed') return `Status van “${stateLabel(e.fromState)}” naar “${stateLabel(e.toState)}”.${e.reason ? ` Reden: ${e.reason}` : ''}`
  const fields = Object.keys(e.changes ?? {}).map((f) => FIELD_LABELS[f] ?? f)
  return fields.length === 0 ? 'Opgeslagen zonder wijzigingen.' : `Gewijzigd: ${fields.join(', ')}.`
}

/** A bottleneck's history, oldest first. */
export function BottleneckHistory({
  events,
}: {
  events: readonly { id: number; event: string; fromState: string | null; toState: string | null; reason: string; changes: Record<string, unknown> | null; occurredAt: Date; actorLabel: string }[]
}) {
  return (
    <ol className="utrecht-ordered-list">
      {events.map((e) => (
        <li key={e.id}>
          {formatDateTime(e.occurredAt)} – {e.actorLabel}: {describeEvent(e)}
        </li>
      ))}
    </ol>
  )
}
