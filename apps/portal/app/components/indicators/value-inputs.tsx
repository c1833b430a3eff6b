import { VALUE_STATES, VALUE_STATE_LABELS, type IndicatorDefinition } from '@bt/domain'
import type { FieldErrors } from '#app/lib/forms.ts'

export interface CurrentValue {
  state: string
  value: number | null
  numerator: number | null
  denominator: number | null
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n).replace('.', ','))

function Input({ name, label, defaultValue, error }: { name: string; label: string; defaultValue: string; error?: string }) {
  const id = name.replace(/\./g, '-')
  return (
    <div className={`utrecht-form-field bt-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      {error ? <div className="utrecht-form-field__error-message bt-field__error" id={`${id}-error`}>{error}</div> : null}
      <input id={id} name={name} defaultValue={defaultValue} inputMode="decimal" className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
    </div>
  )
}

/**
 * The inputs of one value in the entry form, by the indicator's unit: a ratio asks numerator and
 * denominator (the value is computed), an ordinal or yes/no a choice, anything else a number; always a
 * state, so "geheim" or "ontbreekt" is said rather than typed as zero.
 */
export function ValueInputs({ index, indicator, current, errors }: { index: number; indicator: IndicatorDefinition; current: CurrentValue | null; errors: FieldErrors | undefined }) {
  const name = (field: string) => `values.${index}.${field}`
  const errorOf = (field: string) => errors?.[name(field)]?.[0]
  const amount = indicator.unit === 'amount_cents' && current?.value != null ? current.value / 100 : current?.value
  const choices =
    indicator.unit === 'ordinal' ? indicator.ordinalLevels.map((l) => ({ value: String(l.value), label: `${l.value} – ${l.label}` })) : indicator.unit === 'yes_no' ? [{ value: '1', label: 'Ja' }, { value: '0', label: 'Nee' }] : null
  const stateId = name('state').replace(/\./g, '-')
  return (
    <fieldset className="bt-fieldset">
      <legend>{indicator.label}</legend>
      <input type="hidden" name={name('indicatorKey')} value={indicator.key} />
      <div className="bt-field">
        <label className="utrecht-form-label" htmlFor={stateId}>Status</label>
        <select id={stateId} name={name('state')} defaultValue={current?.state ?? 'missing'} className="utrecht-select utrecht-select--html-select">
          {VALUE_STATES.map((s) => (
            <option key={s} value={s}>{VALUE_STATE_LABELS[s]}</option>
          ))}
        </select>
      </div>
      {indicator.aggregation === 'ratio' ? (
        <>
          <Input name={name('numerator')} label="Teller" defaultValue={text(current?.numerator)} error={errorOf('numerator')} />
          <Input name={name('denominator')} label="Noemer" defaultValue={text(current?.denominator)} error={errorOf('denominator')} />
          {errorOf('value') ? <div className="bt-field__error">{errorOf('value')}</div> : null}
        </>
      ) : choices ? (
        <div className={`bt-field${errorOf('value') ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor={`${stateId}-value`}>Waarde</label>
          {errorOf('value') ? <div className="bt-field__error">{errorOf('value')}</div> : null}
          <select id={`${stateId}-value`} name={name('value')} defaultValue={text(current?.value)} className="utrecht-select utrecht-select--html-select">
            <option value="">(geen)</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>{c.label}</option>
            ))}
          </select>
        </div>
      ) : (
        <Input name={name('value')} label={indicator.unit === 'amount_cents' ? 'Waarde (€)' : 'Waarde'} defaultValue={text(amount)} error={errorOf('value')} />
      )}
    </fieldset>
  )
}
