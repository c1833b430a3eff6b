// The municipalities of a computed scenario, historical and objective and along the path.
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { CHART_COLORS, Chart } from '#app/components/ui/chart.tsx'
import { formatCents, formatInteger } from '#app/lib/format.ts'
import { DataTable, TotalRow } from '#app/components/ui/data-table.tsx'
import { type ScenarioResult, yearColumns } from './shared.tsx'
import { itemAt } from '@bt/domain'

type Municipality = ScenarioResult['municipalities'][number]

function MunicipalitiesTable({ result }: { result: ScenarioResult }) {
  const year = result.pipeline.year
  return (
    <DataTable id="tabel-gemeenten" caption={`Bedragen per gemeente, begrotingsjaar ${year}`} label="Tabel: bedragen per gemeente" rows={result.municipalities} rowKey={(m) => m.code} columns={[
      {
        key: 'gemeente',
        header: 'Gemeente',
        rowHeader: true,
        cell: (m) => (
          <>
            {m.name}
            {m.isCentral ? <span className="bt-muted"> (centrumgemeente)</span> : null}
          </>
        ),
      },
      { key: 'inwoners', header: 'Inwoners', numeric: true, cell: (m) => formatInteger(m.inhabitants) },
      { key: 'historisch', header: 'Historisch', numeric: true, cell: (m) => formatCents(m.historicalCents) },
      { key: 'objectief', header: 'Objectief', numeric: true, cell: (m) => formatCents(m.objectiveCents) },
      { key: 'per-inwoner', header: 'Objectief per inwoner', numeric: true, cell: (m) => (m.perInhabitantCents === null ? '–' : formatCents(m.perInhabitantCents)) },
      { key: 'wlz', header: 'Wlz-uitname vooraf', numeric: true, cell: (m) => formatCents(m.wlzWithdrawalCents) },
      { key: 'jaar', header: `In ${year}`, numeric: true, cell: (m) => formatCents(m.budgetYearCents) },
    ]} />
  )
}

function MunicipalityPathTable({ result }: { result: ScenarioResult }) {
  const region = result.scope.kind === 'region' ? result.regions[0] : undefined
  return (
    <DataTable
      id="tabel-gemeenten-jaren"
      caption="Bedrag per gemeente per jaar van het ingroeipad"
      label="Tabel: bedrag per gemeente per jaar"
      rows={result.municipalities}
      rowKey={(m) => m.code}
      columns={[{ key: 'gemeente', header: 'Gemeente', rowHeader: true, cell: (m) => m.name }, ...yearColumns(result.years, (m: Municipality) => m.amountsByYear, formatCents)]}
      footer={
        region ? (
          <>
            {/* The members add up to the region to the cent each year: both rows show it. */}
            <TotalRow label="Som van de gemeenten" values={result.years.map((y, k) => formatCents(result.municipalities.reduce((s, m) => s + itemAt(m.amountsByYear, k), 0)))} />
            <TotalRow label={region.name} values={region.amountsByYear.map(formatCents)} />
          </>
        ) : null
      }
    />
  )
}

export function MunicipalitiesSection({ result }: { result: ScenarioResult }) {
  const region = result.scope.kind === 'region'
  const first = result.years[0]
  const last = result.years.at(-1)
  return (
    <section aria-labelledby="gemeenten" className="bt-section">
      <Heading2 id="gemeenten">Per gemeente</Heading2>
      <Paragraph>
        Historisch krijgen alleen centrumgemeenten geld; vergelijk een gemeente daarom pas na een
        verdeelmodel binnen de regio (zie hieronder), niet los.
      </Paragraph>
      {region && first && last ? (
        <div className="bt-chart-pair bt-chart-pair--stacked">
          <Chart
            type="bar"
            unit="cents"
            title={`Bedrag per gemeente in ${first.year} (historisch) en ${last.year} (objectief)`}
            describedBy="tabel-gemeenten"
            height={Math.max(16, result.municipalities.length * 2)}
            horizontal
            labels={result.municipalities.map((m) => m.name)}
            series={[
              {
                label: `${first.year} (historisch)`,
                values: result.municipalities.map((m) => m.historicalCents),
                color: CHART_COLORS[0],
              },
              {
                label: `${last.year} (objectief)`,
                values: result.municipalities.map((m) => m.objectiveCents),
                color: CHART_COLORS[1],
              },
            ]}
          />
          <MunicipalitiesTable result={result} />
        </div>
      ) : (
        <details className="bt-details">
          <summary>Alle {result.municipalities.length} gemeenten</summary>
          <MunicipalitiesTable result={result} />
        </details>
      )}
      <details className="bt-details">
        <summary>Bedrag per gemeente per jaar</summary>
        <MunicipalityPathTable result={result} />
      </details>
    </section>
  )
}
