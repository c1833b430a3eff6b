import type { InputHTMLAttributes, ReactNode } from 'react'

interface FieldShellProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  children: (describedBy: string | undefined) => ReactNode
}

/** Label, hint, error and input in the NL Design System form-field pattern; errors are tied to the input. */
export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`utrecht-form-field bt-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field__description bt-field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message bt-field__error" id={errorId}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children(describedBy)}</div>
    </div>
  )
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
}

/** A labelled text input with hint and error message. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''} ${className ?? ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FieldShell>
  )
}

/** A message for the whole form (e.g. wrong credentials), announced to screen readers. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null
  return (
    <div className="utrecht-alert utrecht-alert--error bt-form-error" role="alert">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  )
}
