// Compared scenarios: one chart of the money per year with its table, and the key figures per
// scenario in one table (not a route module).
import type { RouterOutputs } from '@bt/api'
import { Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { ChartWithTable } from '#app/components/ui/chart-with-table.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import {
  formatBasisPoints,
  formatCents,
  formatInteger,
  formatSignedCents,
} from '#app/lib/format.ts'

type Compared = RouterOutputs['calc']['compare']['scenarios'][number]

function scopeOf(s: Compared): string {
  return s.scope.kind === 'region' ? s.scope.name : 'Landelijk (centrumgemeenten)'
}

/** One key figure: a row of the table, with a value per scenario. */
interface KeyFigure {
  label: string
  value: (s: Compared) => ReactNode
}

const ROWS: KeyFigure[] = [
  { label: 'Voor', value: scopeOf },
  { label: 'Macrobudget BW', value: (s) => formatCents(s.macroBudgetCents) },
  {
    label: 'Wlz-uitname',
    value: (s) =>
      `${formatBasisPoints(s.wlzWithdrawalBasisPoints, { signed: false })}: ${formatCents(s.wlzWithdrawalCents)}`,
  },
  { label: 'Te verdelen na uitname en inkoop', value: (s) => formatCents(s.distributableCents) },
  { label: 'Stappen in het ingroeipad', value: (s) => formatInteger(s.steps) },
  { label: 'Historisch (jaar nul)', value: (s) => formatCents(s.historicalCents) },
  { label: 'Objectief (laatste stap)', value: (s) => formatCents(s.objectiveCents) },
  {
    label: 'Verandering',
    value: (s) => (s.changeBasisPoints === null ? '–' : formatBasisPoints(s.changeBasisPoints)),
  },
  {
    label: 'Grootste daling in één jaar',
    value: (s) =>
      s.largestDecline
        ? `${s.largestDecline.year}: ${formatSignedCents(s.largestDecline.changeCents)}${
            s.largestDecline.changeBasisPoints === null
              ? ''
              : ` (${formatBasisPoints(s.largestDecline.changeBasisPoints)})`
          }`
        : s.seriesKind === 'region'
          ? 'Geen daling'
          : '–',
  },
  {
    label: 'Wlz-verrekening achteraf (totaal)',
    value: (s) =>
      s.wlzSettlementCents === null ? 'Geen Wlz-gegevens' : formatSignedCents(s.wlzSettlementCents),
  },
  {
    label: 'Waarschuwingen',
    value: (s) => (s.warnings.length === 0 ? 'Geen' : s.warnings.join(' ')),
  },
]

export function ComparisonView({ scenarios }: { scenarios: readonly Compared[] }) {
  const years = [...new Set(scenarios.flatMap((s) => s.years))].sort((a, b) => a - b)
  return (
    <>
      <Paragraph>
        Per scenario het bedrag per jaar langs het ingroeipad: voor een regio het bedrag van de
        regio (BW en MO), landelijk het bedrag van alle centrumgemeenten samen (het deel dat nog
        historisch wordt verdeeld).
      </Paragraph>
      <ChartWithTable
        type="line"
        title="Bedrag per jaar per scenario"
        categoryLabel="Jaar"
        categories={years.map(String)}
        series={scenarios.map((s) => ({
          label: s.label,
          values: years.map((year) => {
            const index = s.years.indexOf(year)
            return index === -1 ? null : (s.amountsByYear[index] ?? null)
          }),
        }))}
        unit="cents"
      />
      <DataTable
        caption="Kerncijfers per scenario"
        label="Tabel: kerncijfers per scenario"
        className="bt-comparison-table"
        columns={[
          { key: 'kerncijfer', header: 'Kerncijfer', rowHeader: true, cell: (row: KeyFigure) => row.label },
          ...scenarios.map((s, i) => ({ key: `scenario-${i}`, header: s.label, numeric: true, cell: (row: KeyFigure) => row.value(s) })),
        ]}
        rows={ROWS}
        rowKey={(row) => row.label}
      />
    </>
  )
}
