// The region's sharing model: what each member pays, receives, bears and ends up with in the budget
// year, and its result year by year (DOMAIN.md §6.6: municipalities only after sharing).
import { itemAt, SHARING_MODEL_LABELS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { CHART_COLORS, Chart } from '#app/components/ui/chart.tsx'
import { formatBasisPoints, formatCents, formatSignedCents } from '#app/lib/format.ts'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { type ScenarioResult, yearColumns } from './shared.tsx'

type Sharing = NonNullable<ScenarioResult['sharing']>
type Line = Sharing['lines'][number]
type YearResult = Sharing['byYear'][number]

/** The sharing table's columns; a model's own column (appropriate share, local support) where it has one. */
function sharingColumns(extra: 'share' | 'local' | null): Column<Line>[] {
  const own: Column<Line>[] =
    extra === 'share'
      ? [{ key: 'aandeel', header: 'Passend aandeel', numeric: true, cell: (l) => formatBasisPoints(l.shareBasisPoints, { signed: false }) }]
      : extra === 'local'
        ? [
            {
              key: 'lokaal',
              header: 'Lokale ondersteuning',
              numeric: true,
              cell: (l) => (
                <>
                  {formatCents(l.localSupportCents ?? 0)}
                  {l.uncompensatedCents ? <span className="bt-muted"> ({formatCents(l.uncompensatedCents)} niet gecompenseerd)</span> : null}
                </>
              ),
            },
          ]
        : []
  return [
    { key: 'gemeente', header: 'Gemeente', rowHeader: true, cell: (l) => l.name },
    { key: 'eigen', header: 'Eigen bedrag', numeric: true, cell: (l) => formatCents(l.amountCents) },
    ...own,
    { key: 'betaalt', header: 'Betaalt', numeric: true, cell: (l) => formatCents(l.paysCents) },
    { key: 'ontvangt', header: 'Ontvangt', numeric: true, cell: (l) => formatCents(l.receivesCents) },
    { key: 'draagt', header: 'Draagt', numeric: true, cell: (l) => formatSignedCents(l.bearsCents) },
    { key: 'resultaat', header: 'Resultaat', numeric: true, cell: (l) => formatSignedCents(l.resultCents) },
  ]
}

/** Dutch names of the models' key figures (calc's field names), in the order shown. */
const FIGURES: [key: string, label: string][] = [
  ['budgetCents', 'Budget van de regio'],
  ['contributionsCents', 'Bijdragen naar inwoners'],
  ['surplusCents', 'Overschot (+) of tekort (−)'],
  ['reserveAdditionCents', 'Naar de bestemmingsreserve'],
  ['reserveWithdrawalCents', 'Uit de bestemmingsreserve'],
  ['reserveBalanceAfterCents', 'Stand van de reserve daarna'],
  ['paybackCents', 'Terugbetaald naar inwoners'],
  ['extraContributionCents', 'Extra bijdrage'],
  ['retainedCents', 'Ingehouden door de centrumgemeente'],
  ['remainingCents', 'Over na de inhouding'],
  ['costsCents', 'Kosten'],
  ['sharedResultCents', 'Gedeeld voordeel (+) of nadeel (−)'],
  ['bedCostsCents', 'Kosten van de bedden'],
  ['claimedCents', 'Lokaal betaalde ondersteuning'],
  ['compensatedCents', 'Gecompenseerd'],
  ['remainderCents', 'Rest voor de centrumgemeente'],
]

export function SharingSection({ result, sharing }: { result: ScenarioResult; sharing: Sharing }) {
  const year = result.pipeline.year
  const extra: 'share' | 'local' | null = sharing.lines.some((l) => l.shareBasisPoints !== null)
    ? 'share'
    : sharing.lines.some((l) => l.localSupportCents !== null)
      ? 'local'
      : null
  return (
    <section aria-labelledby="verdeelmodel" className="bt-section">
      <Heading2 id="verdeelmodel">Verdeelmodel: {SHARING_MODEL_LABELS[sharing.kind]}</Heading2>
      <Paragraph>
        Per gemeente in {year}: het eigen bedrag uit het ingroeipad, wat zij in de regionale
        regeling stopt (betaalt) en eruit krijgt (ontvangt), wat zij per saldo draagt en wat zij
        overhoudt (resultaat = eigen bedrag − draagt).
      </Paragraph>
      <dl className="bt-facts">
        {FIGURES.flatMap(([key, label]) => {
          const cents = sharing.figures[key]
          return cents === undefined ? [] : [{ key, label, cents }]
        }).map(({ key, label, cents }) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>
              {key.startsWith('surplus') || key.startsWith('shared') ? formatSignedCents(cents) : formatCents(cents)}
            </dd>
          </div>
        ))}
      </dl>
      <DataTable caption={`Verdeelmodel per gemeente in ${year}`} label={`Tabel: verdeelmodel per gemeente in ${year}`} rows={sharing.lines} rowKey={(l) => l.code} columns={sharingColumns(extra)} />
      <div className="bt-chart-pair bt-chart-pair--stacked">
        <Chart
          type="line"
          unit="cents"
          title="Resultaat per gemeente per jaar na het verdeelmodel"
          describedBy="tabel-resultaat-jaren"
          labels={result.years.map((y) => String(y.year))}
          series={sharing.byYear.map((m, i) => ({
            label: m.name,
            values: m.resultCentsByYear,
            color: itemAt(CHART_COLORS, i % CHART_COLORS.length),
          }))}
        />
        <DataTable id="tabel-resultaat-jaren" caption="Resultaat per gemeente per jaar, met de grootste daling" label="Tabel: resultaat per gemeente per jaar" rows={sharing.byYear} rowKey={(m) => m.code} columns={[
            { key: 'gemeente', header: 'Gemeente', rowHeader: true, cell: (m) => m.name },
            ...yearColumns(result.years, (m: YearResult) => m.resultCentsByYear, formatSignedCents),
            { key: 'daling', header: 'Grootste daling', numeric: true, cell: (m) => (m.largestDecline ? `${formatSignedCents(m.largestDecline.changeCents)} in ${m.largestDecline.year}` : 'geen') },
          ]} />
      </div>
    </section>
  )
}
