import { MAIN_CHOICES, RISK_LEVELS, RISK_STATUSES, riskRegister, SITUATION_QUESTIONS, type FinancialAgreementContent } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { PrintTable } from '#app/components/ui/print.tsx'
import { formatCents, formatIsoDate, formatSignedCents } from '#app/lib/format.ts'
import type { LinkedScenario } from './choices-section.tsx'
import type { MatrixRow } from './matrix-section.tsx'
import { StrategyQuadrant } from './strategy-quadrant.tsx'
import type { TaskAgreement } from './tasks-section.tsx'
import { optionLabel } from './types.ts'

// The financial agreement in the print of the uitvoeringsplan (issue 21): the region's choices and
// the amounts per municipality, compact, in tables that never split a row.

export interface PrintFinance {
  content: FinancialAgreementContent
  members: { code: string; name: string }[]
  matrix: MatrixRow[]
  scenarios: LinkedScenario[]
  tasks: TaskAgreement[]
}

export function FinancePrintSection({ number, finance }: { number: number; finance: PrintFinance }) {
  const { content, members, matrix, scenarios, tasks } = finance
  const name = new Map(members.map((m) => [m.code, m.name]))
  const td = 'utrecht-table__cell'
  const th = 'utrecht-table__header-cell'
  return (
    <section aria-labelledby="financiele-afspraak" className="bt-print-section">
      <Heading2 id="financiele-afspraak">{number}. Financiële afspraak</Heading2>
      <Paragraph>De uitwerking van planonderdeel 3 volgens de VNG-handreiking voor regionale financiële afspraken.</Paragraph>
      <Heading3>
        {number}.1 De vier hoofdkeuzes
      </Heading3>
      <PrintTable caption="Hoofdkeuzes van de regio" captionHidden head={['Hoofdkeuze', 'Keuze', 'Onderbouwing']}>
        {MAIN_CHOICES.map((c) => {
          const pick = content.choices.find((p) => p.choice === c.key)
          return (
            <tr key={c.key} className="utrecht-table__row">
              <th scope="row" className={th}>{c.label}</th>
              <td className={td}>{optionLabel(c.options, pick?.option)}</td>
              <td className={td}>{pick?.reasoning || '—'}</td>
            </tr>
          )
        })}
      </PrintTable>
      {scenarios.map((s) =>
        s.status === 'computed' ? (
          <PrintTable key={s.id} caption={`Bedragen per gemeente, begrotingsjaar ${s.budgetYear}: ${s.name} (${s.model})`} head={['Gemeente', 'Betaalt', 'Ontvangt', 'Resultaat']}>
            {s.lines.map((l) => (
              <tr key={l.code} className="utrecht-table__row">
                <th scope="row" className={th}>{l.name}</th>
                <td className={`${td} utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data`}>{formatCents(l.paysCents)}</td>
                <td className={`${td} utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data`}>{formatCents(l.receivesCents)}</td>
                <td className={`${td} utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data`}>{formatSignedCents(l.resultCents)}</td>
              </tr>
            ))}
          </PrintTable>
        ) : (
          <Paragraph key={s.id}>Gekoppeld scenario niet getoond: {s.reason}</Paragraph>
        ),
      )}
      <Heading3>
        {number}.2 Keuzematrix
      </Heading3>
      <PrintTable caption="Keuzes in de matrix" captionHidden head={['Keuze', 'Gekozen deelkeuze', 'Onderbouwing']}>
        {matrix.map((row) => {
          const pick = content.matrix.find((m) => m.row === row.key)
          return (
            <tr key={row.key} className="utrecht-table__row">
              <th scope="row" className={th}>{row.label}</th>
              <td className={td}>{optionLabel(row.options, pick?.option)}</td>
              <td className={td}>{pick?.reasoning || '—'}</td>
            </tr>
          )
        })}
      </PrintTable>
      <Heading3>
        {number}.3 Huidige situatie
      </Heading3>
      {content.situation.length === 0 ? (
        <Paragraph>Nog geen vraag beantwoord.</Paragraph>
      ) : (
        <PrintTable caption="Huidige situatie" captionHidden head={['Vraag', 'Antwoord', 'Datum en auteur']}>
          {content.situation.map((a) => (
            <tr key={a.question} className="utrecht-table__row">
              <th scope="row" className={th}>{optionLabel(SITUATION_QUESTIONS, a.question)}</th>
              <td className={td}>{a.answer}</td>
              <td className={td}>
                {formatIsoDate(a.answeredOn)}, {a.author}
              </td>
            </tr>
          ))}
        </PrintTable>
      )}
      <Heading3>
        {number}.4 Invoeringsstrategie
      </Heading3>
      {content.strategy.length === 0 ? (
        <Paragraph>Nog geen gemeente geplaatst.</Paragraph>
      ) : (
        <StrategyQuadrant places={content.strategy.map((s) => ({ code: s.municipalityCode, name: name.get(s.municipalityCode) ?? s.municipalityCode, change: s.change, focus: s.focus }))} />
      )}
      <Heading3>
        {number}.5 Taakverdeling
      </Heading3>
      <Paragraph>
        {tasks.length === 0 ? 'Nog geen afspraken bij planonderdeel 3.' : tasks.map((t) => t.title).join('; ')}
      </Paragraph>
      <Heading3>
        {number}.6 Financiële risico&apos;s
      </Heading3>
      <PrintTable caption="Risicoregister" captionHidden head={['Risico', 'Inschatting', 'Eigenaar', 'Maatregel', 'Status']}>
        {riskRegister(content).map((risk) => (
          <tr key={risk.key} className="utrecht-table__row">
            <th scope="row" className={th}>{risk.label}</th>
            <td className={td}>{risk.level ? optionLabel(RISK_LEVELS, risk.level) : 'Niet ingeschat'}</td>
            <td className={td}>{risk.owner || '—'}</td>
            <td className={td}>{risk.measure || '—'}</td>
            <td className={td}>{optionLabel(RISK_STATUSES, risk.status)}</td>
          </tr>
        ))}
      </PrintTable>
    </section>
  )
}
