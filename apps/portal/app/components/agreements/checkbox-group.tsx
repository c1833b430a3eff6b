import type { ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'

/**
 * A group of checkboxes in a fieldset with its legend, hint and error (tied to the group with
 * aria-describedby). Every box shares one name, so the form posts a list.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  checked,
  register,
  columns = true,
}: {
  id: string
  legend: ReactNode
  hint?: ReactNode
  error?: string
  /** `description`: a line under the box, tied to it with aria-describedby (its name stays the label). */
  options: readonly { value: string; label: ReactNode; description?: ReactNode }[]
  checked: readonly string[]
  register: () => UseFormRegisterReturn
  columns?: boolean
}) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <fieldset
      className={`utrecht-form-fieldset bt-group bt-field${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy}
      id={id}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {hint ? (
        <div className="bt-field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message bt-field__error" id={errorId}>
          {error}
        </div>
      ) : null}
      <ul className={columns ? 'bt-choices' : 'bt-choices bt-choices--single'}>
        {options.map((o) => {
          const inputId = `${id}-${o.value}`
          const descriptionId = o.description ? `${inputId}-description` : undefined
          return (
            <li key={o.value}>
              <input
                type="checkbox"
                id={inputId}
                value={o.value}
                defaultChecked={checked.includes(o.value)}
                className="utrecht-checkbox utrecht-checkbox--html-input"
                aria-invalid={error ? true : undefined}
                aria-describedby={descriptionId}
                {...register()}
              />
              {o.description ? (
                <span>
                  <label htmlFor={inputId} className="utrecht-form-label utrecht-form-label--checkbox">
                    {o.label}
                  </label>
                  <span className="bt-choice__definition" id={descriptionId}>
                    {o.description}
                  </span>
                </span>
              ) : (
                <label htmlFor={inputId} className="utrecht-form-label utrecht-form-label--checkbox">
                  {o.label}
                </label>
              )}
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
