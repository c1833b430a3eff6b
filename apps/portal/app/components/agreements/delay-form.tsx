import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import { useValidatedForm } from '#app/lib/forms.ts'
import type { PostedFailure } from './types.ts'

const text = (v: unknown) => (typeof v === 'string' ? v : '')

/** "Vertraging melden": a reason and a new date, both required; the earlier date stays on record. */
export function DelayForm({ version, dueDate, failure }: { version: number; dueDate: string | null; failure?: PostedFailure }) {
  const mine = failure?.intent === 'vertraging' ? failure : undefined
  const { form, onSubmit, errorFor, field } = useValidatedForm({ serverErrors: mine?.fieldErrors })
  const busy = useNavigation().state === 'submitting'
  const reasonError = errorFor('reason')
  return (
    <section aria-labelledby="vertraging-melden" className="bt-section bt-panel">
      <Heading2 id="vertraging-melden">Vertraging melden</Heading2>
      <Paragraph>
        Een vertraging verandert het stadium niet. De huidige streefdatum ({dueDate ? formatIsoDate(dueDate) : 'nog geen datum'}) blijft
        zichtbaar in de planning.
      </Paragraph>
      <FormError message={mine?.fieldErrors ? undefined : mine?.formError} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="version" defaultValue={version} />
        <TextAreaField
          id="delay-reason"
          label="Reden van de vertraging"
          hint="Wat houdt de afspraak op? Minstens 5 tekens."
          error={reasonError}
          className="bt-wide-input"
          rows={3}
          defaultValue={text(mine?.values.reason)}
          {...form.register('reason')}
        />
        <TextField
          type="date"
          label="Nieuwe datum"
          hint="De datum waarop de afspraak nu gerealiseerd moet zijn. Kies een datum of typ hem als JJJJ-MM-DD."
          defaultValue={text(mine?.values.newDate)}
          {...field('newDate', 'delay-newDate')}
        />
        <Button type="submit" name="intent" value="vertraging" appearance="secondary-action-button" disabled={busy}>
          Vertraging melden
        </Button>
      </Form>
    </section>
  )
}
