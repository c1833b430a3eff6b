import type { RouterOutputs } from '@bt/api'
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError } from '#app/components/form-field.tsx'
import { DecisionFields, MunicipalityChoice } from '#app/components/plan/adoption-fields.tsx'
import { postedText } from '#app/components/plan/posted.ts'
import { formatDateTime } from '#app/lib/format.ts'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'

type PlanAdoption = RouterOutputs['plan']['get']['planAdoption']
/** A member council with its adoptions of the uitvoeringsplan. */
export type PlanCouncil = PlanAdoption['councils'][number]
/** The plan revision councils adopt now. */
export type CurrentPlanRevision = NonNullable<PlanAdoption['currentRevision']>

/**
 * Record a council's adoption of the current plan revision. `councils` are the ones this reader may
 * record for: every member council for a region editor, their own for a municipality's signatory.
 */
export function PlanAdoptionForm({ councils, current, failure }: { councils: readonly PlanCouncil[]; current: CurrentPlanRevision; failure?: FormFailure }) {
  const values = failure?.values
  const only = councils.length === 1 ? councils[0] : undefined
  const { form, onSubmit, errorFor } = useValidatedForm({
    defaultValues: {
      municipalityCode: postedText(values, 'municipalityCode') ?? only?.municipalityCode ?? '',
      planRevisionId: String(current.id),
      decisionDate: postedText(values, 'decisionDate') ?? '',
      decisionUrl: postedText(values, 'decisionUrl') ?? '',
    },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'vaststelling'
  const municipalityError = errorFor('municipalityCode')
  return (
    <section aria-labelledby="vaststelling-plan-vastleggen" className="bt-plan-form">
      <Heading3 id="vaststelling-plan-vastleggen">Vaststelling vastleggen</Heading3>
      <Paragraph>
        U legt vast dat de gemeenteraad revisie {current.number} van het uitvoeringsplan heeft vastgesteld: het plan zoals
        het op {formatDateTime(current.publishedAt)} is gepubliceerd.
        {only ? ` U legt dit vast voor de gemeente ${only.municipalityName}.` : ''}
      </Paragraph>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <FormError message={errorFor('planRevisionId') ?? (only ? municipalityError : undefined)} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form" aria-labelledby="vaststelling-plan-vastleggen">
        <input type="hidden" name="intent" value="vaststelling" />
        <input type="hidden" {...form.register('planRevisionId')} />
        <MunicipalityChoice councils={councils} form={form} error={municipalityError} />
        <DecisionFields form={form} errorFor={errorFor} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Vaststelling vastleggen
        </Button>
      </Form>
    </section>
  )
}
