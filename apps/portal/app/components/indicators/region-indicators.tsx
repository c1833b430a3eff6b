import type { IndicatorDefinition } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ChartWithTable } from '#app/components/ui/chart-with-table.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import { chartUnitOf } from './indicator-values.ts'

interface Section {
  indicator: Pick<IndicatorDefinition, 'key' | 'label' | 'unit'>
  asOf: string | null
  explanation: { body: string } | null
  series: { period: string; regionValue: number | null; nationalValue: number | null; regionCompleteness: string; regionCovered: number; regionOf: number }[]
}

/**
 * The "Indicatoren" section of a region's page: per indicator the region's recent series beside the
 * national value, with the region's own explanation next to it (never a figure without its context).
 */
export function RegionIndicators({ regionName, regionCode, slug, sections, note, canEnter }: { regionName: string; regionCode: string; slug: string; sections: readonly Section[]; note: string | null; canEnter: boolean }) {
  return (
    <section aria-labelledby="indicatoren" className="bt-section">
      <Heading2 id="indicatoren">Indicatoren</Heading2>
      {canEnter ? (
        <Paragraph>
          <Link to={`/regio/${slug}/indicatoren`}>Waarden en toelichtingen invoeren</Link>
        </Paragraph>
      ) : null}
      {note ? <Paragraph>{note}</Paragraph> : null}
      {sections.length === 0 ? <Paragraph>Er zijn nog geen indicatorwaarden voor {regionName}.</Paragraph> : null}
      {sections.map((s) => {
        const partial = s.series.filter((p) => p.regionCompleteness === 'partial')
        return (
          <article key={s.indicator.key} aria-labelledby={`indicator-${s.indicator.key}`}>
            <Heading3 id={`indicator-${s.indicator.key}`}>
              <Link to={`/indicatoren/${s.indicator.key}`}>{s.indicator.label}</Link>
            </Heading3>
            <Paragraph>
              <strong>Toelichting van de regio: </strong>
              {s.explanation?.body || 'geen toelichting gegeven.'}
            </Paragraph>
            {s.asOf ? (
              <Paragraph>
                Stand op {formatIsoDate(s.asOf)}, uit gepubliceerde registraties:{' '}
                <Link to={`/indicatoren/${s.indicator.key}?registraties=${regionCode}#registraties`}>welke registraties tellen mee</Link>.
              </Paragraph>
            ) : null}
            <ChartWithTable
              type="line"
              title={`${s.indicator.label}: ${regionName} en Nederland`}
              categoryLabel="Periode"
              categories={s.series.map((p) => p.period)}
              unit={chartUnitOf(s.indicator.unit)}
              series={[
                { label: regionName, values: s.series.map((p) => p.regionValue) },
                { label: 'Nederland', values: s.series.map((p) => p.nationalValue) },
              ]}
            />
            {partial.length ? (
              <Paragraph>
                Onvolledig (geen totaal): {partial.map((p) => `${p.period} ${p.regionCovered} van ${p.regionOf} gemeenten`).join('; ')}.
              </Paragraph>
            ) : null}
          </article>
        )
      })}
    </section>
  )
}
