import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatIsoDate } from '#app/lib/format.ts'
import { stageLabel } from './labels.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { RegionAgreements } from './types.ts'

type Planning = RegionAgreements['planning']
type Planned = Planning['overdue'][number]

function DueTable({ slug, caption, agreements }: { slug: string; caption: string; agreements: Planned[] }) {
  return (
    <TableScroll label={caption}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Afspraak</th>
            <th scope="col" className="utrecht-table__header-cell">Streefdatum</th>
            <th scope="col" className="utrecht-table__header-cell">Stadium</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {agreements.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell bt-cell-text">
                <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link>
              </th>
              <td className="utrecht-table__cell">
                {a.dueDate ? formatIsoDate(a.dueDate) : 'geen'}
                {a.delays.length > 0 ? ' (vertraagd)' : ''}
              </td>
              <td className="utrecht-table__cell">{stageLabel(a.stage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
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
