import { FormError } from '#app/components/form-field.tsx'
import type { FieldErrors } from '#app/lib/forms.ts'
import { FIELD_LABELS } from './labels.ts'

/**
 * Errors the server found (always the case without JavaScript): a summary on top that links to each
 * field; a message for no field of the agreement, or else the form's own error, above it.
 */
export function AgreementErrorSummary({ serverErrors, formError }: { serverErrors?: FieldErrors; formError?: string }) {
  const fieldMessages = Object.entries(serverErrors ?? {}).flatMap(([path, messages]) => (messages?.[0] ? [{ path, message: messages[0] }] : []))
  const otherMessage = fieldMessages.find((m) => !m.path.startsWith('fields.'))?.message
  return (
    <>
      <FormError message={fieldMessages.length > 0 ? otherMessage : formError} />
      {fieldMessages.some((m) => m.path.startsWith('fields.')) ? (
        <div className="utrecht-alert utrecht-alert--error bt-error-summary" role="alert" aria-labelledby="error-summary-title">
          <p className="utrecht-paragraph" id="error-summary-title">
            <strong>De afspraak is niet opgeslagen.</strong> Verbeter het volgende:
          </p>
          <ul className="utrecht-unordered-list">
            {fieldMessages
              .filter((m) => m.path.startsWith('fields.'))
              .map((m) => (
                <li key={m.path}>
                  <a href={`#${m.path.split('.')[1]}`}>
                    {FIELD_LABELS[m.path.split('.')[1] ?? ''] ?? 'Veld'}: {m.message}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
    </>
  )
}
