import {
  SCENARIO_FORM_DEFAULTS,
  SCENARIO_VISIBILITY_LABELS,
  ScenarioIdSchema,
  ScenarioParametersSchema,
  SaveScenarioSchema,
  type SaveScenarioInput,
  type ScenarioFormValues,
  type ScenarioParametersInput,
} from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import {
  data,
  Link,
  redirect,
  type UNSAFE_DataWithResponseInit as DataWithResponseInit,
} from 'react-router'
import { z } from 'zod'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatCentsAsEuros, pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, NO_STORE, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/index'
import { SaveScenarioForm, ScenarioExport } from '#app/components/calc/save-form.tsx'
import { ScenarioForm } from '#app/components/calc/scenario-form.tsx'
import { ScenarioList } from '#app/components/calc/scenario-list.tsx'
import { scopeLabel, ScenarioResultView } from '#app/components/calc/scenario-result.tsx'
import { CalcBreadcrumb, DatasetNotice, FocusHeading, type ScenarioResult } from '#app/components/calc/shared.tsx'
import { type FormFailure, type FormValues } from '#app/lib/forms.ts'

export const meta: Route.MetaFunction = () => [...pageMeta('Rekenen', 'Rekenen aan de verdeling van het budget beschermd wonen: ingroeipad, Wlz en verdeelmodellen.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = requireActor(context, request)
  const api = getApi(context)
  const [overview, scenarios] = await Promise.all([api.calc.overview(), api.calc.list()]).catch(
    toRouteError,
  )
  // "Parameters aanpassen" on a saved scenario comes here with its id; the id is not the result.
  const from = new URL(request.url).searchParams.get('van')
  let source: { name: string; values: ScenarioFormValues } | null = null
  if (from) {
    const id = ScenarioIdSchema.safeParse(from)
    if (!id.success) notFound('Dit scenario bestaat niet.')
    const saved = await api.calc.get({ scenarioId: id.data }).catch(toRouteError)
    source = { name: saved.name, values: saved.formValues }
  }
  const ownRegion = actor.grants.find(
    (g) => g.regionCode && overview.regions.some((r) => r.code === g.regionCode),
  )?.regionCode
  // "Rekenen met de gepubliceerde bedragen" of a region whose amounts were imported (issue 18 item 5).
  const publishedCode = new URL(request.url).searchParams.get('gepubliceerd')
  const published = overview.publishedRegions.find((r) => r.code === publishedCode)
  const defaults: ScenarioFormValues = source?.values ?? {
    ...SCENARIO_FORM_DEFAULTS,
    scope: ownRegion ?? 'nation',
    ...(overview.dataset
      ? {
          budgetYear: String(overview.dataset.budgetYear),
          startYear: String(overview.dataset.budgetYear),
          macroBudgetEuros: formatCentsAsEuros(overview.dataset.macroBudgetCents),
          moMacroBudgetEuros: formatCentsAsEuros(overview.dataset.moMacroBudgetCents),
          // IJssel-Vecht's passend aandeel follows the Wmo-integratie-uitkering when the data has it.
          ...(overview.dataset.hasWmoIntegrationPayment ? {} : { shareBase: 'inhabitants' }),
        }
      : {}),
    ...(published
      ? {
          scope: published.code,
          publishedHistoricalEuros: formatCentsAsEuros(published.historicalCents),
          publishedObjectiveEuros: formatCentsAsEuros(published.objectiveCents),
        }
      : {}),
  }
  const canImport = actor.grants.some((g) => g.role === 'admin')
  return { overview, scenarios, defaults, source: source ?? (published ? { name: `gepubliceerde bedragen`, values: defaults } : null), canImport }
}

const IntentSchema = z.enum(['berekenen', 'opslaan'])

/** What the page shows after "Berekenen": the computed result and the values that produced it. */
interface RunData {
  intent: 'berekenen'
  values: FormValues
  result: ScenarioResult
}

/** The save form shown again: its failure, its own fields, and the result of its parameters. */
interface SaveFailureData extends FormFailure {
  intent: 'opslaan'
  saveValues: { name: string; visibility: string }
  result: ScenarioResult | null
}

type ActionResult =
  | Response
  | DataWithResponseInit<RunData>
  | DataWithResponseInit<FormFailure>
  | DataWithResponseInit<SaveFailureData>

export async function action({ request, context }: Route.ActionArgs): Promise<ActionResult> {
  requireActor(context, request)
  // formDataToObject yields texts, lists and nested groups: FormValues.
  const values = formDataToObject(await request.formData()) as FormValues
  const intent = IntentSchema.safeParse(values.intent)
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  delete values.intent
  const api = getApi(context)
  if (intent.data === 'berekenen') {
    return formAction(values, async () => {
      parseValues(values, ScenarioParametersSchema)
      // The API parses the form values itself (the same schema).
      const result = await api.calc.run(values as ScenarioParametersInput)
      return data<RunData>({ intent: 'berekenen', values, result }, { headers: NO_STORE })
    })
  }
  const parameters = (
    typeof values.parameters === 'object' && !Array.isArray(values.parameters)
      ? values.parameters
      : {}
  )
  const failure = await formAction(values, async () => {
    parseValues(values, SaveScenarioSchema)
    // Unchecked on purpose: the API parses the input and names each wrong field.
    const { id } = await api.calc.save(values as SaveScenarioInput)
    return redirect(`/rekenen/scenario/${id}`)
  })
  if (failure instanceof Response) return failure
  // The save form must be shown again (no JavaScript, or the server refused it): show the result
  // of its parameters again beside it.
  const result = await api.calc.run(parameters as ScenarioParametersInput).catch(() => null)
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  return data<SaveFailureData>(
    {
      // formAction's data is the failure object it built (FormFailure).
      ...(failure.data as FormFailure),
      intent: 'opslaan',
      values: parameters,
      saveValues: { name: text(values.name), visibility: text(values.visibility) },
      result,
    },
    failure.init ?? undefined,
  )
}

export default function Rekenen({ loaderData, actionData }: Route.ComponentProps) {
  const { overview, scenarios, defaults, source } = loaderData
  const run = actionData && 'result' in actionData && actionData.result ? actionData : undefined
  const runFailure = actionData && !('intent' in actionData) ? actionData : undefined
  const saveFailure =
    actionData && 'intent' in actionData && actionData.intent === 'opslaan' ? actionData : undefined
  // The values the form posted, echoed back: keyed like ScenarioFormValues.
  const formValues = (actionData?.values as ScenarioFormValues | undefined) ?? defaults
  const dataset = overview.dataset
  return (
    <>
      <CalcBreadcrumb trail={[]} />
      <Heading1>Rekenen</Heading1>
      <Paragraph>
        Reken de verdeling van het budget voor beschermd wonen door, landelijk of voor één regio: de
        historische en de objectieve verdeling, het ingroeipad, een verdeelmodel binnen de regio en
        de Wlz-verrekening achteraf. Een uitkomst deelt u door het scenario op te slaan.
      </Paragraph>
      <Paragraph>
        Verantwoordelijke gemeente voor één cliënt bepalen? Gebruik de{' '}
        <Link to="/rekenen/woonplaats">woonplaatstoets</Link>. Opgeslagen scenario&apos;s naast elkaar zetten of één
        parameter variëren? Ga naar <Link to="/rekenen/vergelijken">scenario&apos;s vergelijken</Link>.
      </Paragraph>
      {dataset ? <DatasetNotice dataset={dataset} canImport={loaderData.canImport} /> : null}
      <PublishedRegions regions={overview.publishedRegions} names={overview.regions} />
      <ScenarioList scenarios={scenarios} />
      {dataset ? (
        <section aria-labelledby="parameters" className="bt-section">
          <Heading2 id="parameters">
            {source ? `Parameters van "${source.name}"` : 'Parameters'}
          </Heading2>
          <ScenarioForm
            key={source?.name ?? 'nieuw'}
            defaults={formValues}
            regions={overview.regions}
            serverErrors={runFailure?.fieldErrors}
            formError={runFailure?.formError}
            hasWmoIntegrationPayment={dataset.hasWmoIntegrationPayment}
            macroHint={`De gegevensset gaat uit van € ${formatCentsAsEuros(dataset.macroBudgetCents)}.`}
            moMacroHint={`MO blijft bij de centrumgemeenten en valt buiten de Wlz-uitname; de gegevensset gaat uit van € ${formatCentsAsEuros(dataset.moMacroBudgetCents)}.`}
          />
        </section>
      ) : (
        <Paragraph>
          Er is nog geen rekendata. Een beheerder kan die importeren via{' '}
          {loaderData.canImport ? (
            <Link to="/beheer/rekendata">Beheer › Rekendata</Link>
          ) : (
            'Beheer › Rekendata'
          )}
          .
        </Paragraph>
      )}
      {run?.result ? (
        <section aria-labelledby="resultaat" className="bt-section bt-result-section">
          <FocusHeading id="resultaat" focusKey={run.result}>
            Resultaat voor {scopeLabel(run.result)}
          </FocusHeading>
          <DatasetNotice dataset={run.result.dataset} />
          <ScenarioExport values={run.values} />
          <ScenarioResultView result={run.result} />
          <SaveScenarioForm
            parameters={run.values}
            scope={run.result.scope}
            canShareWithRegion={
              run.result.scope.kind === 'region' &&
              overview.shareRegionCodes.includes(run.result.scope.code)
            }
            failure={saveFailure}
            visibilityLabels={SCENARIO_VISIBILITY_LABELS}
          />
        </section>
      ) : null}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

/** Regions whose published amounts the data set holds: one link each that fills in the form. */
function PublishedRegions({ regions, names }: { regions: readonly { code: string }[]; names: readonly { code: string; name: string }[] }) {
  if (regions.length === 0) return null
  return (
    <Paragraph>
      Gepubliceerde bedragen in de gegevensset:{' '}
      {regions.map((r, i) => (
        <span key={r.code}>
          {i > 0 ? ', ' : null}
          <Link to={`/rekenen?gepubliceerd=${r.code}#parameters`}>rekenen met de gepubliceerde bedragen van {names.find((n) => n.code === r.code)?.name ?? r.code}</Link>
        </span>
      ))}
      .
    </Paragraph>
  )
}
