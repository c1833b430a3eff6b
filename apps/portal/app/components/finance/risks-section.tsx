import { RISK_LEVELS, RISK_STATUSES, isUnmeasuredHighRisk, riskRegister, type RiskRegisterLine } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { SelectField, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { FormFailure } from '#app/lib/forms.ts'
import { ChoiceOptions, SectionForm } from './section-form.tsx'
import { errorAt, optionLabel, postedAt, type AgreementView } from './types.ts'

/**
 * Item 6: the handreiking's risks start the region's register, and the region adds its own; a high
 * risk without a measure is flagged (and, published, a bottleneck signal).
 */
export function RisksSection({ agreement, failure }: { agreement: AgreementView; failure: FormFailure | undefined }) {
  const register = riskRegister(agreement.content)
  const unmeasured = register.filter(isUnmeasuredHighRisk)
  const th = 'utrecht-table__header-cell'
  return (
    <section aria-labelledby="risicos" className="bt-section">
      <Heading2 id="risicos">6. Financiële risico&apos;s</Heading2>
      {unmeasured.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <Paragraph>
            <strong>Hoog risico zonder maatregel:</strong> {unmeasured.map((r) => r.label).join('; ')}. Zodra de afspraak is gepubliceerd, wordt dit een
            signaal voor de stuurgroep.
          </Paragraph>
        </div>
      ) : null}
      <TableScroll label="Risicoregister">
        <table className="utrecht-table utrecht-table--html-table bt-print-table">
          <caption className="utrecht-table__caption">Risicoregister</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>Risico</th>
              <th scope="col" className={th}>Inschatting</th>
              <th scope="col" className={th}>Eigenaar</th>
              <th scope="col" className={th}>Maatregel</th>
              <th scope="col" className={th}>Status</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {register.map((risk) => (
              <tr key={risk.key} className="utrecht-table__row">
                <th scope="row" className={th}>
                  {risk.label}
                  {risk.own ? ' (eigen risico van de regio)' : null}
                </th>
                <td className="utrecht-table__cell">{risk.level ? optionLabel(RISK_LEVELS, risk.level) : 'Niet ingeschat'}</td>
                <td className="utrecht-table__cell">{risk.owner || '—'}</td>
                <td className="utrecht-table__cell">{risk.measure || (isUnmeasuredHighRisk(risk) ? 'Geen maatregel (hoog risico)' : '—')}</td>
                <td className="utrecht-table__cell">{optionLabel(RISK_STATUSES, risk.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {agreement.canEdit ? (
        <SectionForm
          section="risks"
          label="Het risicoregister"
          version={agreement.version}
          failure={failure}
          conflictRows={(current) =>
            riskRegister(current.content).map((s) => {
              const base = s.own ? `ownRisks.${s.key}` : `risks.${s.key}`
              return {
                label: s.label,
                current: `${s.level ? optionLabel(RISK_LEVELS, s.level) : 'Niet ingeschat'}; ${s.measure || 'geen maatregel'}`,
                yours: `${optionLabel(RISK_LEVELS, postedAt(failure, `${base}.level`))}; ${postedAt(failure, `${base}.measure`) || 'geen maatregel'}`,
              }
            })
          }
        >
          {register.map((risk) => (
            <RiskFieldset key={risk.key} risk={risk} failure={failure} />
          ))}
          <RiskFieldset risk={null} failure={failure} />
        </SectionForm>
      ) : null}
    </section>
  )
}

/** One risk's fields: a handreiking risk, a saved own risk (name and 'Verwijderen' too), or the row that adds one (risk null). */
function RiskFieldset({ risk, failure }: { risk: RiskRegisterLine | null; failure: FormFailure | undefined }) {
  const own = risk === null || risk.own
  const key = risk?.key ?? 'new'
  const base = own ? `ownRisks.${key}` : `risks.${key}`
  const id = `risico-${key}`
  const value = (field: 'label' | 'level' | 'owner' | 'measure' | 'status', fallback: string) => postedAt(failure, `${base}.${field}`) ?? fallback
  const legend = risk === null ? 'Eigen risico toevoegen' : risk.label
  return (
    <fieldset className="bt-fieldset">
      <legend>
        <Heading3>{legend}</Heading3>
      </legend>
      {own ? (
        <TextField
          id={`${id}-label`}
          name={`${base}.label`}
          label="Naam van het risico"
          hint={risk === null ? 'Laat leeg om geen risico toe te voegen.' : 'Maak leeg of vink Verwijderen aan om het risico te verwijderen.'}
          defaultValue={value('label', risk?.label ?? '')}
          error={errorAt(failure, `${base}.label`)}
        />
      ) : null}
      <SelectField id={`${id}-level`} name={`${base}.level`} label="Inschatting" defaultValue={value('level', risk?.level ?? '')} error={errorAt(failure, `${base}.level`)}>
        <ChoiceOptions options={RISK_LEVELS} empty="Niet ingeschat" />
      </SelectField>
      <TextField id={`${id}-owner`} name={`${base}.owner`} label="Eigenaar" defaultValue={value('owner', risk?.owner ?? '')} error={errorAt(failure, `${base}.owner`)} />
      <TextAreaField id={`${id}-measure`} name={`${base}.measure`} label="Maatregel" rows={3} className="bt-textarea" defaultValue={value('measure', risk?.measure ?? '')} error={errorAt(failure, `${base}.measure`)} />
      <SelectField id={`${id}-status`} name={`${base}.status`} label="Status" defaultValue={value('status', risk?.status ?? 'open')} error={errorAt(failure, `${base}.status`)}>
        {RISK_STATUSES.map((s) => (
          <option key={s.key} value={s.key}>
            {s.label}
          </option>
        ))}
      </SelectField>
      {risk?.own ? (
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <input id={`${id}-remove`} type="checkbox" name={`${base}.remove`} value="ja" defaultChecked={postedAt(failure, `${base}.remove`) !== undefined} className="utrecht-checkbox utrecht-checkbox--html-input" />{' '}
          <label htmlFor={`${id}-remove`} className="utrecht-form-label utrecht-form-label--checkbox">
            Verwijderen: {risk.label}
          </label>
        </div>
      ) : null}
    </fieldset>
  )
}
