import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'

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

/** The label, hint and error every field takes beside its control's own attributes. */
interface FieldProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
}

/** Joins the control's base classes, the caller's own and the invalid modifier. */
function controlClass(base: string, invalid: string, error: string | undefined, className: string | undefined): string {
  return [base, className, error ? invalid : undefined].filter(Boolean).join(' ')
}

/** A labelled select with hint and error message; the options are its children. */
export function SelectField({ id, label, hint, error, className, children, ...select }: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & FieldProps & { ref?: Ref<HTMLSelectElement> }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          className={controlClass('utrecht-select utrecht-select--html-select', 'utrecht-select--invalid', error, className)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldShell>
  )
}

/** A labelled multi-line text input with hint and error message. */
export function TextAreaField({ id, label, hint, error, className, ...textarea }: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & FieldProps & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          className={controlClass('utrecht-textarea utrecht-textarea--html-textarea', 'utrecht-textarea--invalid', error, className)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...textarea}
        />
      )}
    </FieldShell>
  )
}

/** One radio button or checkbox with its label after it (the NL Design System choice pattern). */
export function ChoiceField({ type, id, label, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { type: 'radio' | 'checkbox'; id: string; label: ReactNode; ref?: Ref<HTMLInputElement> }) {
  const control = type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'
  return (
    <div className={`utrecht-form-field utrecht-form-field--${type} bt-choice`}>
      <input type={type} id={id} className={control} {...input} />
      <label htmlFor={id} className={`utrecht-form-label utrecht-form-label--${type}`}>
        {label}
      </label>
    </div>
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
