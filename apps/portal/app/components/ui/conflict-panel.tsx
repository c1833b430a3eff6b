import { Paragraph } from '@utrecht/component-library-react'
import { useEffect, useRef, type ReactNode } from 'react'
import { TableScroll } from './table-scroll.tsx'

/** One field of a stale edit: what is saved now, and what the user typed. */
export interface ConflictRow {
  label: string
  current: ReactNode
  yours: ReactNode
}

/**
 * A stale edit (409), for every record people edit together (agreements, plan elements, texts,
 * region names, users): the saved version beside the user's input, which stays in the form below.
 * The heading takes focus when the panel appears or `focusKey` changes, because the form was
 * replaced under the user's cursor (keyboard and screen-reader users learn why).
 */
export function ConflictPanel({
  title = 'Iemand anders heeft dit intussen gewijzigd',
  intro,
  rows,
  caption = 'Opgeslagen versie naast uw invoer',
  currentHeader = 'Opgeslagen versie',
  yoursHeader = 'Uw invoer',
  headingLevel = 2,
  focusKey,
  empty = 'De opgeslagen versie en uw invoer zijn inhoudelijk gelijk.',
  id = 'conflict-titel',
}: {
  title?: string
  intro: ReactNode
  rows: readonly ConflictRow[]
  caption?: string
  currentHeader?: ReactNode
  yoursHeader?: ReactNode
  headingLevel?: 2 | 3
  focusKey?: unknown
  empty?: string
  id?: string
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusKey !== undefined) heading.current?.focus()
  }, [focusKey])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const th = 'utrecht-table__header-cell'
  return (
    <section className="utrecht-alert utrecht-alert--warning bt-conflict" role="alert" aria-labelledby={id}>
      <Heading className={`utrecht-heading-${headingLevel}`} id={id} tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      {intro}
      {rows.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <table className="utrecht-table utrecht-table--html-table bt-conflict-table">
            <caption className="utrecht-table__caption">{caption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className={th}>
                  Veld
                </th>
                <th scope="col" className={th}>
                  {currentHeader}
                </th>
                <th scope="col" className={th}>
                  {yoursHeader}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => (
                <tr key={row.label} className="utrecht-table__row">
                  <th scope="row" className={th}>
                    {row.label}
                  </th>
                  <td className="utrecht-table__cell bt-conflict__value">{row.current}</td>
                  <td className="utrecht-table__cell bt-conflict__value">{row.yours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
