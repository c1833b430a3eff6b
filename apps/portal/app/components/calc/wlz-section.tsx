// The Wlz ex-post settlement of a computed scenario (DOMAIN.md §6.3), as a table.
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { formatCents, formatInteger, formatSignedCents } from '#app/lib/format.ts'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import type { ScenarioResult } from './shared.tsx'

type WlzLine = NonNullable<ScenarioResult['wlz']>['lines'][number]

const COLUMNS: Column<WlzLine>[] = [
  { key: 'centrumgemeente', header: 'Centrumgemeente', rowHeader: true, cell: (l) => l.name },
  { key: 'clienten', header: 'Cliënten meegeteld', numeric: true, cell: (l) => formatInteger(l.countedClients) },
  { key: 'verdwijnend', header: 'Verdwijnende kosten', numeric: true, cell: (l) => formatCents(l.disappearingCostsCents) },
  { key: 'bijdragen', header: 'Gemiste eigen bijdragen', numeric: true, cell: (l) => formatCents(l.lostOwnContributionsCents) },
  { key: 'werkelijk', header: 'Werkelijk', numeric: true, cell: (l) => formatCents(l.actualCents) },
  { key: 'vooraf', header: 'Uitname vooraf', numeric: true, cell: (l) => formatCents(l.exAnteCents) },
  {
    key: 'verrekening',
    header: 'Verrekening',
    numeric: true,
    cell: (l) => (
      <>
        {formatSignedCents(l.settlementCents)} <span className="bt-muted">({l.direction === 'owes' ? 'betaalt bij' : l.direction === 'receives' ? 'krijgt terug' : 'verrekend'})</span>
      </>
    ),
  },
]

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
          <DataTable
            caption="Wlz-verrekening per centrumgemeente"
            label="Tabel: Wlz-verrekening per centrumgemeente"
            columns={COLUMNS}
            rows={wlz.lines}
            rowKey={(l) => l.code}
          />
        </>
      )}
    </section>
  )
}
