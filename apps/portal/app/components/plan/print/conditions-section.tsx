import { CONDITIONS } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { agreementStageLabel, conditionTitle } from '#app/components/plan/labels.ts'
import { PrintTable } from '#app/components/ui/print.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import type { PrintAgreement, PrintConditionTotal } from './types.ts'

function AgreementRows({ slug, agreements }: { slug: string; agreements: readonly PrintAgreement[] }) {
  return agreements.map((a) => (
    <tr key={a.id} className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
        <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link>
      </th>
      <td className="utrecht-table__cell">{agreementStageLabel(a.stage)}</td>
      <td className="utrecht-table__cell bt-nowrap">
        {a.dueDate ? formatIsoDate(a.dueDate) : 'geen'}
        {a.delayed ? ' (vertraagd)' : ''}
      </td>
    </tr>
  ))
}

/** Section 2 of the print: the count per Dannenberg condition, then the agreements under each. */
export function ConditionsSection({
  slug,
  agreements,
  conditionTotals,
}: {
  slug: string
  agreements: readonly PrintAgreement[]
  conditionTotals: readonly PrintConditionTotal[]
}) {
  const withoutCondition = agreements.filter((a) => a.conditions.length === 0)
  return (
    <section aria-labelledby="condities" className="bt-print-section">
      <Heading2 id="condities">2. Afspraken per conditie</Heading2>
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
              2.{c.number} {c.label}
            </Heading3>
            {rows.length === 0 ? (
              <Paragraph>Geen afspraken: een witte vlek.</Paragraph>
            ) : (
              <PrintTable caption={`Afspraken bij conditie ${c.number}. ${c.label}`} captionHidden head={['Afspraak', 'Stadium', 'Streefdatum']}>
                <AgreementRows slug={slug} agreements={rows} />
              </PrintTable>
            )}
          </div>
        )
      })}
      {withoutCondition.length > 0 ? (
        <div className="bt-print-block">
          <Heading3>Afspraken zonder conditie</Heading3>
          <PrintTable caption="Afspraken waarbij nog geen conditie is gekozen" captionHidden head={['Afspraak', 'Stadium', 'Streefdatum']}>
            <AgreementRows slug={slug} agreements={withoutCondition} />
          </PrintTable>
        </div>
      ) : null}
    </section>
  )
}
