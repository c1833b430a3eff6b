import { OPEN_STAGES } from '@bt/domain'
import { Heading3, Paragraph } from '@utrecht/component-library-react'
import { agreementStageLabel } from '#app/components/plan/labels.ts'
import { PrintTable } from '#app/components/ui/print.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import { agreementAnchor, PrintSection } from './sections.tsx'
import type { PrintAgreement, PrintDelay } from './types.ts'

const PLANNING_LABELS: Record<string, string> = {
  overdue: 'Over tijd',
  due_soon: 'Binnen 90 dagen',
  on_schedule: 'Op schema',
  undated: 'Geen datum',
  closed: 'Afgerond',
}

/** The print's section: the open agreements by due date, and the reasons of every delay. */
export function PlanningSection({
  agreements,
  delays,
}: {
  agreements: readonly PrintAgreement[]
  delays: readonly PrintDelay[]
}) {
  const open = agreements
    .filter((a) => OPEN_STAGES.includes(a.stage))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title, 'nl'))
  return (
    <PrintSection id="planning">
      {open.length === 0 ? (
        <Paragraph>Er zijn geen open afspraken.</Paragraph>
      ) : (
        <PrintTable caption="Open afspraken op volgorde van streefdatum" head={['Afspraak', 'Streefdatum', 'Stadium', 'Stand']}>
          {open.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
                <a href={`#${agreementAnchor(a.id)}`}>{a.title}</a>
              </th>
              <td className="utrecht-table__cell bt-nowrap">{a.dueDate ? formatIsoDate(a.dueDate) : 'geen'}</td>
              <td className="utrecht-table__cell">{agreementStageLabel(a.stage)}</td>
              <td className="utrecht-table__cell">
                {PLANNING_LABELS[a.planningStatus] ?? a.planningStatus}
                {a.delayed ? ', vertraagd' : ''}
              </td>
            </tr>
          ))}
        </PrintTable>
      )}
      {delays.length > 0 ? (
        <div className="bt-print-block">
          <Heading3>Vertragingen en hun reden</Heading3>
          <ul className="utrecht-unordered-list">
            {delays.map((a) => (
              <li key={a.id}>
                {a.title}:{' '}
                {a.delays
                  .map((d) => `van ${d.previousDate ? formatIsoDate(d.previousDate) : 'geen datum'} naar ${formatIsoDate(d.newDate)} (${d.reason})`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </PrintSection>
  )
}
