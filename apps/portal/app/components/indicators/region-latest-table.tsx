import type { IndicatorUnit } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatIndicatorValue } from './indicator-values.ts'

/** One indicator's latest figure for the region (`indicator.regionLatest`, ADR 043). */
export interface LatestRow {
  indicator: { key: string; label: string; unit: IndicatorUnit }
  period: string
  regionValue: number | null
  nationalValue: number | null
  partial: { covered: number; of: number } | null
  hasExplanation: boolean
}

function regionFigure(row: LatestRow): string {
  const value = formatIndicatorValue(row.indicator.unit, row.regionValue)
  return row.partial ? `${value} (onvolledig: ${row.partial.covered} van ${row.partial.of} gemeenten)` : value
}

function columnsFor(regionName: string, monitoring: string): Column<LatestRow>[] {
  return [
    { key: 'indicator', header: 'Indicator', rowHeader: true, cell: (r) => <Link to={`/indicatoren/${r.indicator.key}`}>{r.indicator.label}</Link> },
    { key: 'periode', header: 'Periode', cell: (r) => r.period },
    { key: 'regio', header: regionName, numeric: true, cell: regionFigure },
    { key: 'nederland', header: 'Nederland', numeric: true, cell: (r) => formatIndicatorValue(r.indicator.unit, r.nationalValue) },
    {
      key: 'toelichting',
      header: 'Toelichting van de regio',
      cell: (r) =>
        r.hasExplanation ? (
          <Link to={`${monitoring}#indicator-${r.indicator.key}`}>
            <span className="bt-visually-hidden">Toelichting bij {r.indicator.label}:</span> ja
          </Link>
        ) : (
          'nee'
        ),
    },
  ]
}

/**
 * The "Indicatoren" section of a region's page: one row per indicator with its latest figure for the
 * region beside the national one. The series, charts and explanations are on the monitoring page.
 */
export function RegionLatestTable({ regionName, slug, rows, note, canEnter }: { regionName: string; slug: string; rows: readonly LatestRow[]; note: string | null; canEnter: boolean }) {
  const monitoring = `/regio/${slug}/monitoring`
  return (
    <section aria-labelledby="indicatoren" className="bt-section">
      <Heading2 id="indicatoren">Indicatoren</Heading2>
      <Paragraph>
        <Link to={monitoring}>Monitoring: het verloop per indicator, met grafieken en toelichtingen</Link>
        {canEnter ? (
          <>
            {' · '}
            <Link to={`/regio/${slug}/indicatoren`}>Waarden en toelichtingen invoeren</Link>
          </>
        ) : null}
      </Paragraph>
      {note ? <Paragraph>{note}</Paragraph> : null}
      {rows.length === 0 ? (
        <Paragraph>Er zijn nog geen indicatorwaarden voor {regionName}.</Paragraph>
      ) : (
        <DataTable caption={`Laatste cijfers van ${regionName} en Nederland`} label="Tabel: laatste cijfers per indicator" describedBy="indicatoren" columns={columnsFor(regionName, monitoring)} rows={rows} rowKey={(r) => r.indicator.key} />
      )}
    </section>
  )
}
