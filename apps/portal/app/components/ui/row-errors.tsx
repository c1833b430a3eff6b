import { Heading2, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { TableScroll } from './table-scroll.tsx'

/** A problem in one row and column of a spreadsheet (or one agreement of a selection). */
export interface RowError {
  /** Which file, when an import reads several. */
  file?: string
  /** 0 means the whole file. */
  row: number
  column: string
  message: string
}

/**
 * The errors of an import or bulk change as an alert with a table: (file,) row, column, message.
 * A file column appears when any error names its file.
 */
export function RowErrors({
  errors,
  title,
  intro,
  rowLabel = 'Rij',
  caption,
  tableLabel = 'Fouten',
  id = 'fouten',
}: {
  errors: readonly RowError[]
  title: string
  intro: ReactNode
  rowLabel?: string
  caption?: string
  tableLabel?: string
  id?: string
}) {
  const withFile = errors.some((e) => e.file !== undefined)
  const th = 'utrecht-table__header-cell'
  const td = 'utrecht-table__cell'
  return (
    <section className="utrecht-alert utrecht-alert--error bt-row-errors" role="alert" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      <Paragraph>{intro}</Paragraph>
      <TableScroll label={tableLabel}>
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">
            {caption ?? `${errors.length === 1 ? '1 fout' : `${errors.length} fouten`}; rij 1 is de kopregel`}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {withFile ? (
                <th scope="col" className={th}>
                  Bestand
                </th>
              ) : null}
              <th scope="col" className={th}>
                {rowLabel}
              </th>
              <th scope="col" className={th}>
                Kolom
              </th>
              <th scope="col" className={th}>
                Fout
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {errors.map((e, i) => (
              <tr key={i} className="utrecht-table__row">
                {withFile ? <td className={td}>{e.file}</td> : null}
                <td className={td}>{e.row > 0 ? e.row : 'Hele bestand'}</td>
                <td className={td}>{e.column}</td>
                <td className={td}>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
