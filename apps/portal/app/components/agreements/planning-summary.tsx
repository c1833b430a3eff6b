import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatIsoDate } from '#app/lib/format.ts'
import { stageLabel } from './labels.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import type { RegionPageAgreements } from '#app/server/region-page-data.server.ts'

type Planning = RegionPageAgreements['planning']
type Planned = Planning['overdue'][number]

function DueTable({ slug, caption, agreements }: { slug: string; caption: string; agreements: Planned[] }) {
  return (
    <DataTable caption={caption} rows={agreements} rowKey={(a) => a.id} columns={[
        { key: 'afspraak', header: 'Afspraak', rowHeader: true, className: 'bt-cell-text', cell: (a) => <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link> },
        { key: 'streefdatum', header: 'Streefdatum', cell: (a) => `${a.dueDate ? formatIsoDate(a.dueDate) : 'geen'}${a.delays.length > 0 ? ' (vertraagd)' : ''}` },
        { key: 'stadium', header: 'Stadium', cell: (a) => stageLabel(a.stage) },
      ]} />
  )
}

/** Planning of a region's open agreements: overdue, due within 90 days, undated, and every delay with its reason. */
export function PlanningSummary({ slug, planning }: { slug: string; planning: Planning }) {
  const { overdue, dueSoon, undated, delayed } = planning
  return (
    <section aria-labelledby="planning" className="bt-section">
      <Heading2 id="planning">Planning</Heading2>
      <ul className="utrecht-unordered-list bt-counts">
        <li>
          <strong>{overdue.length}</strong> {overdue.length === 1 ? 'afspraak is' : 'afspraken zijn'} over tijd
        </li>
        <li>
          <strong>{dueSoon.length}</strong> {dueSoon.length === 1 ? 'afspraak moet' : 'afspraken moeten'} binnen 90 dagen
          klaar zijn
        </li>
        <li>
          <strong>{delayed.length}</strong> {delayed.length === 1 ? 'afspraak is' : 'afspraken zijn'} vertraagd
        </li>
        <li>
          <strong>{undated.length}</strong> open {undated.length === 1 ? 'afspraak heeft' : 'afspraken hebben'} nog geen
          datum
        </li>
      </ul>
      <Heading3>Over tijd</Heading3>
      {overdue.length === 0 ? (
        <Paragraph>Geen afspraken over tijd.</Paragraph>
      ) : (
        <DueTable slug={slug} caption="Open afspraken waarvan de streefdatum voorbij is" agreements={overdue} />
      )}
      <Heading3>Binnen 90 dagen</Heading3>
      {dueSoon.length === 0 ? (
        <Paragraph>Geen afspraken met een streefdatum in de komende 90 dagen.</Paragraph>
      ) : (
        <DueTable slug={slug} caption="Open afspraken met een streefdatum in de komende 90 dagen" agreements={dueSoon} />
      )}
      <Heading3>Vertraagd, en waarom</Heading3>
      {delayed.length === 0 ? (
        <Paragraph>Er is geen vertraging gemeld.</Paragraph>
      ) : (
        <ul className="bt-delays">
          {delayed.map((a) => (
            <li key={a.id}>
              <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link> ({stageLabel(a.stage)})
              <ul>
                {a.delays.map((d, i) => (
                  <li key={i}>
                    Van {d.previousDate ? formatIsoDate(d.previousDate) : 'geen datum'} naar {formatIsoDate(d.newDate)}:{' '}
                    {d.reason}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
