import type { RouterOutputs } from '@bt/api'
import { Link } from 'react-router'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatIsoDate } from '#app/lib/format.ts'

type Decision = RouterOutputs['meeting']['decisions'][number]

/** Decisions of the steering group as a table: when, where, about what, and what was decided. */
export function DecisionTable({ decisions, caption, linkMeetings }: { decisions: readonly Decision[]; caption: string; linkMeetings: boolean }) {
  return (
    <DataTable caption={caption} hideCaption rows={decisions} rowKey={(d) => d.id} columns={[
        { key: 'datum', header: 'Datum', className: 'bt-nowrap', cell: (d) => formatIsoDate(d.meetingDate) },
        { key: 'overleg', header: 'Overleg', cell: (d) => (linkMeetings ? <Link to={`/stuurgroep/vergaderingen/${d.meetingId}`}>{d.meetingTitle}</Link> : d.meetingTitle) },
        { key: 'onderwerp', header: 'Onderwerp', cell: (d) => d.title },
        { key: 'besluit', header: 'Besluit', className: 'bt-pre', cell: (d) => d.decision },
        { key: 'regios', header: 'Regio’s', cell: (d) => d.regions.map((r) => r.name).join(', ') || '—' },
      ]} />
  )
}
