// The regions of a computed scenario: historical against objective and each region's yearly change
// (DOMAIN.md §6.6, §8), each chart with its table.
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { CHART_COLORS, Chart } from '#app/components/ui/chart.tsx'
import { formatBasisPoints, formatCents, formatSignedCents } from '#app/lib/format.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { ScenarioResult } from './shared.tsx'

const th = 'utrecht-table__header-cell'
const num = 'utrecht-table__cell utrecht-table__cell--numeric'

function RegionsTable({ result }: { result: ScenarioResult }) {
  return (
    <TableScroll label="Tabel: regio's historisch en objectief">
      <table className="utrecht-table utrecht-table--html-table" id="tabel-regios">
        <caption className="utrecht-table__caption">Historisch en objectief per regio</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className={th}>
              Regio
            </th>
            <th scope="col" className={th}>
              Historisch
            </th>
            <th scope="col" className={th}>
              Objectief
            </th>
            <th scope="col" className={th}>
              Verschil
            </th>
            <th scope="col" className={th}>
              Grootste daling
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {result.regions.map((r) => (
            <tr key={r.code} className="utrecht-table__row">
              <th scope="row" className={th}>
                {r.name}
              </th>
              <td className={num}>{formatCents(r.historicalCents)}</td>
              <td className={num}>{formatCents(r.objectiveCents)}</td>
              <td className={num}>
                {formatSignedCents(r.changeCents)} ({formatBasisPoints(r.changeBasisPoints)})
              </td>
              <td className={num}>
                {r.largestDecline
                  ? `${formatSignedCents(r.largestDecline.changeCents)} in ${r.largestDecline.year}`
                  : 'geen'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
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
      <TableScroll label="Tabel: verandering per jaar">
        <table className="utrecht-table utrecht-table--html-table" id="tabel-veranderingen">
          <caption className="utrecht-table__caption">Verandering per jaar</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>
                Jaar
              </th>
              <th scope="col" className={th}>
                Verandering
              </th>
              <th scope="col" className={th}>
                Procent
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {changes.map((c) => (
              <tr key={c.year} className="utrecht-table__row">
                <th scope="row" className={th}>
                  {c.year}
                </th>
                <td className={num}>{formatSignedCents(c.changeCents)}</td>
                <td className={num}>{formatBasisPoints(c.changeBasisPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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
