import type { IndicatorUnit } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ChartWithTable } from '#app/components/ui/chart-with-table.tsx'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatDecimal } from '#app/lib/format.ts'
import { chartUnitOf, coverageText, formatIndicatorValue } from './indicator-values.ts'

export interface RegionFigureRow {
  code: string
  name: string
  slug: string | null
  from: 'region' | 'municipalities'
  value: number | null
  partialValue: number | null
  completeness: string
  covered: number
  of: number
  provisional: boolean
  perThousand: number | null
  explanation: string | null
}

/**
 * Regions side by side for one period: a sortable table with each region's own explanation beside its
 * figure, and a bar chart of the same numbers. For conversation, not a league table: the default order
 * is by name.
 */
export function RegionComparison({ title, unit, period, rows, perThousand, recordsHref }: {
  title: string
  unit: IndicatorUnit
  period: string
  rows: readonly RegionFigureRow[]
  perThousand: boolean
  /** For an indicator computed from the records: where a region's records behind its figure are listed. */
  recordsHref?: (regionCode: string) => string
}) {
  const byName = [...rows].sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const columns: Column<RegionFigureRow>[] = [
    { key: 'regio', header: 'Regio', rowHeader: true, sortValue: (r) => r.name, cell: (r) => (r.slug ? <Link to={`/regio/${r.slug}`}>{r.name}</Link> : r.name) },
    { key: 'waarde', header: 'Waarde', numeric: true, sortValue: (r) => r.value ?? -Infinity, cell: (r) => formatIndicatorValue(unit, r.value) },
    ...(perThousand
      ? [{ key: 'per1000', header: 'Per 1.000 inwoners', numeric: true, sortValue: (r: RegionFigureRow) => r.perThousand ?? -Infinity, cell: (r: RegionFigureRow) => (r.perThousand === null ? '–' : formatDecimal(r.perThousand)) }]
      : []),
    {
      key: 'status',
      header: 'Volledigheid',
      cell: (r) =>
        [r.from === 'region' ? 'gemeld door de regio' : coverageText(r, 'gemeenten') || 'alle gemeenten', r.provisional ? 'voorlopig' : '', r.partialValue !== null ? `som van de bekende gemeenten: ${formatIndicatorValue(unit, r.partialValue)}` : '']
          .filter(Boolean)
          .join('; '),
    },
    { key: 'toelichting', header: 'Toelichting van de regio', cell: (r) => r.explanation ?? '' },
    ...(recordsHref ? [{ key: 'registraties', header: 'Registraties', cell: (r: RegionFigureRow) => <Link to={recordsHref(r.code)}>Registraties van {r.name}</Link> }] : []),
  ]
  return (
    <section aria-labelledby="regios">
      <Heading2 id="regios">Regio&apos;s in {period}</Heading2>
      <Paragraph>
        Een vergelijking om over in gesprek te gaan, geen ranglijst. Lees elk cijfer met de toelichting van de regio. Een regio waarvan niet
        alle gemeenten een waarde hebben, krijgt geen totaal.
      </Paragraph>
      <DataTable caption={`${title} per regio, ${period}`} columns={columns} rows={byName} rowKey={(r) => r.code} param="regio" />
      <ChartWithTable
        type="bar"
        horizontal
        height={Math.max(300, byName.length * 18)}
        title={`${title} per regio (staafdiagram), ${period}`}
        categoryLabel="Regio"
        categories={byName.map((r) => r.name)}
        unit={chartUnitOf(unit)}
        series={[{ label: 'Waarde', values: byName.map((r) => r.value) }]}
      />
    </section>
  )
}
