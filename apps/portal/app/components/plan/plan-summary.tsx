import type { RouterOutputs } from '@bt/api'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatIsoDate } from '#app/lib/format.ts'

/**
 * The region page's view of its plan: how many of the six elements are done, and per member
 * municipality which version of the regiovisie its council adopted, and when.
 */
export function PlanSummary({ slug, plan }: { slug: string; plan: RouterOutputs['plan']['summary'] }) {
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
          <DataTable caption="Vaststelling van de regiovisie per gemeente" label="Vaststelling van de regiovisie" rows={plan.councils} rowKey={(c) => c.municipalityCode} columns={[
              { key: 'gemeente', header: 'Gemeente', rowHeader: true, cell: (c) => c.municipalityName },
              {
                key: 'versie',
                header: 'Vastgestelde versie',
                cell: (c) => (c.latestAdoption ? `Versie ${c.latestAdoption.versionNumber}${c.adoptsCurrent ? ' (huidige)' : ' (eerdere versie)'}` : 'Nog niet vastgesteld'),
              },
              { key: 'datum', header: 'Datum raadsbesluit', cell: (c) => (c.latestAdoption ? formatIsoDate(c.latestAdoption.decisionDate) : '—') },
            ]} />
        </>
      ) : (
        <Paragraph>
          Er is nog geen regiovisie vastgelegd. <Link to={`/regio/${slug}/regiovisie`}>Naar de regiovisie</Link>
        </Paragraph>
      )}
    </section>
  )
}
