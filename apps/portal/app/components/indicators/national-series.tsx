import type { IndicatorUnit } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { ChartWithTable } from '#app/components/ui/chart-with-table.tsx'
import { chartUnitOf, coverageText, formatIndicatorValue } from './indicator-values.ts'

export interface SeriesPoint {
  period: string
  value: number | null
  source: string | null
  state: string
  isPublishedTotal: boolean
  withheld: boolean
  partialValue: number | null
  completeness: string
  covered: number
  of: number
  distribution: { level: number; count: number }[] | null
  indelingNote: string | null
}

/**
 * The national series: a line chart with the table beside it, then the notes a reader needs — which
 * points are published totals and their source, which are provisional, partial or withheld.
 */
export function NationalSeries({ title, unit, series }: { title: string; unit: IndicatorUnit; series: readonly SeriesPoint[] }) {
  if (series.length === 0) {
    return (
      <section aria-labelledby="landelijk">
        <Heading2 id="landelijk">Landelijk</Heading2>
        <Paragraph>Er zijn nog geen waarden voor deze indicator.</Paragraph>
      </section>
    )
  }
  const chartUnit = chartUnitOf(unit === 'yes_no' ? 'percentage' : unit)
  const sources = [...new Set(series.flatMap((p) => (p.isPublishedTotal && p.source ? [p.source] : [])))]
  const notes = series.filter((p) => p.state === 'provisional' || p.completeness !== 'complete' || p.withheld || p.indelingNote)
  const hasDistribution = series.some((p) => p.distribution)
  return (
    <section aria-labelledby="landelijk">
      <Heading2 id="landelijk">Landelijk</Heading2>
      {hasDistribution ? null : (
        <ChartWithTable type="line" title={`${title}, landelijk`} categoryLabel="Periode" categories={series.map((p) => p.period)} unit={chartUnit} series={[{ label: 'Nederland', values: series.map((p) => p.value) }]} />
      )}
      {hasDistribution ? <DistributionTable title={title} series={series} /> : null}
      {sources.length ? <Paragraph>Gepubliceerde totalen: {sources.join('; ')}. Deze worden nooit vervangen door een optelling van afgeronde cellen.</Paragraph> : null}
      {notes.length ? (
        <ul className="utrecht-unordered-list" aria-label="Toelichting bij de landelijke reeks">
          {notes.map((p) => (
            <li key={p.period}>
              {p.period}:{' '}
              {[
                p.state === 'provisional' ? 'voorlopig' : '',
                p.withheld ? 'niet getoond zonder inloggen: te weinig regio’s, het cijfer zou een regio herkenbaar maken' : coverageText(p, 'regio’s'),
                p.partialValue !== null ? `optelling van de gemelde regio’s: ${formatIndicatorValue(unit, p.partialValue)} (geen landelijk totaal)` : '',
                p.indelingNote ?? '',
              ]
                .filter(Boolean)
                .join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function DistributionTable({ title, series }: { title: string; series: readonly SeriesPoint[] }) {
  const levels = [...new Set(series.flatMap((p) => p.distribution?.map((d) => d.level) ?? []))].sort((a, b) => a - b)
  return (
    <ChartWithTable
      type="bar"
      stacked
      title={`${title}: aantal regio’s per niveau`}
      categoryLabel="Periode"
      categories={series.map((p) => p.period)}
      unit="count"
      series={levels.map((level) => ({ label: `Niveau ${level}`, values: series.map((p) => p.distribution?.find((d) => d.level === level)?.count ?? 0) }))}
    />
  )
}
