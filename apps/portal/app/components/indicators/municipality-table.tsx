import type { IndicatorUnit, ValueState } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatIndicatorValue, stateText } from './indicator-values.ts'

export interface MunicipalityRow {
  code: string
  name: string
  regionName: string | null
  state: ValueState
  value: number | null
  source: string
}

/** Every municipality's cell for one period, its state in words (a suppressed cell is never a zero). */
export function MunicipalityTable({ title, unit, period, rows }: { title: string; unit: IndicatorUnit; period: string; rows: readonly MunicipalityRow[] }) {
  const columns: Column<MunicipalityRow>[] = [
    { key: 'gemeente', header: 'Gemeente', rowHeader: true, sortValue: (r) => r.name, cell: (r) => r.name },
    { key: 'code', header: 'Code', sortValue: (r) => r.code, cell: (r) => r.code },
    { key: 'regio', header: 'Regio', sortValue: (r) => r.regionName ?? '', cell: (r) => r.regionName ?? '–' },
    { key: 'waarde', header: 'Waarde', numeric: true, sortValue: (r) => r.value ?? -Infinity, cell: (r) => formatIndicatorValue(unit, r.value) },
    { key: 'status', header: 'Status', sortValue: (r) => r.state, cell: (r) => stateText(r.state) },
    { key: 'bron', header: 'Bron', cell: (r) => r.source },
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
