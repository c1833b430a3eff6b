// The building blocks of the scenario form: fieldsets, choice groups and field helpers bound to one
// react-hook-form.
import type { ScenarioFormValues } from '@bt/domain'
import type { ReactNode } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { ChoiceField, SelectField, TextField } from '#app/components/form-field.tsx'

export const text = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
export const list = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : value ? [value] : []

export function Fieldset({
  legend,
  children,
  hint,
}: {
  legend: string
  children: ReactNode
  hint?: ReactNode
}) {
  return (
    <fieldset className="utrecht-form-fieldset bt-fieldset">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {hint ? <p className="utrecht-paragraph bt-field__hint">{hint}</p> : null}
      <div className="bt-form-grid">{children}</div>
    </fieldset>
  )
}

/** A group of radio buttons or checkboxes with one legend and one error. */
export function ChoiceGroup({
  name,
  legend,
  error,
  className,
  children,
}: {
  name: string
  legend: string
  error?: string
  className?: string
  children: ReactNode
}) {
  return (
    <fieldset
      className={`utrecht-form-fieldset bt-choice-group ${className ?? ''}`}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend bt-choice-group__legend">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field__error-message bt-field__error" id={`${name}-error`}>
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  )
}

/** Text fields, selects, radios and checkboxes registered with the form, with their errors. */
export function fieldHelpers(
  form: UseFormReturn<FieldValues>,
  defaults: ScenarioFormValues,
  errorFor: (name: string) => string | undefined,
) {
  const field = (
    name: string,
    label: string,
    hint?: ReactNode,
    inputMode: 'decimal' | 'numeric' = 'decimal',
  ) => (
    <TextField
      id={name}
      label={label}
      hint={hint}
      inputMode={inputMode}
      defaultValue={text(defaults[name])}
      error={errorFor(name)}
      {...form.register(name)}
    />
  )
  const select = (
    name: string,
    label: string,
    options: readonly { value: string; label: string }[],
    hint?: string,
  ) => {
    const error = errorFor(name)
    return (
      <SelectField id={name} label={label} hint={hint} error={error} defaultValue={text(defaults[name])} {...form.register(name)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
    )
  }
  const radios = (
    name: string,
    legend: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <ChoiceGroup name={name} legend={legend} error={errorFor(name)} className="bt-form-grid__wide">
      {options.map((o) => (
        <ChoiceField
          key={o.value}
          type="radio"
          id={`${name}-${o.value}`}
          label={o.label}
          value={o.value}
          defaultChecked={text(defaults[name]) === o.value}
          {...form.register(name)}
        />
      ))}
    </ChoiceGroup>
  )
  const checkbox = (name: string, label: string) => (
    <div className="utrecht-form-field utrecht-form-field--checkbox bt-choice">
      {/* Unticked boxes send nothing: the hidden "false" makes "no" explicit. */}
      <input type="hidden" name={name} value="false" />
      <input
        type="checkbox"
        id={name}
        value="true"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        defaultChecked={text(defaults[name]) !== 'false'}
        {...form.register(name)}
      />
      <label htmlFor={name} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  )
  return { field, select, radios, checkbox }
}
