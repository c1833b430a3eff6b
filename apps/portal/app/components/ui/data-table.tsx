import type { ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router'
import { TableScroll } from './table-scroll.tsx'

/** One column: its header, how a row shows in it and, for a sortable column, the value it sorts by. */
export interface Column<Row> {
  key: string
  header: string
  cell: (row: Row) => ReactNode
  /** A column with a sort value gets a sortable header. */
  sortValue?: (row: Row) => string | number
  numeric?: boolean
  /** The row's header cell (`<th scope="row">`): one column names the row. */
  rowHeader?: boolean
  /** Extra classes for the column's body cells (e.g. `bt-nowrap`). */
  className?: string
}

type Direction = 'oplopend' | 'aflopend'

const collator = new Intl.Collator('nl-NL', { numeric: true, sensitivity: 'base' })

function compare(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
}

/**
 * A table in a named scroll box (with its scroll cue). Sortable headers are links that set
 * `?sorteer=<key>&volgorde=oplopend|aflopend`, so sorting works without JavaScript and a sorted
 * view can be shared; `aria-sort` tells screen readers the order. `param` keeps two tables on one
 * page apart.
 */
export function DataTable<Row>({
  caption,
  label = caption,
  columns,
  rows,
  rowKey,
  param = 'sorteer',
  hideCaption = false,
  describedBy,
  className,
  empty,
  id,
  footer,
}: {
  caption: string
  label?: string
  /** The caption names the table for screen readers only (a heading above already shows it). */
  hideCaption?: boolean
  /** The id of what describes the table (e.g. the heading of its section). */
  describedBy?: string
  /** Extra classes for the table (e.g. its column widths). */
  className?: string
  /** What one full-width row says when there are no rows (without it, an empty body). */
  empty?: ReactNode
  /** The table's id (a chart beside it names it in aria-describedby). */
  id?: string
  /** Rows of a `<tfoot>` (e.g. totals). */
  footer?: ReactNode
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string | number
  param?: string
}) {
  const [searchParams] = useSearchParams()
  const sortKey = searchParams.get(param)
  const direction: Direction = searchParams.get(`${param}-volgorde`) === 'aflopend' ? 'aflopend' : 'oplopend'
  const sortColumn = columns.find((c) => c.key === sortKey && c.sortValue)
  const sorted = sortColumn?.sortValue ? sortRows(rows, sortColumn.sortValue, direction) : rows

  const hrefFor = (key: string) => {
    const next = new URLSearchParams(searchParams)
    next.set(param, key)
    next.set(`${param}-volgorde`, key === sortKey && direction === 'oplopend' ? 'aflopend' : 'oplopend')
    return `?${next.toString()}`
  }

  return (
    <TableScroll label={label}>
      <table id={id} className={`utrecht-table utrecht-table--html-table${className ? ` ${className}` : ''}`} aria-describedby={describedBy}>
        <caption className={hideCaption ? 'bt-visually-hidden' : 'utrecht-table__caption'}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c) => {
              const active = c.key === sortColumn?.key
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={`utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`}
                  aria-sort={active ? (direction === 'oplopend' ? 'ascending' : 'descending') : c.sortValue ? 'none' : undefined}
                >
                  {c.sortValue ? (
                    <Link to={hrefFor(c.key)} preventScrollReset replace className="bt-sort">
                      {c.header}
                      <span aria-hidden="true" className="bt-sort__icon">
                        {active ? (direction === 'oplopend' ? ' ▲' : ' ▼') : ' ⇅'}
                      </span>
                      <span className="bt-visually-hidden">
                        {active && direction === 'oplopend' ? ', sorteer aflopend' : ', sorteer oplopend'}
                      </span>
                    </Link>
                  ) : (
                    c.header
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {sorted.length === 0 && empty ? (
            <tr className="utrecht-table__row">
              <td colSpan={columns.length} className="utrecht-table__cell">
                {empty}
              </td>
            </tr>
          ) : null}
          {sorted.map((row) => (
            <tr key={rowKey(row)} className="utrecht-table__row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={cellClass('utrecht-table__header-cell', c)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cellClass(`utrecht-table__cell${c.numeric ? ' utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data' : ''}`, c)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer ? <tfoot className="utrecht-table__footer">{footer}</tfoot> : null}
      </table>
    </TableScroll>
  )
}

/** A footer row: a row header and numeric cells (e.g. a total per year). */
export function TotalRow({ label, values }: { label: ReactNode; values: readonly ReactNode[] }) {
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">
        {label}
      </th>
      {values.map((value, k) => (
        <td key={k} className="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
          {value}
        </td>
      ))}
    </tr>
  )
}

function cellClass<Row>(base: string, column: Column<Row>): string {
  return column.className ? `${base} ${column.className}` : base
}

/** The rows in the column's order; equal values keep their original order (a stable sort). */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => string | number, direction: Direction): Row[] {
  const sign = direction === 'oplopend' ? 1 : -1
  return [...rows].sort((a, b) => sign * compare(value(a), value(b)))
}
