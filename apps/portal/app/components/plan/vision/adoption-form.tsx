import { Button, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError, SelectField } from '#app/components/form-field.tsx'
import { DecisionFields, MunicipalityChoice } from '#app/components/plan/adoption-fields.tsx'
import { postedText } from '#app/components/plan/posted.ts'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'
import type { Council, VisionVersion } from './types.ts'

/**
 * Record a council's adoption of a regiovisie version. `councils` are the ones this reader may record
 * for: every member council for a region editor; a municipality's signatory only their own, so the
 * form offers no choice of municipality at all (issue 19 item 8).
 */
export function AdoptionForm({ councils, versions, failure }: { councils: Council[]; versions: VisionVersion[]; failure?: FormFailure }) {
  const values = failure?.values
  const only = councils.length === 1 ? councils[0] : undefined
  const { form, onSubmit, errorFor } = useValidatedForm({
    defaultValues: {
      municipalityCode: postedText(values, 'municipalityCode') ?? only?.municipalityCode ?? '',
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
      {only ? <Paragraph>U legt het raadsbesluit vast voor de gemeente {only.municipalityName}.</Paragraph> : null}
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <FormError message={only ? municipalityError : undefined} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form" aria-labelledby="vaststelling-vastleggen">
        <input type="hidden" name="intent" value="vaststelling" />
        <div className="bt-row">
          <MunicipalityChoice councils={councils} form={form} error={municipalityError} />
          <SelectField id="visionVersionId" label="Vastgestelde versie" error={versionError} {...form.register('visionVersionId')}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                Versie {v.number}: {v.title}
              </option>
            ))}
          </SelectField>
        </div>
        <DecisionFields form={form} errorFor={errorFor} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Vaststelling vastleggen
        </Button>
      </Form>
    </section>
  )
}
