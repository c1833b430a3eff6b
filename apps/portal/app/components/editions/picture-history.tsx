import { EDITION_TRANSITIONS, type EditionAction, type PictureItem } from '@bt/domain'
import { Heading2 } from '@utrecht/component-library-react'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatDateTime } from '#app/lib/format.ts'

const actionLabel = (action: string) => (action in EDITION_TRANSITIONS ? EDITION_TRANSITIONS[action as EditionAction].label : action) // checked against the table's keys

/** The adviser's comments per round and every step of the picture. */
export function PictureHistory({
  comments,
  events,
  items,
}: {
  comments: { id: number; reviewRound: number; itemKey: string; body: string; authorLabel: string; createdAt: Date }[]
  events: { id: number; action: string; at: Date; byLabel: string }[]
  items: PictureItem[]
}) {
  const labelOf = new Map(items.map((i) => [i.key, i.label]))
  return (
    <>
      {comments.length > 0 ? (
        <section aria-labelledby="opmerkingen" className="bt-section">
          <Heading2 id="opmerkingen">Opmerkingen van de adviseur</Heading2>
          <ul className="bt-review-comments">
            {comments.map((c) => (
              <li key={c.id}>
                <strong>{labelOf.get(c.itemKey) ?? c.itemKey}</strong> (ronde {c.reviewRound}, {c.authorLabel}, {formatDateTime(c.createdAt)}): {c.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {events.length > 0 ? (
        <section aria-labelledby="stappen" className="bt-section">
          <Heading2 id="stappen">Stappen</Heading2>
          <DataTable caption="Elke stap van het beeld in deze editie" label="Stappen van het beeld" rows={events} rowKey={(e) => e.id} columns={[
              { key: 'moment', header: 'Moment', cell: (e) => formatDateTime(e.at) },
              { key: 'stap', header: 'Stap', cell: (e) => actionLabel(e.action) },
              { key: 'door', header: 'Door', cell: (e) => e.byLabel },
            ]} />
        </section>
      ) : null}
    </>
  )
}
