// Saving a computed scenario, and exporting it as CSV. Both carry the form's
// parameters along as hidden fields: the server computes again and never trusts a posted result.
import {
  SCENARIO_VISIBILITIES,
  type ScenarioVisibility,
} from '@bt/domain'
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { ChoiceField, FormError, TextField } from '#app/components/form-field.tsx'
import { IntentButton } from '#app/components/intent-button.tsx'
import { useValidatedForm, type FieldErrors } from '#app/lib/forms.ts'

/** Hidden inputs that repeat the parameters (prefix 'parameters.' nests them for the save schema). */
export function HiddenParameters({
  values,
  prefix = '',
}: {
  values: Record<string, unknown>
  prefix?: string
}) {
  return (
    <>
      {Object.entries(values).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value])
          .filter((v): v is string => typeof v === 'string')
          .map((v, i) => (
            <input key={`${name}-${i}`} type="hidden" name={`${prefix}${name}`} value={v} />
          )),
      )}
    </>
  )
}

/** A plain form that posts the parameters to the CSV resource route (a download, also without JavaScript). */
export function ScenarioExport({ values }: { values: Record<string, unknown> }) {
  return (
    <form method="post" action="/rekenen/csv" className="bt-export">
      <HiddenParameters values={values} />
      <Button type="submit" appearance="secondary-action-button">
        Download als CSV
      </Button>
    </form>
  )
}

interface SaveFailure {
  fieldErrors?: FieldErrors
  formError?: string
  saveValues?: { name: string; visibility: string }
}

export function SaveScenarioForm({
  parameters,
  scope,
  canShareWithRegion,
  failure,
  visibilityLabels,
}: {
  parameters: Record<string, unknown>
  scope: { kind: 'nation' } | { kind: 'region'; name: string }
  canShareWithRegion: boolean
  failure?: SaveFailure
  visibilityLabels: Record<ScenarioVisibility, string>
}) {
  const submitted = failure?.saveValues
  const defaults = {
    name: submitted?.name ?? '',
    visibility: submitted?.visibility || (canShareWithRegion ? 'region' : 'private'),
  }
  const { form, onSubmit, errorFor } = useValidatedForm({
    defaultValues: defaults,
    serverErrors: failure?.fieldErrors,
  })
  const busy = useNavigation().state === 'submitting'
  const options = SCENARIO_VISIBILITIES.filter((v) => v !== 'region' || canShareWithRegion)
  const visibilityError = errorFor('visibility')
  return (
    <section aria-labelledby="opslaan" className="bt-section bt-save">
      <Heading2 id="opslaan">Scenario opslaan</Heading2>
      <Paragraph>
        Een opgeslagen scenario bewaart alle parameters, de gegevensset en de uitkomst zoals die nu
        is berekend. Alleen zo deelt u een uitkomst: via het adres van het opgeslagen scenario.
      </Paragraph>
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form">
        <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
        <HiddenParameters values={parameters} prefix="parameters." />
        <TextField
          id="name"
          label="Naam van het scenario"
          defaultValue={defaults.name}
          error={errorFor('name')}
          {...form.register('name')}
        />
        <fieldset
          className="utrecht-form-fieldset bt-choice-group"
          aria-describedby={visibilityError ? 'visibility-error' : undefined}
        >
          <legend className="utrecht-form-fieldset__legend bt-choice-group__legend">
            Wie mag het zien?
          </legend>
          {visibilityError ? (
            <div
              className="utrecht-form-field__error-message bt-field__error"
              id="visibility-error"
            >
              {visibilityError}
            </div>
          ) : null}
          {options.map((v) => (
            <ChoiceField
              key={v}
              type="radio"
              id={`visibility-${v}`}
              label={v === 'region' && scope.kind === 'region' ? `${visibilityLabels[v]} (${scope.name})` : visibilityLabels[v]}
              value={v}
              defaultChecked={defaults.visibility === v}
              {...form.register('visibility')}
            />
          ))}
        </fieldset>
        <IntentButton intent="opslaan" busy={busy}>
          Opslaan
        </IntentButton>
      </Form>
    </section>
  )
}
