// A computed scenario: the pipeline, the phase-in path, regions, municipalities, the sharing model and
// the Wlz settlement, each chart with a table of the same numbers beside it.
import { formatIndicationEnds, SHARING_MODEL_LABELS, type ScenarioSchedule } from '@bt/domain'
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react'
import { CHART_COLORS, Chart } from '#app/components/ui/chart.tsx'
import { formatBasisPoints, formatCents, formatFraction } from '#app/lib/format.ts'
import { MunicipalitiesSection } from './municipalities-section.tsx'
import { RegionsSection } from './regions-section.tsx'
import { scopeLabel } from './scope-label.ts'
import { SharingSection } from './sharing-section.tsx'
import { WlzSection } from './wlz-section.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import type { ScenarioResult } from './shared.tsx'


export { scopeLabel }

/** Where an outflow schedule came from: the saved indication end dates or yearly rate (issue 18 item 7). */
function outflowText(from: Extract<ScenarioSchedule, { kind: 'outflow' }>['derivedFrom']): string {
  if (from?.kind === 'indicationEnds')
    return `uit de einddata van de indicaties: ${formatIndicationEnds(from.groups)}`
  if (from?.kind === 'outflowRate')
    return `uit een uitstroom van ${formatBasisPoints(from.basisPoints, { signed: false })} per jaar`
  return 'uit de uitstroom van bestaande cliënten'
}

function Summary({ result }: { result: ScenarioResult }) {
  const { pipeline, parameters } = result
  const scheduleText =
    parameters.schedule.kind === 'linear'
      ? `lineair in ${parameters.schedule.steps} stappen`
      : parameters.schedule.kind === 'outflow'
        ? outflowText(parameters.schedule.derivedFrom)
        : 'eigen percentages per stap'
  return (
    <>
      <dl className="bt-facts">
        <div>
          <dt>Macrobudget BW {pipeline.year}</dt>
          <dd>{formatCents(pipeline.macroBudgetCents)}</dd>
        </div>
        {pipeline.moMacroBudgetCents ? (
          <div>
            <dt>Macrobudget MO (bij de centrumgemeenten)</dt>
            <dd>{formatCents(pipeline.moMacroBudgetCents)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Landelijke inkoop</dt>
          <dd>{formatCents(pipeline.nationalPurchasingCents)}</dd>
        </div>
        <div>
          <dt>Wlz-uitname vooraf (uit BW)</dt>
          <dd>{formatCents(pipeline.wlzWithdrawalCents)}</dd>
        </div>
        <div>
          <dt>Te verdelen BW</dt>
          <dd>{formatCents(pipeline.distributableCents)}</dd>
        </div>
      </dl>
      <Paragraph>
        Begrotingsjaar {pipeline.year} is stap {pipeline.step} van het ingroeipad ({scheduleText},
        stap 1 in {parameters.startYear}): {formatFraction(pipeline.fraction)} objectief,{' '}
        {formatFraction(1 - pipeline.fraction)} historisch.
        {result.sharing ? ` Verdeelmodel: ${SHARING_MODEL_LABELS[result.sharing.kind]}.` : ''}
      </Paragraph>
      {result.fromPublishedAmounts ? (
        <Paragraph>
          Het ingroeipad van {scopeLabel(result)} is berekend uit de gepubliceerde bedragen:
          historisch {formatCents(parameters.published?.historicalCents ?? 0)}, objectief{' '}
          {formatCents(parameters.published?.objectiveCents ?? 0)}. De gemeenten delen{' '}
          {result.membersFromPublished
            ? 'naar hun gepubliceerde objectieve bedrag (geïmporteerd uit het rekenbestand)'
            : 'naar hun objectieve aandeel in de gegevensset'}{' '}
          en tellen elk jaar op tot het bedrag van de regio.
          {result.moFromPublished
            ? ` Het MO-deel (${parameters.published?.mo ? `ingevuld: historisch ${formatCents(parameters.published.mo.historicalCents)}, objectief ${formatCents(parameters.published.mo.objectiveCents)}` : 'uit het rekenbestand'}) blijft bij de centrumgemeente; de gemeenten delen alleen het BW-deel.`
            : ''}
        </Paragraph>
      ) : null}
      <Warnings warnings={result.warnings ?? []} />
    </>
  )
}

/** Results outside plausible bounds, each with why (issue 18 item 8). */
function Warnings({ warnings }: { warnings: readonly { code: string; message: string }[] }) {
  if (warnings.length === 0) return null
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>Controleer deze uitkomst.</strong> Er is gerekend, maar:
      </Paragraph>
      <ul className="utrecht-unordered-list">
        {warnings.map((w) => (
          <li key={w.code} className="utrecht-unordered-list__item">
            {w.message}
          </li>
        ))}
      </ul>
    </Alert>
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
        <DataTable id="tabel-ingroeipad" caption="Budget per jaar" label="Tabel: budget per jaar" rows={result.years} rowKey={(y) => y.year} columns={[
          {
            key: 'jaar',
            header: 'Jaar',
            rowHeader: true,
            cell: (y) => (
              <>
                {y.year} <span className="bt-muted">(stap {y.step})</span>
              </>
            ),
          },
          { key: 'objectief', header: 'Objectief', numeric: true, cell: (y) => formatFraction(y.fraction) },
          { key: 'centrum', header: central, numeric: true, cell: (y) => formatCents(y.centralCents) },
          { key: 'overige', header: 'Overige gemeenten', numeric: true, cell: (y) => formatCents(y.otherCents) },
          { key: 'totaal', header: 'Totaal', numeric: true, cell: (y) => formatCents(y.totalCents) },
        ]} />
      </div>
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
