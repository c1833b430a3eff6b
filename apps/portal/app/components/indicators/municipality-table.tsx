import type { IndicatorUnit, ValueState } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatIndicatorValue, stateText } from './indicator-values.ts'

export interface MunicipalityRow {
  code: string
  name: string
  regionName: string | null
  state: ValueState
  value: number | null
  source: string
  version: number
}

/**
 * Every municipality's cell for one period, its state in words (a suppressed cell is never a zero), and
 * its version: a corrected value links to its earlier values (`historyHref`).
 */
export function MunicipalityTable({ title, unit, period, rows, historyHref }: {
  title: string
  unit: IndicatorUnit
  period: string
  rows: readonly MunicipalityRow[]
  historyHref: (code: string) => string
}) {
  const columns: Column<MunicipalityRow>[] = [
    { key: 'gemeente', header: 'Gemeente', rowHeader: true, sortValue: (r) => r.name, cell: (r) => r.name },
    { key: 'code', header: 'Code', sortValue: (r) => r.code, cell: (r) => r.code },
    { key: 'regio', header: 'Regio', sortValue: (r) => r.regionName ?? '', cell: (r) => r.regionName ?? '–' },
    { key: 'waarde', header: 'Waarde', numeric: true, sortValue: (r) => r.value ?? -Infinity, cell: (r) => formatIndicatorValue(unit, r.value) },
    { key: 'status', header: 'Status', sortValue: (r) => r.state, cell: (r) => stateText(r.state) },
    { key: 'bron', header: 'Bron', cell: (r) => r.source },
    {
      key: 'versie',
      header: 'Versie',
      numeric: true,
      sortValue: (r) => r.version,
      cell: (r) => (r.version > 1 ? <Link to={historyHref(r.code)} aria-label={`Versie ${r.version} van ${r.name}: eerdere waarden`}>{r.version}</Link> : r.version),
    },
  ]
  return (
    <section aria-labelledby="gemeenten">
      <Heading2 id="gemeenten">Gemeenten in {period}</Heading2>
      {rows.length === 0 ? (
        <Paragraph>Er zijn voor deze periode geen waarden per gemeente.</Paragraph>
      ) : (
        <DataTable caption={`${title} per gemeente, ${period}`} columns={columns} rows={rows} rowKey={(r) => r.code} param="gemeente" />
      )}
    </section>
  )
}
