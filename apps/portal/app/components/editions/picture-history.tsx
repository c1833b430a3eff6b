import { EDITION_TRANSITIONS, type EditionAction, type PictureItem } from '@bt/domain'
import { Heading2 } from '@utrecht/component-library-react'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
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
          <TableScroll label="Stappen van het beeld">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">Elke stap van het beeld in deze editie</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Moment</th>
                  <th scope="col" className="utrecht-table__header-cell">Stap</th>
                  <th scope="col" className="utrecht-table__header-cell">Door</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {events.map((e) => (
                  <tr key={e.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{formatDateTime(e.at)}</td>
                    <td className="utrecht-table__cell">{actionLabel(e.action)}</td>
                    <td className="utrecht-table__cell">{e.byLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
    </>
  )
}
