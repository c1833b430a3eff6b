// A computed scenario: the pipeline, the phase-in path, regions, municipalities, the sharing model and
// the Wlz settlement, each chart with a table of the same numbers beside it (not a route module).
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { SHARING_MODEL_LABELS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { CHART_COLORS, Chart } from '#app/components/ui/chart.tsx'
import {
  formatBasisPoints,
  formatCents,
  formatFraction,
  formatInteger,
  formatSignedCents,
} from '#app/lib/format.ts'
import { SharingSection } from './sharing-section.tsx'
import { type ScenarioResult } from './shared.tsx'

const th = 'utrecht-table__header-cell'
const num = 'utrecht-table__cell utrecht-table__cell--numeric'

/** "Regio Zwolle" or "heel Nederland". */
export function scopeLabel(result: Pick<ScenarioResult, 'scope'>): string {
  return result.scope.kind === 'nation' ? 'heel Nederland' : result.scope.name
}

function Summary({ result }: { result: ScenarioResult }) {
  const { pipeline, parameters } = result
  const scheduleText =
    parameters.schedule.kind === 'linear'
      ? `lineair in ${parameters.schedule.steps} stappen`
      : parameters.schedule.kind === 'outflow'
        ? 'uit de uitstroom van bestaande cliënten'
        : 'eigen percentages per stap'
  return (
    <>
      <dl className="bt-facts">
        <div>
          <dt>Macrobudget {pipeline.year}</dt>
          <dd>{formatCents(pipeline.macroBudgetCents)}</dd>
        </div>
        <div>
          <dt>Landelijke inkoop</dt>
          <dd>{formatCents(pipeline.nationalPurchasingCents)}</dd>
        </div>
        <div>
          <dt>Wlz-uitname vooraf</dt>
          <dd>{formatCents(pipeline.wlzWithdrawalCents)}</dd>
        </div>
        <div>
          <dt>Te verdelen</dt>
          <dd>{formatCents(pipeline.distributableCents)}</dd>
        </div>
      </dl>
      <Paragraph>
        Begrotingsjaar {pipeline.year} is stap {pipeline.step} van het ingroeipad ({scheduleText},
        stap 1 in {parameters.startYear}): {formatFraction(pipeline.fraction)} objectief,{' '}
        {formatFraction(1 - pipeline.fraction)} historisch.
        {result.sharing ? ` Verdeelmodel: ${SHARING_MODEL_LABELS[result.sharing.kind]}.` : ''}
      </Paragraph>
    </>
  )
}

function PathSection({ result }: { result: ScenarioResult }) {
  const central = result.scope.kind === 'nation' ? 'Centrumgemeenten' : 'Centrumgemeente'
  return (
    <section aria-labelledby="ingroeipad" className="bt-section">
      <Heading2 id="ingroeipad">Ingroeipad {scopeLabel(result)}</Heading2>
      <Paragraph>
        In jaar nul gaat alles historisch naar de centrumgemeente
        {result.scope.kind === 'nation' ? 'n' : ''}; stap voor stap schuift het budget naar de
        objectieve verdeling over alle gemeenten.
      </Paragraph>
      <div className="bt-chart-pair">
        <Chart
          type="bar"
          stacked
          unit="cents"
          title={`Budget per jaar voor ${scopeLabel(result)}: centrumgemeente en overige gemeenten`}
          describedBy="tabel-ingroeipad"
          labels={result.years.map((y) => String(y.year))}
          series={[
            {
              label: central,
              values: result.years.map((y) => y.centralCents),
              color: CHART_COLORS[0],
            },
            {
              label: 'Overige gemeenten',
              values: result.years.map((y) => y.otherCents),
              color: CHART_COLORS[1],
            },
          ]}
        />
        <TableScroll label="Tabel: budget per jaar">
          <table className="utrecht-table utrecht-table--html-table" id="tabel-ingroeipad">
            <caption className="utrecht-table__caption">Budget per jaar</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className={th}>
                  Jaar
                </th>
                <th scope="col" className={th}>
                  Objectief
                </th>
                <th scope="col" className={th}>
                  {central}
                </th>
                <th scope="col" className={th}>
                  Overige gemeenten
                </th>
                <th scope="col" className={th}>
                  Totaal
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {result.years.map((y) => (
                <tr key={y.year} className="utrecht-table__row">
                  <th scope="row" className={th}>
                    {y.year} <span className="bt-muted">(stap {y.step})</span>
                  </th>
                  <td className={num}>{formatFraction(y.fraction)}</td>
                  <td className={num}>{formatCents(y.centralCents)}</td>
                  <td className={num}>{formatCents(y.otherCents)}</td>
                  <td className={num}>{formatCents(y.totalCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  )
}

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

function RegionsSection({ result }: { result: ScenarioResult }) {
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
      </table>
    </TableScroll>
  )
}

function MunicipalitiesSection({ result }: { result: ScenarioResult }) {
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

function WlzSection({ result }: { result: ScenarioResult }) {
  const wlz = result.wlz
  return (
    <section aria-labelledby="wlz" className="bt-section">
      <Heading2 id="wlz">Wlz-verrekening achteraf</Heading2>
      {wlz === null ? (
        <Paragraph>Deze gegevensset bevat geen cliëntgegevens voor de Wlz-verrekening.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Per centrumgemeente: de werkelijk verdwijnende kosten van cliënten die naar de Wlz
            gingen, min de uitname vooraf. Positief: de centrumgemeente betaalt bij (meer uitstroom
            dan geraamd); negatief: zij krijgt geld terug. Totaal:{' '}
            {formatSignedCents(wlz.totalSettlementCents)}.
          </Paragraph>
          <TableScroll label="Tabel: Wlz-verrekening per centrumgemeente">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">
                Wlz-verrekening per centrumgemeente
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className={th}>
                    Centrumgemeente
                  </th>
                  <th scope="col" className={th}>
                    Cliënten meegeteld
                  </th>
                  <th scope="col" className={th}>
                    Verdwijnende kosten
                  </th>
                  <th scope="col" className={th}>
                    Gemiste eigen bijdragen
                  </th>
                  <th scope="col" className={th}>
                    Werkelijk
                  </th>
                  <th scope="col" className={th}>
                    Uitname vooraf
                  </th>
                  <th scope="col" className={th}>
                    Verrekening
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {wlz.lines.map((l) => (
                  <tr key={l.code} className="utrecht-table__row">
                    <th scope="row" className={th}>
                      {l.name}
                    </th>
                    <td className={num}>{formatInteger(l.countedClients)}</td>
                    <td className={num}>{formatCents(l.disappearingCostsCents)}</td>
                    <td className={num}>{formatCents(l.lostOwnContributionsCents)}</td>
                    <td className={num}>{formatCents(l.actualCents)}</td>
                    <td className={num}>{formatCents(l.exAnteCents)}</td>
                    <td className={num}>
                      {formatSignedCents(l.settlementCents)}{' '}
                      <span className="bt-muted">
                        (
                        {l.direction === 'owes'
                          ? 'betaalt bij'
                          : l.direction === 'receives'
                            ? 'krijgt terug'
                            : 'verrekend'}
                        )
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  )
}

/** The whole result of a scenario, for the run page and the saved-scenario page. */
export function ScenarioResultView({ result }: { result: ScenarioResult }) {
  return (
    <div className="bt-result">
      <Summary result={result} />
      <PathSection result={result} />
      <RegionsSection result={result} />
      {result.sharing && result.scope.kind === 'region' ? (
        <SharingSection result={result} sharing={result.sharing} />
      ) : null}
      <MunicipalitiesSection result={result} />
      <WlzSection result={result} />
    </div>
  )
}
