import { StatusBadge } from '#app/components/ui/status-badge.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import type { StatusKey } from '@bt/domain'

/** A sub-line with its status as of the page's moment. */
export interface SubLineView {
  id: number
  label: string
  status: StatusKey
  note: string
  plannedDate: string | null
  momentDate: string
}

/** The product sub-lines of a block with status, the date it was decided and (optionally) its note. */
export function SubLineList({ lines, showNotes = false }: { lines: readonly SubLineView[]; showNotes?: boolean }) {
  if (lines.length === 0) return <p className="utrecht-paragraph">Nog geen status vastgelegd.</p>
  return (
    <ul className="bt-sublines">
      {lines.map((line) => (
        <li key={line.id}>
          <span>{line.label}</span> <StatusBadge status={line.status} />{' '}
          <span className="bt-subline__meta">
            (besloten {formatIsoDate(line.momentDate)}
            {line.plannedDate ? `; gepland gereed ${formatIsoDate(line.plannedDate)}` : ''})
          </span>
          {showNotes ? <p className="utrecht-paragraph bt-subline__note">Toelichting: {line.note}</p> : null}
        </li>
      ))}
    </ul>
  )
}
