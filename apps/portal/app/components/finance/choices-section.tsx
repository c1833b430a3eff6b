import type { RouterOutputs } from '@bt/api'
import { MAIN_CHOICES } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { SelectField, TextAreaField } from '#app/components/form-field.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatCents, formatSignedCents } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'
import { ChoiceOptions, SectionForm } from './section-form.tsx'
import { errorAt, optionLabel, postedAt, type AgreementView } from './types.ts'

type FinancialAgreementPage = RouterOutputs['financialAgreement']['get']

/** A linked scenario as the API computed it on today's data. */
export type LinkedScenario = FinancialAgreementPage['scenarios'][number]

/** A scenario the editor may link. */
export type ScenarioOption = FinancialAgreementPage['scenarioOptions'][number]

/**
 * Item 3: the four main choices, each with the region's option, its reasoning and the saved /rekenen
 * scenario that carries it; per linked scenario what each member municipality pays and receives.
 */
export function ChoicesSection({
  agreement,
  scenarios,
  scenarioOptions,
  failure,
}: {
  agreement: AgreementView
  scenarios: readonly LinkedScenario[]
  scenarioOptions: readonly ScenarioOption[]
  failure: FormFailure | undefined
}) {
  const picks = agreement.content.choices
  const scenarioName = (id: string | null | undefined) => {
    if (!id) return null
    const linked = scenarios.find((s) => s.id === id)
    return (linked?.status === 'computed' ? linked.name : undefined) ?? scenarioOptions.find((s) => s.id === id)?.name ?? 'Gekoppeld scenario'
  }
  const th = 'utrecht-table__header-cell'
  const options = scenarioOptions.map((s) => ({ key: s.id, label: `${s.name} (${s.regionName ?? 'heel Nederland'})` }))
  return (
    <section aria-labelledby="hoofdkeuzes" className="bt-section">
      <Heading2 id="hoofdkeuzes">3. De vier hoofdkeuzes</Heading2>
      <TableScroll label="De vier hoofdkeuzes">
        <table className="utrecht-table utrecht-table--html-table bt-print-table">
          <caption className="utrecht-table__caption">Hoofdkeuzes van de regio</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>Hoofdkeuze</th>
              <th scope="col" className={th}>Keuze</th>
              <th scope="col" className={th}>Onderbouwing</th>
              <th scope="col" className={th}>Doorgerekend in</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {MAIN_CHOICES.map((c) => {
              const pick = picks.find((p) => p.choice === c.key)
              return (
                <tr key={c.key} className="utrecht-table__row">
                  <th scope="row" className={th}>{c.label}</th>
                  <td className="utrecht-table__cell">{optionLabel(c.options, pick?.option)}</td>
                  <td className="utrecht-table__cell">{pick?.reasoning || '—'}</td>
                  <td className="utrecht-table__cell">{scenarioName(pick?.scenarioId) ?? '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
      {scenarios.map((s) => (
        <ScenarioAmounts key={s.id} scenario={s} />
      ))}
      {agreement.canEdit ? (
        <SectionForm
          section="choices"
          label="De vier hoofdkeuzes"
          version={agreement.version}
          failure={failure}
          conflictRows={(saved) =>
            MAIN_CHOICES.map((c) => {
              const savedPick = saved.content.choices.find((p) => p.choice === c.key)
              return {
                label: c.label,
                current: `${optionLabel(c.options, savedPick?.option)}${savedPick?.reasoning ? `: ${savedPick.reasoning}` : ''}`,
                yours: `${optionLabel(c.options, postedAt(failure, `choices.${c.key}.option`))}: ${postedAt(failure, `choices.${c.key}.reasoning`) ?? ''}`,
              }
            })
          }
        >
          <Paragraph>
            Koppel per keuze een opgeslagen scenario van deze regio met een verdeelmodel (op de <Link to="/rekenen">rekenpagina</Link>, gedeeld met de
            regio): dan toont deze pagina wat elke gemeente betaalt en ontvangt.
          </Paragraph>
          {MAIN_CHOICES.map((c) => {
            const pick = picks.find((p) => p.choice === c.key)
            const base = `choices.${c.key}`
            const id = `keuze-${c.key}`
            const optionError = errorAt(failure, `${base}.option`)
            const reasoningError = errorAt(failure, `${base}.reasoning`)
            const scenarioError = errorAt(failure, `${base}.scenarioId`)
            return (
              <fieldset key={c.key} className="bt-fieldset">
                <legend>
                  <Heading3>{c.label}</Heading3>
                </legend>
                <SelectField id={id} name={`${base}.option`} label={`Keuze: ${c.label.toLowerCase()}`} defaultValue={postedAt(failure, `${base}.option`) ?? pick?.option ?? ''} error={optionError}>
                  <ChoiceOptions options={c.options} empty="Nog geen keuze" />
                </SelectField>
                <TextAreaField
                  id={`${id}-onderbouwing`}
                  name={`${base}.reasoning`}
                  label={`Onderbouwing: ${c.label.toLowerCase()}`}
                  hint="Verplicht bij een keuze."
                  rows={3}
                  className="bt-textarea"
                  defaultValue={postedAt(failure, `${base}.reasoning`) ?? pick?.reasoning ?? ''}
                  error={reasoningError}
                />
                <SelectField id={`${id}-scenario`} name={`${base}.scenarioId`} label={`Scenario: ${c.label.toLowerCase()}`} defaultValue={postedAt(failure, `${base}.scenarioId`) ?? pick?.scenarioId ?? ''} error={scenarioError}>
                  <ChoiceOptions options={options} empty="Geen scenario" />
                </SelectField>
              </fieldset>
            )
          })}
        </SectionForm>
      ) : null}
    </section>
  )
}

/** What each member municipality pays and receives under one linked scenario (budget year). */
function ScenarioAmounts({ scenario }: { scenario: LinkedScenario }) {
  if (scenario.status === 'unavailable') {
    return (
      <div className="utrecht-alert utrecht-alert--warning">
        <Paragraph>
          Het scenario bij {scenario.choices.join(' en ').toLowerCase()} kan niet worden getoond: {scenario.reason}
        </Paragraph>
      </div>
    )
  }
  const th = 'utrecht-table__header-cell'
  const num = 'utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data'
  return (
    <>
      <Heading3>
        Bedragen per gemeente: {scenario.name}
      </Heading3>
      <Paragraph className="bt-muted">
        {scenario.model}; begrotingsjaar {scenario.budgetYear}, opnieuw berekend op {scenario.datasetLabel}. Draagt de keuze voor{' '}
        {scenario.choices.join(' en ').toLowerCase()}. <Link to={`/rekenen/scenario/${encodeURIComponent(scenario.id)}`}>Scenario openen</Link>
      </Paragraph>
      <TableScroll label={`Bedragen per gemeente: ${scenario.name}`}>
        <table className="utrecht-table utrecht-table--html-table bt-print-table">
          <caption className="utrecht-table__caption">Wat elke gemeente betaalt en ontvangt ({scenario.name})</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>Gemeente</th>
              <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>Betaalt</th>
              <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>Ontvangt</th>
              <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>Resultaat</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {scenario.lines.map((l) => (
              <tr key={l.code} className="utrecht-table__row">
                <th scope="row" className={th}>{l.name}</th>
                <td className={num}>{formatCents(l.paysCents)}</td>
                <td className={num}>{formatCents(l.receivesCents)}</td>
                <td className={num}>{formatSignedCents(l.resultCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
