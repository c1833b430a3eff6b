import { NVO_AGREEMENTS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatDateTime, formatWholePercent } from '#app/lib/format.ts'
import { MISSING_LABELS } from './labels.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import type { RegionAgreements } from './types.ts'

/** Completeness and freshness of a region's agreements: last change, share complete, what is missing. */
export function CompletenessSummary({
  slug,
  completeness,
  lastChange,
  total,
}: Pick<RegionAgreements, 'completeness' | 'lastChange' | 'total'> & { slug: string }) {
  const { completeBasisPoints, incomplete, nvoLevelsMissing } = completeness
  const complete = total - incomplete.length
  return (
    <section aria-labelledby="volledigheid" className="bt-section">
      <Heading2 id="volledigheid">Volledigheid en actualiteit</Heading2>
      <dl className="bt-facts">
        <div>
          <dt>Laatste wijziging</dt>
          <dd>{lastChange ? formatDateTime(lastChange) : 'Nog geen afspraken'}</dd>
        </div>
        <div>
          <dt>Volledig ingevulde afspraken</dt>
          <dd>
            {formatWholePercent(completeBasisPoints / 10_000)}{' '}
            <span className="bt-facts__detail">
              ({complete} van {total})
            </span>
          </dd>
        </div>
        <div>
          <dt>NvO-afspraken zonder niveau</dt>
          <dd>
            {nvoLevelsMissing} van {NVO_AGREEMENTS.length}
          </dd>
        </div>
      </dl>
      <Paragraph>
        Een afspraak is volledig met een geplande datum, bouwstenen, onderdelen van het uitvoeringsplan, partners en
        verantwoordelijke gemeenten.{' '}
        {nvoLevelsMissing > 0 ? (
          <>
            Voor {nvoLevelsMissing} NvO-{nvoLevelsMissing === 1 ? 'afspraak' : 'afspraken'} is nog geen niveau bepaald:{' '}
            <Link to={`/regio/${slug}/niveaus`}>bekijk de NvO-niveaus</Link>.
          </>
        ) : null}
      </Paragraph>
      {incomplete.length > 0 ? (
        <DataTable caption="Afspraken waarin nog iets ontbreekt" label="Onvolledige afspraken" rows={incomplete} rowKey={(a) => a.id} columns={[
            { key: 'afspraak', header: 'Afspraak', rowHeader: true, className: 'bt-cell-text', cell: (a) => <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link> },
            { key: 'ontbreekt', header: 'Ontbreekt', cell: (a) => a.missing.map((m) => MISSING_LABELS[m] ?? m).join(', ') },
          ]} />
      ) : null}
    </section>
  )
}
