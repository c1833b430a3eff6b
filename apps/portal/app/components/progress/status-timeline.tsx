import { StatusBadge } from '#app/components/ui/status-badge.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import type { StatusKey } from '@bt/domain'

/** One recorded change of a sub-line's status. */
export interface TimelineChange {
  id: number
  momentDate: string
  momentLabel: string
  status: StatusKey
  note: string
  plannedDate: string | null
  prepared: boolean
}

/** A sub-line's timeline: every change with its decision moment, status and note, oldest first. */
export function StatusTimeline({ label, changes, headingId }: { label: string; changes: readonly TimelineChange[]; headingId: string }) {
  return (
    <TableScroll label={`Tijdlijn: ${label}`}>
      <table className="utrecht-table bt-table" aria-describedby={headingId}>
        <caption className="utrecht-table__caption">{label}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Besluitmoment</th>
            <th className="utrecht-table__header-cell" scope="col">Status</th>
            <th className="utrecht-table__header-cell" scope="col">Toelichting</th>
            <th className="utrecht-table__header-cell" scope="col">Gepland gereed</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {changes.map((c) => (
            <tr key={c.id} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {formatIsoDate(c.momentDate)} ({c.momentLabel}){c.prepared ? ', voorbereid: nog niet gepubliceerd' : ''}
              </th>
              <td className="utrecht-table__cell">
                <StatusBadge status={c.status} />
              </td>
              <td className="utrecht-table__cell">{c.note}</td>
              <td className="utrecht-table__cell">{c.plannedDate ? formatIsoDate(c.plannedDate) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
