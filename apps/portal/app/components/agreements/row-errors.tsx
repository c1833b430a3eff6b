import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { TableScroll } from './table-scroll.tsx'

/** A problem in one row and column of a spreadsheet (or one agreement of a selection). */
export interface RowError {
  row: number
  column: string
  message: string
}

/** The errors of an import or bulk change as a table: row, column, message. */
export function RowErrors({
  errors,
  title,
  intro,
  rowLabel = 'Rij',
  caption,
  id = 'fouten',
}: {
  errors: readonly RowError[]
  title: string
  intro: string
  rowLabel?: string
  caption?: string
  id?: string
}) {
  return (
    <section className="utrecht-alert utrecht-alert--error bt-row-errors" role="alert" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      <Paragraph>{intro}</Paragraph>
      <TableScroll label="Fouten">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">
            {caption ?? `${errors.length === 1 ? '1 fout' : `${errors.length} fouten`}; rij 1 is de kopregel`}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {rowLabel}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Kolom
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Fout
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {errors.map((e, i) => (
              <tr key={i} className="utrecht-table__row">
                <td className="utrecht-table__cell">{e.row > 0 ? e.row : 'Hele bestand'}</td>
                <td className="utrecht-table__cell">{e.column}</td>
                <td className="utrecht-table__cell">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
