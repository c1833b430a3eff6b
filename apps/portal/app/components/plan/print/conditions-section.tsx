import { CONDITIONS } from '@bt/domain'
import { Heading3, Paragraph } from '@utrecht/component-library-react'
import { agreementStageLabel, conditionTitle } from '#app/components/plan/labels.ts'
import { PrintTable } from '#app/components/ui/print.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import { agreementAnchor, PrintSection, printSectionNumber } from './sections.tsx'
import type { PrintAgreement, PrintConditionTotal } from './types.ts'

function AgreementRows({ agreements }: { agreements: readonly PrintAgreement[] }) {
  return agreements.map((a) => (
    <tr key={a.id} className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
        <a href={`#${agreementAnchor(a.id)}`}>{a.title}</a>
      </th>
      <td className="utrecht-table__cell">{agreementStageLabel(a.stage)}</td>
      <td className="utrecht-table__cell bt-nowrap">
        {a.dueDate ? formatIsoDate(a.dueDate) : 'geen'}
        {a.delayed ? ' (vertraagd)' : ''}
      </td>
    </tr>
  ))
}

/** The print's section: the count per Dannenberg condition, then the agreements under each. */
export function ConditionsSection({
  agreements,
  conditionTotals,
}: {
  agreements: readonly PrintAgreement[]
  conditionTotals: readonly PrintConditionTotal[]
}) {
  const withoutCondition = agreements.filter((a) => a.conditions.length === 0)
  return (
    <PrintSection id="condities">
      <Paragraph>
        De acht condities voor sociale inclusie van de commissie Dannenberg, met de afspraken die eraan bijdragen. Een
        witte vlek is een conditie zonder enige (niet vervallen) afspraak.
      </Paragraph>
      <PrintTable caption="Aantal afspraken per conditie" head={['Conditie', 'Afspraken', 'Witte vlek']}>
        {conditionTotals.map((c) => (
          <tr key={c.condition} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
              {conditionTitle(c.condition)}
            </th>
            <td className="utrecht-table__cell">{c.total}</td>
            <td className="utrecht-table__cell">{c.isWhiteSpot ? 'Ja, witte vlek' : 'Nee'}</td>
          </tr>
        ))}
      </PrintTable>
      {CONDITIONS.map((c) => {
        const rows = agreements.filter((a) => a.conditions.includes(c.key))
        return (
          <div key={c.key} className="bt-print-block">
            <Heading3>
              {printSectionNumber('condities')}.{c.number} {c.label}
            </Heading3>
            {rows.length === 0 ? (
              <Paragraph>Geen afspraken: een witte vlek.</Paragraph>
            ) : (
              <PrintTable caption={`Afspraken bij conditie ${c.number}. ${c.label}`} captionHidden head={['Afspraak', 'Stadium', 'Streefdatum']}>
                <AgreementRows agreements={rows} />
              </PrintTable>
            )}
          </div>
        )
      })}
      {withoutCondition.length > 0 ? (
        <div className="bt-print-block">
          <Heading3>Afspraken zonder conditie</Heading3>
          <PrintTable caption="Afspraken waarbij nog geen conditie is gekozen" captionHidden head={['Afspraak', 'Stadium', 'Streefdatum']}>
            <AgreementRows agreements={withoutCondition} />
          </PrintTable>
        </div>
      ) : null}
    </PrintSection>
  )
}
