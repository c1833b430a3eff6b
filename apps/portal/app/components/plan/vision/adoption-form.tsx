import { RecordAdoptionSchema } from '@bt/domain'
import { Button, Heading3 } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FieldShell, FormError, TextField } from '#app/components/form-field.tsx'
import { postedText } from '#app/components/plan/posted.ts'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'
import type { Council, VisionVersion } from './types.ts'

/** The adoption form in the browser: the domain schema without the region (that comes from the URL). */
const AdoptionFormSchema = RecordAdoptionSchema.omit({ regionSlug: true })

export function AdoptionForm({ councils, versions, failure }: { councils: Council[]; versions: VisionVersion[]; failure?: FormFailure }) {
  const values = failure?.values
  const { form, onSubmit, errorFor } = useValidatedForm(AdoptionFormSchema, {
    defaultValues: {
      municipalityCode: postedText(values, 'municipalityCode') ?? '',
      visionVersionId: postedText(values, 'visionVersionId') ?? String(versions[0]?.id ?? ''),
      decisionDate: postedText(values, 'decisionDate') ?? '',
      decisionUrl: postedText(values, 'decisionUrl') ?? '',
    },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'vaststelling'
  const municipalityError = errorFor('municipalityCode')
  const versionError = errorFor('visionVersionId')
  return (
    <section aria-labelledby="vaststelling-vastleggen" className="bt-plan-form">
      <Heading3 id="vaststelling-vastleggen">Vaststelling vastleggen</Heading3>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form" aria-labelledby="vaststelling-vastleggen">
        <input type="hidden" name="intent" value="vaststelling" />
        <div className="bt-row">
          <FieldShell id="municipalityCode" label="Gemeente" error={municipalityError}>
            {(describedBy) => (
              <select
                id="municipalityCode"
                className={`utrecht-select utrecht-select--html-select${municipalityError ? ' utrecht-select--invalid' : ''}`}
                aria-invalid={municipalityError ? true : undefined}
                aria-describedby={describedBy}
                {...form.register('municipalityCode')}
              >
                <option value="">Kies een gemeente</option>
                {councils.map((c) => (
                  <option key={c.municipalityCode} value={c.municipalityCode}>
                    {c.municipalityName}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <FieldShell id="visionVersionId" label="Vastgestelde versie" error={versionError}>
            {(describedBy) => (
              <select
                id="visionVersionId"
                className={`utrecht-select utrecht-select--html-select${versionError ? ' utrecht-select--invalid' : ''}`}
                aria-invalid={versionError ? true : undefined}
                aria-describedby={describedBy}
                {...form.register('visionVersionId')}
              >
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    Versie {v.number}: {v.title}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
        </div>
        <TextField id="decisionDate" label="Datum van het raadsbesluit" type="date" error={errorFor('decisionDate')} {...form.register('decisionDate')} />
        <TextField
          id="decisionUrl"
          label="Link naar het raadsbesluit"
          type="url"
          inputMode="url"
          hint="Het adres van het besluit op de website van de gemeente, beginnend met https://."
          className="bt-wide-input"
          error={errorFor('decisionUrl')}
          {...form.register('decisionUrl')}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Vaststelling vastleggen
        </Button>
      </Form>
    </section>
  )
}
