import { STRATEGY_AXES, STRATEGY_SCORES } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { SelectField } from '#app/components/form-field.tsx'
import type { FormFailure } from '#app/lib/forms.ts'
import { ChoiceOptions, SectionForm } from './section-form.tsx'
import { StrategyQuadrant } from './strategy-quadrant.tsx'
import { errorAt, postedAt, type AgreementView } from './types.ts'

const SCORE_OPTIONS = STRATEGY_SCORES.map((s) => ({ key: String(s), label: s > 0 ? `+${s}` : String(s) }))

/** Item 4: the implementation strategy — where each member municipality places itself. */
export function StrategySection({ agreement, failure }: { agreement: AgreementView; failure: FormFailure | undefined }) {
  const name = new Map(agreement.members.map((m) => [m.code, m.name]))
  const places = agreement.content.strategy.map((s) => ({ code: s.municipalityCode, name: name.get(s.municipalityCode) ?? s.municipalityCode, change: s.change, focus: s.focus }))
  const place = (code: string) => agreement.content.strategy.find((s) => s.municipalityCode === code)
  const { change, focus } = STRATEGY_AXES
  return (
    <section aria-labelledby="invoeringsstrategie" className="bt-section">
      <Heading2 id="invoeringsstrategie">4. Invoeringsstrategie</Heading2>
      <Paragraph className="bt-muted">
        Het assenkruis uit de handreiking: consoliderend, onderscheidend, calculerend of vernieuwend. Waar plaatst elke gemeente zich? Zo ziet de
        regio waar de opvattingen verschillen.
      </Paragraph>
      {places.length === 0 ? <Paragraph>Nog geen gemeente geplaatst.</Paragraph> : <StrategyQuadrant places={places} />}
      {agreement.canEdit ? (
        <SectionForm
          section="strategy"
          label="Plaats van de gemeenten"
          version={agreement.version}
          failure={failure}
          conflictRows={(saved) =>
            agreement.members.map((m) => {
              const s = saved.content.strategy.find((x) => x.municipalityCode === m.code)
              return {
                label: m.name,
                current: s ? `${s.change} / ${s.focus}` : '(niet geplaatst)',
                yours: `${postedAt(failure, `places.${m.code}.change`) || '–'} / ${postedAt(failure, `places.${m.code}.focus`) || '–'}`,
              }
            })
          }
        >
          <Paragraph>
            Kies per gemeente een plek van −2 tot 2 op beide assen: {change.label.toLowerCase()} (−2 {change.low.toLowerCase()}, +2{' '}
            {change.high.toLowerCase()}) en {focus.label.toLowerCase()} (−2 {focus.low.toLowerCase()}, +2 {focus.high.toLowerCase()}).
          </Paragraph>
          {agreement.members.map((m) => {
            const saved = place(m.code)
            return (
              <fieldset key={m.code} className="bt-fieldset bt-fieldset--inline">
                <legend>{m.name}</legend>
                {(['change', 'focus'] as const).map((axis) => {
                  const id = `strategie-${m.code}-${axis}`
                  const error = errorAt(failure, `places.${m.code}.${axis}`)
                  return (
                    <SelectField
                      key={axis}
                      id={id}
                      name={`places.${m.code}.${axis}`}
                      label={`${STRATEGY_AXES[axis].label} (${m.name})`}
                      defaultValue={postedAt(failure, `places.${m.code}.${axis}`) ?? (saved ? String(saved[axis]) : '')}
                      error={error}
                    >
                      <ChoiceOptions options={SCORE_OPTIONS} empty="Niet geplaatst" />
                    </SelectField>
                  )
                })}
              </fieldset>
            )
          })}
        </SectionForm>
      ) : null}
    </section>
  )
}
