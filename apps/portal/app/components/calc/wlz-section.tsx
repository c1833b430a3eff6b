// The Wlz ex-post settlement of a computed scenario (DOMAIN.md §6.3), as a table.
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { formatCents, formatInteger, formatSignedCents } from '#app/lib/format.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { ScenarioResult } from './shared.tsx'

const th = 'utrecht-table__header-cell'
const num = 'utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data'

export function WlzSection({ result }: { result: ScenarioResult }) {
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
            gingen, min de uitname vooraf
            {wlz.withdrawalYear
              ? ` van ${wlz.withdrawalYear} (samen ${formatCents(wlz.exAnteTotalCents)})`
              : ''}
            . Positief: de centrumgemeente betaalt bij (meer uitstroom dan geraamd); negatief: zij
            krijgt geld terug. Totaal: {formatSignedCents(wlz.totalSettlementCents)}.
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
