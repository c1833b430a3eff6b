import {
  isOneOf,
  VARIED_FIELDS,
  VARIED_FIELD_LABELS,
  type CompareScenariosInput,
  type VariedField,
} from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Form, Link, useSubmit } from 'react-router'
import { useRef } from 'react'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, SelectField, TextField } from '#app/components/form-field.tsx'
import { pageMeta } from '#app/lib/format.ts'
import type { FormProblem } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, NO_STORE } from '#app/server/forms.server.ts'
import type { Route } from './+types/vergelijken'
import { ComparisonView } from '#app/components/calc/comparison-view.tsx'
import { CalcBreadcrumb, DatasetNotice } from '#app/components/calc/shared.tsx'

// Scenarios side by side (issue 18): saved scenarios and variations of one saved scenario on one
// parameter. A GET form, so a comparison is a link; with JavaScript it recomputes as the user
// changes it.

export const meta: Route.MetaFunction = () => [
  ...pageMeta(
    "Scenario's vergelijken",
    "Opgeslagen scenario's en varianten op één parameter naast elkaar: het bedrag per jaar, de Wlz-uitname en de verrekening.",
  ),
]

/** "25; 30; 35" → the values; a semicolon separates them because a comma is the decimal sign. */
function splitValues(text: string): string[] {
  return text
    .split(';')
    .map((value) => value.trim())
    .filter((value) => value !== '')
}

function isVariedField(value: string): value is VariedField {
  return isOneOf(VARIED_FIELDS, value)
}

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const params = new URL(request.url).searchParams
  const chosen = {
    scenarioIds: params.getAll('scenario').filter((id) => id !== ''),
    base: params.get('basis') ?? '',
    field: params.get('parameter') ?? 'wlzWithdrawalPercent',
    values: params.get('waarden') ?? '',
  }
  const scenarios = await api.calc.list().catch(toRouteError)
  if (chosen.scenarioIds.length === 0 && chosen.base === '') {
    return { scenarios, chosen, comparison: null, problem: null }
  }
  const input: CompareScenariosInput = {
    scenarioIds: chosen.scenarioIds,
    variation: chosen.base
      ? {
          baseScenarioId: chosen.base,
          // An unknown parameter is refused by the API's schema with its own message.
          field: isVariedField(chosen.field) ? chosen.field : 'wlzWithdrawalPercent',
          values: splitValues(chosen.values),
        }
      : null,
  }
  const outcome = await formAction(chosen, () => api.calc.compare(input))
  if ('scenarios' in outcome) {
    return data({ scenarios, chosen, comparison: outcome, problem: null }, { headers: NO_STORE })
  }
  const problem: FormProblem = outcome.data
  return data(
    { scenarios, chosen, comparison: null, problem },
    { status: outcome.init?.status ?? 400, headers: NO_STORE },
  )
}

/** The API's field names → this form's. */
function errorOf(problem: FormProblem | null, ...names: string[]): string | undefined {
  for (const name of names) {
    const message = problem?.fieldErrors?.[name]?.[0]
    if (message) return message
  }
  return undefined
}

export default function Vergelijken({ loaderData }: Route.ComponentProps) {
  const { scenarios, chosen, comparison, problem } = loaderData
  const submit = useSubmit()
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // Recompute as the user changes the form: a moment after the last change, in place.
  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget
    clearTimeout(timer.current)
    timer.current = setTimeout(
      () => void submit(form, { replace: true, preventScrollReset: true }),
      400,
    )
  }
  const scenarioError = errorOf(problem, 'scenarioIds')
  const baseError = errorOf(problem, 'variation.baseScenarioId')
  const fieldError = errorOf(problem, 'variation.field')
  const valuesError = errorOf(problem, 'values', 'variation.values', 'variation.values.0')
  const otherError =
    problem && !scenarioError && !baseError && !fieldError && !valuesError
      ? problem.formError
      : undefined
  return (
    <>
      <CalcBreadcrumb trail={[{ label: "Scenario's vergelijken" }]} />
      <Heading1>Scenario&apos;s vergelijken</Heading1>
      <Paragraph>
        Zet opgeslagen scenario&apos;s naast elkaar, of een scenario met verschillende waarden voor
        één parameter. Alles wordt opnieuw berekend met de gegevensset van vandaag; er wordt niets
        opgeslagen. Met JavaScript rekent de pagina opnieuw zodra u iets wijzigt.
      </Paragraph>
      {scenarios.length === 0 ? (
        <Paragraph>
          Er zijn nog geen opgeslagen scenario&apos;s die u mag zien.{' '}
          <Link to="/rekenen">Reken een scenario door</Link> en sla het op.
        </Paragraph>
      ) : (
        <Form
          method="get"
          className="bt-form"
          aria-label="Scenario's kiezen"
          onChange={onChange}
          preventScrollReset
        >
          <FormError message={otherError} />
          <fieldset
            className="utrecht-form-fieldset bt-fieldset"
            aria-describedby={scenarioError ? 'scenario-error' : undefined}
          >
            <legend className="utrecht-form-fieldset__legend">
              Opgeslagen scenario&apos;s (hoogstens zes kolommen)
            </legend>
            {scenarioError ? (
              <div
                className="utrecht-form-field__error-message bt-field__error"
                id="scenario-error"
              >
                {scenarioError}
              </div>
            ) : null}
            <ul className="bt-checkbox-list">
              {scenarios.map((s) => (
                <li key={s.id}>
                  <input
                    id={`scenario-${s.id}`}
                    type="checkbox"
                    name="scenario"
                    value={s.id}
                    defaultChecked={chosen.scenarioIds.includes(s.id)}
                  />
                  <label htmlFor={`scenario-${s.id}`}>
                    {s.name} ({s.regionName ?? 'landelijk'})
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset className="utrecht-form-fieldset bt-fieldset">
            <legend className="utrecht-form-fieldset__legend">
              Variatie op één parameter (niet verplicht)
            </legend>
            <SelectField id="basis" name="basis" label="Scenario om te variëren" defaultValue={chosen.base} error={baseError}>
              <option value="">Geen variatie</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
            <SelectField id="parameter" name="parameter" label="Parameter" defaultValue={chosen.field} error={fieldError}>
              {VARIED_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {VARIED_FIELD_LABELS[field]}
                </option>
              ))}
            </SelectField>
            <TextField
              id="waarden"
              name="waarden"
              label="Waarden"
              hint="Gescheiden door een puntkomma, bijvoorbeeld 25; 30; 35 of 1.500.000.000; 1.600.000.000."
              defaultValue={chosen.values}
              maxLength={300}
              error={valuesError}
            />
          </fieldset>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Vergelijken
          </button>
        </Form>
      )}
      {comparison ? (
        <section aria-labelledby="vergelijking" className="bt-section">
          <Heading2 id="vergelijking">Vergelijking</Heading2>
          <DatasetNotice dataset={comparison.dataset} />
          <ComparisonView scenarios={comparison.scenarios} />
        </section>
      ) : null}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
