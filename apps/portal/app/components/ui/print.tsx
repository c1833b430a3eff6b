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

/**
 * Opens the browser's print dialog. The print pages are served without React (ADR 047): the small
 * script public/print-button.js (React puts it in the head once) handles the click; without
 * JavaScript the text beside the button says how to print.
 */
export function PrintButton() {
  return (
    <>
      <script src="/print-button.js" async />
      <button type="button" data-print-button className="utrecht-button utrecht-button--secondary-action bt-print-button">
        Afdrukken of opslaan als pdf
      </button>
    </>
  )
}
