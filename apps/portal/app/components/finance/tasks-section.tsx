import { NVO_THEMES } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { agreementStageLabel } from '#app/components/plan/labels.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatIsoDate } from '#app/lib/format.ts'

export interface TaskAgreement {
  id: number
  title: string
  stage: string
  municipalities: string[]
  themes: string[]
  plannedDate: string | null
  dueDate: string | null
}

/**
 * Item 5: the division of tasks — each municipality's inspanningsverplichtingen (custom support,
 * housing, prevention) are the region's agreements tagged with plan element 3, not a second record.
 */
export function TasksSection({ slug, tasks, members, canEdit }: { slug: string; tasks: readonly TaskAgreement[]; members: readonly { code: string; name: string }[]; canEdit: boolean }) {
  const name = new Map(members.map((m) => [m.code, m.name]))
  const th = 'utrecht-table__header-cell'
  return (
    <section aria-labelledby="taakverdeling" className="bt-section">
      <Heading2 id="taakverdeling">5. Taakverdeling</Heading2>
      <Paragraph className="bt-muted">
        De inspanningsverplichtingen van elke gemeente — welk maatwerk zij biedt, wat zij doet op het terrein van wonen en van preventie — zijn
        afspraken van de regio bij planonderdeel 3 (verdeling van budget en financiële risico&apos;s).
      </Paragraph>
      {tasks.length === 0 ? (
        <Paragraph>Nog geen afspraken bij planonderdeel 3.</Paragraph>
      ) : (
        <TableScroll label="Taakverdeling">
          <table className="utrecht-table utrecht-table--html-table bt-print-table">
            <caption className="utrecht-table__caption">Afspraken bij planonderdeel 3, per gemeente</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className={th}>Afspraak</th>
                <th scope="col" className={th}>Gemeenten</th>
                <th scope="col" className={th}>Thema&apos;s</th>
                <th scope="col" className={th}>Gepland / uiterlijk</th>
                <th scope="col" className={th}>Stand</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {tasks.map((t) => (
                <tr key={t.id} className="utrecht-table__row">
                  <th scope="row" className={th}>
                    <Link to={`/regio/${slug}/afspraken/${t.id}`}>{t.title}</Link>
                  </th>
                  <td className="utrecht-table__cell">{t.municipalities.length === 0 ? 'Alle gemeenten' : t.municipalities.map((c) => name.get(c) ?? c).join(', ')}</td>
                  <td className="utrecht-table__cell">{t.themes.map((k) => NVO_THEMES.find((x) => x.key === k)?.label ?? k).join('; ') || '—'}</td>
                  <td className="utrecht-table__cell">
                    {t.plannedDate ? formatIsoDate(t.plannedDate) : '—'} / {t.dueDate ? formatIsoDate(t.dueDate) : '—'}
                  </td>
                  <td className="utrecht-table__cell">{agreementStageLabel(t.stage)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canEdit ? (
        <Paragraph>
          <Link to={`/regio/${slug}/afspraken/nieuw?planonderdeel=budget_and_risks`}>Nieuwe afspraak bij planonderdeel 3 vastleggen</Link> (het
          planonderdeel staat dan al aangevinkt).
        </Paragraph>
      ) : null}
    </section>
  )
}
