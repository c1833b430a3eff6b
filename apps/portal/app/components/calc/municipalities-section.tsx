// The municipalities of a computed scenario, historical and objective and along the path.
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { CHART_COLORS, Chart } from '#app/components/ui/chart.tsx'
import { formatCents, formatInteger } from '#app/lib/format.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { ScenarioResult } from './shared.tsx'
import { itemAt } from '@bt/domain'

const th = 'utrecht-table__header-cell'
const num = 'utrecht-table__cell utrecht-table__cell--numeric'

function MunicipalitiesTable({ result }: { result: ScenarioResult }) {
  const year = result.pipeline.year
  return (
    <TableScroll label="Tabel: bedragen per gemeente">
      <table className="utrecht-table utrecht-table--html-table" id="tabel-gemeenten">
        <caption className="utrecht-table__caption">
          Bedragen per gemeente, begrotingsjaar {year}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className={th}>
              Gemeente
            </th>
            <th scope="col" className={th}>
              Inwoners
            </th>
            <th scope="col" className={th}>
              Historisch
            </th>
            <th scope="col" className={th}>
              Objectief
            </th>
            <th scope="col" className={th}>
              Objectief per inwoner
            </th>
            <th scope="col" className={th}>
              Wlz-uitname vooraf
            </th>
            <th scope="col" className={th}>
              In {year}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {result.municipalities.map((m) => (
            <tr key={m.code} className="utrecht-table__row">
              <th scope="row" className={th}>
                {m.name}
                {m.isCentral ? <span className="bt-muted"> (centrumgemeente)</span> : null}
              </th>
              <td className={num}>{formatInteger(m.inhabitants)}</td>
              <td className={num}>{formatCents(m.historicalCents)}</td>
              <td className={num}>{formatCents(m.objectiveCents)}</td>
              <td className={num}>
                {m.perInhabitantCents === null ? '–' : formatCents(m.perInhabitantCents)}
              </td>
              <td className={num}>{formatCents(m.wlzWithdrawalCents)}</td>
              <td className={num}>{formatCents(m.budgetYearCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

function MunicipalityPathTable({ result }: { result: ScenarioResult }) {
  const region = result.scope.kind === 'region' ? result.regions[0] : undefined
  return (
    <TableScroll label="Tabel: bedrag per gemeente per jaar">
      <table className="utrecht-table utrecht-table--html-table" id="tabel-gemeenten-jaren">
        <caption className="utrecht-table__caption">
          Bedrag per gemeente per jaar van het ingroeipad
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className={th}>
              Gemeente
            </th>
            {result.years.map((y) => (
              <th key={y.year} scope="col" className={th}>
                {y.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {result.municipalities.map((m) => (
            <tr key={m.code} className="utrecht-table__row">
              <th scope="row" className={th}>
                {m.name}
              </th>
              {m.amountsByYear.map((cents, k) => (
                <td key={k} className={num}>
                  {formatCents(cents)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {region ? (
          <tfoot className="utrecht-table__footer">
            {/* The members add up to the region to the cent each year: both rows show it. */}
            <tr className="utrecht-table__row">
              <th scope="row" className={th}>
                Som van de gemeenten
              </th>
              {result.years.map((y, k) => (
                <td key={y.year} className={num}>
                  {formatCents(result.municipalities.reduce((s, m) => s + itemAt(m.amountsByYear, k), 0))}
                </td>
              ))}
            </tr>
            <tr className="utrecht-table__row">
              <th scope="row" className={th}>
                {region.name}
              </th>
              {region.amountsByYear.map((cents, k) => (
                <td key={k} className={num}>
                  {formatCents(cents)}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </TableScroll>
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
