import { StatusBadge } from '#app/components/ui/status-badge.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
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
    <DataTable caption={label} label={`Tijdlijn: ${label}`} describedBy={headingId} rows={changes} rowKey={(c) => c.id} columns={[
        { key: 'moment', header: 'Besluitmoment', rowHeader: true, cell: (c) => `${formatIsoDate(c.momentDate)} (${c.momentLabel})${c.prepared ? ', voorbereid: nog niet gepubliceerd' : ''}` },
        { key: 'status', header: 'Status', cell: (c) => <StatusBadge status={c.status} /> },
        { key: 'toelichting', header: 'Toelichting', cell: (c) => c.note },
        { key: 'gepland', header: 'Gepland gereed', cell: (c) => (c.plannedDate ? formatIsoDate(c.plannedDate) : '–') },
      ]} />
  )
}
