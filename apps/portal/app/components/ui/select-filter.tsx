import type { ReactNode } from 'react'

export interface FilterOption {
  value: string | number
  label: ReactNode
}

/**
 * One filter of a GET filter form: a label above a select. With `all`, the first option "Alle" (the
 * empty value) means no filter; an `error` (a bad value in the address) is shown above the select.
 */
export function SelectFilter({
  id,
  name,
  label,
  value,
  options,
  all = true,
  error,
}: {
  id: string
  name: string
  label: ReactNode
  value: string | number | undefined
  options: readonly FilterOption[]
  all?: boolean
  error?: string
}) {
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className="bt-filter">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <div className="utrecht-form-field-error-message bt-field__error" id={errorId}>
          {error}
        </div>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={value ?? ''}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      >
        {all ? <option value="">Alle</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** A filter form's submit button, and what goes beside it (a link that clears the filters). */
export function FilterActions({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="bt-filters__actions">
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {label}
      </button>
      {children}
    </div>
  )
}
