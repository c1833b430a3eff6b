import type { RouterOutputs } from '@bt/api'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatIsoDate } from '#app/lib/format.ts'

type Plan = RouterOutputs['plan']['get']

/**
 * The region page's view of its plan: how many of the six elements are done, and per member
 * municipality which version of the regiovisie its council adopted, and when.
 */
export function PlanSummary({ slug, plan }: { slug: string; plan: Plan }) {
  const current = plan.currentVersion
  return (
    <section aria-labelledby="plan" className="bt-section">
      <Heading2 id="plan">Regionaal plan en regiovisie</Heading2>
      <Paragraph>
        {plan.completeness.done} van {plan.completeness.total} onderdelen van het plan zijn gereed.{' '}
        <Link to={`/regio/${slug}/plan`}>Naar het regionaal plan</Link>
      </Paragraph>
      {current ? (
        <>
          <Paragraph>
            {plan.adoptedCount} van {plan.councils.length} gemeenteraden hebben de huidige regiovisie (versie {current.number},{' '}
            {formatIsoDate(current.documentDate)}) vastgesteld. <Link to={`/regio/${slug}/regiovisie`}>Naar de regiovisie</Link>
          </Paragraph>
          <TableScroll label="Vaststelling van de regiovisie">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">Vaststelling van de regiovisie per gemeente</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
                  <th scope="col" className="utrecht-table__header-cell">Vastgestelde versie</th>
                  <th scope="col" className="utrecht-table__header-cell">Datum raadsbesluit</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {plan.councils.map((council) => {
                  const latest = council.adoptions[0]
                  return (
                    <tr key={council.municipalityCode} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">{council.municipalityName}</th>
                      <td className="utrecht-table__cell">
                        {latest ? `Versie ${latest.versionNumber}${council.adoptsCurrent ? ' (huidige)' : ' (eerdere versie)'}` : 'Nog niet vastgesteld'}
                      </td>
                      <td className="utrecht-table__cell">{latest ? formatIsoDate(latest.decisionDate) : '—'}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : (
        <Paragraph>
          Er is nog geen regiovisie vastgelegd. <Link to={`/regio/${slug}/regiovisie`}>Naar de regiovisie</Link>
        </Paragraph>
      )}
    </section>
  )
}
