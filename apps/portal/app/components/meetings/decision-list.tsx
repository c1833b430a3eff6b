import type { RouterOutputs } from '@bt/api'
import { Link } from 'react-router'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatIsoDate } from '#app/lib/format.ts'

type Decision = RouterOutputs['meeting']['decisions'][number]

/** Decisions of the steering group as a table: when, where, about what, and what was decided. */
export function DecisionTable({ decisions, caption, linkMeetings }: { decisions: readonly Decision[]; caption: string; linkMeetings: boolean }) {
  return (
    <TableScroll label={caption}>
      <table className="utrecht-table bt-table">
        <caption className="bt-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Datum</th>
            <th scope="col" className="utrecht-table__header-cell">Overleg</th>
            <th scope="col" className="utrecht-table__header-cell">Onderwerp</th>
            <th scope="col" className="utrecht-table__header-cell">Besluit</th>
            <th scope="col" className="utrecht-table__header-cell">Regio’s</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {decisions.map((d) => (
            <tr key={d.id} className="utrecht-table__row">
              <td className="utrecht-table__cell bt-nowrap">{formatIsoDate(d.meetingDate)}</td>
              <td className="utrecht-table__cell">
                {linkMeetings ? <Link to={`/stuurgroep/vergaderingen/${d.meetingId}`}>{d.meetingTitle}</Link> : d.meetingTitle}
              </td>
              <td className="utrecht-table__cell">{d.title}</td>
              <td className="utrecht-table__cell bt-pre">{d.decision}</td>
              <td className="utrecht-table__cell">{d.regions.map((r) => r.name).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
