import { Button, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { z } from 'zod'
import { AttachmentFileField, ATTACHMENT_HINT, UploadBusy } from '#app/components/attachments.tsx'
import { FormError, SelectField, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { postedText } from '#app/components/plan/posted.ts'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'
import type { VisionVersion } from './types.ts'

/** The version an upload belongs to, as the form posts it. */
export const VersionIdSchema = z.coerce.number({ error: 'Kies de versie.' }).int().positive({ error: 'Kies de versie.' })

export function VersionForm({ failure }: { failure?: FormFailure }) {
  const values = failure?.values
  const { onSubmit, field } = useValidatedForm({
    defaultValues: {
      title: postedText(values, 'title') ?? '',
      documentDate: postedText(values, 'documentDate') ?? '',
      body: postedText(values, 'body') ?? '',
    },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'versie'
  return (
    <section aria-labelledby="nieuwe-versie" className="bt-plan-form">
      <Heading3 id="nieuwe-versie">Nieuwe versie toevoegen</Heading3>
      <Paragraph>
        Een nieuwe versie wordt de huidige versie. Vaststellingen van eerdere versies blijven zichtbaar, maar tellen niet
        voor de nieuwe versie. Een document (bijvoorbeeld de pdf) voegt u daarna toe.
      </Paragraph>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form" aria-labelledby="nieuwe-versie">
        <input type="hidden" name="intent" value="versie" />
        <TextField label="Titel" className="bt-wide-input" {...field('title')} />
        <TextField label="Datum van het document" type="date" {...field('documentDate')} />
        <TextAreaField
          label="Tekst (niet verplicht)"
          hint="Opmaak met Markdown: een lege regel begint een nieuwe alinea, - begint een opsomming."
          className="bt-textarea"
          rows={8}
          {...field('body')}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Versie toevoegen
        </Button>
      </Form>
    </section>
  )
}

export function UploadForm({ versions, failure }: { versions: VisionVersion[]; failure?: FormFailure }) {
  const { form, onSubmit, errorFor } = useValidatedForm({
    defaultValues: { versionId: postedText(failure?.values, 'versionId') ?? String(versions[0]?.id ?? '') },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'bijlage'
  const versionError = errorFor('versionId')
  const fileError = errorFor('file')
  return (
    <section aria-labelledby="document-toevoegen" className="bt-plan-form">
      <Heading3 id="document-toevoegen">Document toevoegen</Heading3>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="bt-form" aria-labelledby="document-toevoegen">
        <input type="hidden" name="intent" value="bijlage" />
        <SelectField id="versionId" label="Bij versie" error={versionError} {...form.register('versionId')}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              Versie {v.number}: {v.title}
            </option>
          ))}
        </SelectField>
        <AttachmentFileField hint={ATTACHMENT_HINT} error={fileError} {...form.register('file')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Document toevoegen
        </Button>
        <UploadBusy busy={busy} />
      </Form>
    </section>
  )
}
