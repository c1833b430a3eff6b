import { SCENARIO_VISIBILITY_LABELS, ScenarioIdSchema } from '@bt/domain'
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Form, Link, redirect, useNavigation } from 'react-router'
import { z } from 'zod'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction } from '#app/server/forms.server.ts'
import type { Route } from './+types/scenario'
import { scopeLabel, ScenarioResultView } from '#app/components/calc/scenario-result.tsx'
import { CalcBreadcrumb, DatasetNotice } from '#app/components/calc/shared.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(data ? `Scenario ${data.scenario.name}` : 'Scenario', 'Een opgeslagen rekenscenario met de uitkomst per jaar, regio en gemeente.'),
]

function scenarioId(params: { id?: string }): string {
  const id = ScenarioIdSchema.safeParse(params.id)
  if (!id.success) notFound('Dit scenario bestaat niet.')
  return id.data
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const id = scenarioId(params)
  const api = getApi(context)
  // "Herberekenen" is a GET of the same page: the address names the saved scenario, never a result.
  const recompute = new URL(request.url).searchParams.get('herberekenen') === 'ja'
  const [scenario, recomputed] = await Promise.all([
    api.calc.get({ scenarioId: id }),
    recompute ? api.calc.recompute({ scenarioId: id }) : null,
  ]).catch(toRouteError)
  return { scenario, recomputed: recomputed?.result ?? null }
}

const IntentSchema = z.enum(['kiezen', 'referentie'])

export async function action({ params, request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const id = scenarioId(params)
  const intent = IntentSchema.safeParse((await request.formData()).get('intent'))
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  return formAction(async () => {
    if (intent.data === 'referentie') {
      await getApi(context).calc.markReferenceScenario({ scenarioId: id })
      return redirect(`/rekenen/scenario/${id}?referentie=ja`)
    }
    await getApi(context).calc.markRegionChoice({ scenarioId: id })
    return redirect(`/rekenen/scenario/${id}?gekozen=ja`)
  })
}

export default function ScenarioPage({ loaderData, actionData }: Route.ComponentProps) {
  const { scenario, recomputed } = loaderData
  const busy = useNavigation().state === 'submitting'
  const shown = recomputed ?? scenario.result
  const dataChanged =
    scenario.currentDataset !== null && scenario.currentDataset.id !== scenario.dataset.id
  return (
    <>
      <CalcBreadcrumb trail={[{ label: scenario.name }]} />
      <Heading1>{scenario.name}</Heading1>
      <dl className="bt-facts">
        <div>
          <dt>Voor</dt>
          <dd>{scopeLabel(scenario.result)}</dd>
        </div>
        <div>
          <dt>Zichtbaar voor</dt>
          <dd>{SCENARIO_VISIBILITY_LABELS[scenario.visibility]}</dd>
        </div>
        <div>
          <dt>Opgeslagen door</dt>
          <dd>{scenario.isOwn ? 'Uzelf' : scenario.ownerName}</dd>
        </div>
        <div>
          <dt>Berekend op</dt>
          <dd>{formatDateTime(scenario.result.computedAt)}</dd>
        </div>
      </dl>
      {scenario.isRegionChoice && scenario.region ? (
        <Alert type="ok">
          <Paragraph>Dit is het gekozen verdeelmodel van {scenario.region.name}.</Paragraph>
        </Alert>
      ) : null}
      {scenario.isReference ? (
        <Alert type="ok">
          <Paragraph>
            Dit is het referentiescenario: de geldindicatoren en de signalen bij knelpunten rekenen
            ermee.
          </Paragraph>
        </Alert>
      ) : null}
      {actionData && 'formError' in actionData && actionData.formError ? (
        <Alert type="error">
          <Paragraph>{actionData.formError}</Paragraph>
        </Alert>
      ) : null}

      {recomputed ? (
        <Alert type="info">
          <Paragraph>
            <strong>Herberekend met de gegevens van vandaag</strong> (&lsquo;
            {recomputed.dataset.label}&rsquo; en de huidige regio-indeling). Dit resultaat is niet
            opgeslagen.{' '}
            <Link to={`/rekenen/scenario/${scenario.id}`}>Terug naar het opgeslagen resultaat</Link>
            .
          </Paragraph>
        </Alert>
      ) : (
        <Paragraph>
          U ziet het resultaat zoals het bij het opslaan is berekend, met de gegevensset &lsquo;
          {scenario.dataset.label}&rsquo;.
          {dataChanged
            ? ` Sindsdien is er nieuwere rekendata: ‘${scenario.currentDataset?.label}’.`
            : ''}
        </Paragraph>
      )}

      <section aria-labelledby="acties" className="bt-section bt-actions">
        <Heading2 id="acties" className="bt-visually-hidden">
          Wat kunt u doen?
        </Heading2>
        <div className="utrecht-button-group bt-button-row">
          {recomputed ? null : (
            <Form method="get">
              <input type="hidden" name="herberekenen" value="ja" />
              <Button type="submit" appearance="secondary-action-button">
                Herberekenen met de gegevens van vandaag
              </Button>
            </Form>
          )}
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={`/rekenen/scenario/${scenario.id}/csv`}
            download
          >
            Download als CSV
          </a>
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            to={`/rekenen?van=${scenario.id}`}
          >
            Parameters aanpassen
          </Link>
          {scenario.canMarkRegionChoice && scenario.region ? (
            <Form method="post">
              <Button
                type="submit"
                name="intent"
                value="kiezen"
                appearance="primary-action-button"
                disabled={busy}
              >
                Kies als verdeelmodel van {scenario.region.name}
              </Button>
            </Form>
          ) : null}
          {scenario.canMarkReference ? (
            <Form method="post">
              <Button
                type="submit"
                name="intent"
                value="referentie"
                appearance="secondary-action-button"
                disabled={busy}
              >
                Maak dit het referentiescenario
              </Button>
            </Form>
          ) : null}
        </div>
        {scenario.canMarkReference && !scenario.onRealData ? (
          <Paragraph className="bt-field__hint">
            Een referentiescenario rekent met echte gegevens: een geïmporteerde gegevensset of de
            gepubliceerde bedragen van een regio, niet met voorbeeldbedragen.
          </Paragraph>
        ) : null}
      </section>

      <DatasetNotice dataset={shown.dataset} />
      <ScenarioResultView result={shown} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
