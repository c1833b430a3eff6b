// The regions of a computed scenario: historical against objective and each region's yearly change
// (DOMAIN.md §6.6, §8), each chart with its table.
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { CHART_COLORS, Chart } from '#app/components/ui/chart.tsx'
import { formatBasisPoints, formatCents, formatSignedCents } from '#app/lib/format.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import type { ScenarioResult } from './shared.tsx'


function RegionsTable({ result }: { result: ScenarioResult }) {
  return (
    <DataTable id="tabel-regios" caption="Historisch en objectief per regio" label="Tabel: regio's historisch en objectief" rows={result.regions} rowKey={(r) => r.code} columns={[
      { key: 'regio', header: 'Regio', rowHeader: true, cell: (r) => r.name },
      { key: 'historisch', header: 'Historisch', numeric: true, cell: (r) => formatCents(r.historicalCents) },
      { key: 'objectief', header: 'Objectief', numeric: true, cell: (r) => formatCents(r.objectiveCents) },
      { key: 'verschil', header: 'Verschil', numeric: true, cell: (r) => `${formatSignedCents(r.changeCents)} (${formatBasisPoints(r.changeBasisPoints)})` },
      { key: 'daling', header: 'Grootste daling', numeric: true, cell: (r) => (r.largestDecline ? `${formatSignedCents(r.largestDecline.changeCents)} in ${r.largestDecline.year}` : 'geen') },
    ]} />
  )
}

/** One region: its change from year to year along the path, as a chart and a table. */
function RegionChanges({ region }: { region: ScenarioResult['regions'][number] }) {
  const changes = region.changes ?? []
  return (
    <div className="bt-chart-pair">
      <Chart
        type="bar"
        unit="cents"
        title={`Verandering van het budget van ${region.name} ten opzichte van het jaar ervoor`}
        describedBy="tabel-veranderingen"
        labels={changes.map((c) => String(c.year))}
        series={[
          {
            label: 'Verandering',
            values: changes.map((c) => c.changeCents),
            color: CHART_COLORS[0],
          },
        ]}
      />
      <DataTable id="tabel-veranderingen" caption="Verandering per jaar" label="Tabel: verandering per jaar" rows={changes} rowKey={(c) => c.year} columns={[
        { key: 'jaar', header: 'Jaar', rowHeader: true, cell: (c) => c.year },
        { key: 'verandering', header: 'Verandering', numeric: true, cell: (c) => formatSignedCents(c.changeCents) },
        { key: 'procent', header: 'Procent', numeric: true, cell: (c) => formatBasisPoints(c.changeBasisPoints) },
      ]} />
    </div>
  )
}

export function RegionsSection({ result }: { result: ScenarioResult }) {
  const regions = result.regions
  const nation = result.scope.kind === 'nation'
  return (
    <section aria-labelledby="regios" className="bt-section">
      <Heading2 id="regios">
        {nation ? 'Winnaars en verliezers per regio' : 'Historisch tegenover objectief'}
      </Heading2>
      <Paragraph>
        Het historische bedrag van een regio (jaar nul) tegenover de som van de objectieve bedragen
        van haar gemeenten (na de laatste stap), en de grootste daling van jaar op jaar.
      </Paragraph>
      {nation ? (
        <div className="bt-chart-pair">
          <Chart
            type="bar"
            unit="basisPoints"
            horizontal
            height={60}
            title="Verschil tussen objectief en historisch per regio, in procenten"
            describedBy="tabel-regios"
            labels={regions.map((r) => r.name.replace(/^Regio /, ''))}
            series={[
              {
                label: 'Verschil',
                values: regions.map((r) => r.changeBasisPoints ?? 0),
                color: CHART_COLORS[0],
              },
            ]}
          />
          <RegionsTable result={result} />
        </div>
      ) : (
        <>
          <RegionsTable result={result} />
          {regions[0] ? <RegionChanges region={regions[0]} /> : null}
        </>
      )}
    </section>
  )
}
