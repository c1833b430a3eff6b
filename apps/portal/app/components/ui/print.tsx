import type { ReactNode } from 'react'
import { TableScroll } from './table-scroll.tsx'

// Print-ready pages (A4, PDF through the browser): the uitvoeringsplan, a meeting's agenda and minutes.
// The stylesheet's print rules repeat table headers and never split a row.

/** A print-friendly table: a caption, a header that repeats on every printed page, and rows that never split. */
export function PrintTable({
  caption,
  captionHidden = false,
  head,
  children,
}: {
  caption: string
  /** When a heading right above already says it: the caption stays for screen readers only. */
  captionHidden?: boolean
  head: string[]
  children: ReactNode
}) {
  return (
    <TableScroll label={caption}>
      <table className="utrecht-table utrecht-table--html-table bt-print-table">
        <caption className={captionHidden ? 'bt-visually-hidden' : 'utrecht-table__caption'}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h) => (
              <th key={h} scope="col" className="utrecht-table__header-cell">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </TableScroll>
  )
}

/** Opens the browser's print dialog (with JavaScript; otherwise the text beside it explains how). */
export function PrintButton() {
  return (
    <button type="button" className="utrecht-button utrecht-button--secondary-action bt-print-button" onClick={() => window.print()}>
      Afdrukken of opslaan als pdf
    </button>
  )
}
