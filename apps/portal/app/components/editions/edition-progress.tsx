import { Link } from 'react-router'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatDateTime, formatIsoDate, formatWholePercent } from '#app/lib/format.ts'

export interface ProgressRow {
  slug: string
  name: string
  stateLabel: string
  lastActivityAt: Date | null
  lastActivityByLabel: string | null
  completeness: number | null
  pictureTakenAt: Date | null
  freshestPeriod: string | null
}

/** Who has (not) reported: every region with its state, last activity, completeness and freshness; exportable. */
export function EditionProgress({ editionKey, regions }: { editionKey: string; regions: readonly ProgressRow[] }) {
  return (
    <>
      <p className="utrecht-paragraph">
        Exporteren: <a href={`/edities/${editionKey}/voortgang.csv`}>CSV</a>, <a href={`/edities/${editionKey}/voortgang.xlsx`}>XLSX</a>
      </p>
      <TableScroll label="Stand per regio">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Stand per regio in editie {editionKey}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Regio</th>
              <th scope="col" className="utrecht-table__header-cell">Stand</th>
              <th scope="col" className="utrecht-table__header-cell">Laatste activiteit</th>
              <th scope="col" className="utrecht-table__header-cell">Volledigheid</th>
              <th scope="col" className="utrecht-table__header-cell">Recentste cijfers tot</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {regions.map((r) => (
              <tr key={r.slug} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  <Link to={`/edities/${editionKey}/${r.slug}`}>{r.name}</Link>
                </td>
                <td className="utrecht-table__cell">{r.stateLabel}</td>
                <td className="utrecht-table__cell">{r.lastActivityAt ? `${formatDateTime(r.lastActivityAt)} (${r.lastActivityByLabel ?? ''})` : '—'}</td>
                <td className="utrecht-table__cell">{r.completeness === null ? '—' : formatWholePercent(r.completeness)}</td>
                <td className="utrecht-table__cell">{r.freshestPeriod ? formatIsoDate(r.freshestPeriod) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
