// The region's sharing model: what each member pays, receives, bears and ends up with in the budget
// year, and its result year by year (DOMAIN.md §6.6: municipalities only after sharing).
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { itemAt, SHARING_MODEL_LABELS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { CHART_COLORS, Chart } from '#app/components/ui/chart.tsx'
import { formatBasisPoints, formatCents, formatSignedCents } from '#app/lib/format.ts'
import { type ScenarioResult } from './shared.tsx'

type Sharing = NonNullable<ScenarioResult['sharing']>

const th = 'utrecht-table__header-cell'
const num = 'utrecht-table__cell utrecht-table__cell--numeric'

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
  const extra = sharing.lines.some((l) => l.shareBasisPoints !== null)
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
      <TableScroll label={`Tabel: verdeelmodel per gemeente in ${year}`}>
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Verdeelmodel per gemeente in {year}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>
                Gemeente
              </th>
              <th scope="col" className={th}>
                Eigen bedrag
              </th>
              {extra === 'share' ? (
                <th scope="col" className={th}>
                  Passend aandeel
                </th>
              ) : null}
              {extra === 'local' ? (
                <th scope="col" className={th}>
                  Lokale ondersteuning
                </th>
              ) : null}
              <th scope="col" className={th}>
                Betaalt
              </th>
              <th scope="col" className={th}>
                Ontvangt
              </th>
              <th scope="col" className={th}>
                Draagt
              </th>
              <th scope="col" className={th}>
                Resultaat
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {sharing.lines.map((l) => (
              <tr key={l.code} className="utrecht-table__row">
                <th scope="row" className={th}>
                  {l.name}
                </th>
                <td className={num}>{formatCents(l.amountCents)}</td>
                {extra === 'share' ? (
                  <td className={num}>
                    {formatBasisPoints(l.shareBasisPoints, { signed: false })}
                  </td>
                ) : null}
                {extra === 'local' ? (
                  <td className={num}>
                    {formatCents(l.localSupportCents ?? 0)}
                    {l.uncompensatedCents ? (
                      <span className="bt-muted">
                        {' '}
                        ({formatCents(l.uncompensatedCents)} niet gecompenseerd)
                      </span>
                    ) : null}
                  </td>
                ) : null}
                <td className={num}>{formatCents(l.paysCents)}</td>
                <td className={num}>{formatCents(l.receivesCents)}</td>
                <td className={num}>{formatSignedCents(l.bearsCents)}</td>
                <td className={num}>{formatSignedCents(l.resultCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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
        <TableScroll label="Tabel: resultaat per gemeente per jaar">
          <table className="utrecht-table utrecht-table--html-table" id="tabel-resultaat-jaren">
            <caption className="utrecht-table__caption">
              Resultaat per gemeente per jaar, met de grootste daling
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
                <th scope="col" className={th}>
                  Grootste daling
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {sharing.byYear.map((m) => (
                <tr key={m.code} className="utrecht-table__row">
                  <th scope="row" className={th}>
                    {m.name}
                  </th>
                  {m.resultCentsByYear.map((cents, k) => (
                    <td key={k} className={num}>
                      {formatSignedCents(cents)}
                    </td>
                  ))}
                  <td className={num}>
                    {m.largestDecline
                      ? `${formatSignedCents(m.largestDecline.changeCents)} in ${m.largestDecline.year}`
                      : 'geen'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  )
}
