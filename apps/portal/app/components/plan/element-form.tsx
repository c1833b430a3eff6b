import { isOneOf, PLAN_ELEMENT_STATUSES } from '@bt/domain'
import { Button } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError, SelectField, TextAreaField } from '#app/components/form-field.tsx'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'
import { ConflictNotice, isSavedElement } from './element-conflict.tsx'
import type { PlanElementView } from './element-types.ts'
import { planStatusLabel } from './labels.ts'
import { postedText } from './posted.ts'

/** The edit form of one plan element: status and text, with the conflict view after a stale save. */
export function ElementForm({ element, label, failure }: { element: PlanElementView; label: string; failure: FormFailure | undefined }) {
  const key = element.element
  const conflict = failure && isSavedElement(failure.current) ? failure.current : undefined
  const status = postedText(failure?.values, 'status') ?? element.status
  const body = postedText(failure?.values, 'body') ?? element.body
  const { form, onSubmit, field } = useValidatedForm({
    // The select offers PLAN_ELEMENT_STATUSES only: a posted value outside it starts from the saved status.
    defaultValues: { element: key, status: isOneOf(PLAN_ELEMENT_STATUSES, status) ? status : element.status, body, version: element.version ?? '' },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('element') === key
  return (
    <>
      {conflict ? (
        <ConflictNotice message={failure?.formError} saved={conflict} yours={{ status, body }} />
      ) : (
        <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      )}
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form" aria-label={`Onderdeel bewerken: ${label}`}>
        <input type="hidden" {...form.register('element')} />
        <input type="hidden" {...form.register('version')} />
        <SelectField label="Status" {...field('status', `status-${key}`)}>
          {PLAN_ELEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {planStatusLabel(s)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label="Tekst"
          hint="Opmaak met Markdown: een lege regel begint een nieuwe alinea, - begint een opsomming, **vet** en ## een kop."
          className="bt-textarea"
          rows={10}
          {...field('body', `body-${key}`)}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Opslaan<span className="bt-visually-hidden">: {label}</span>
        </Button>
      </Form>
    </>
  )
}
