import { Fragment } from 'react'
import { IndicatorPeriodSchema, SaveIndicatorExplanationSchema, SaveIndicatorValuesSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Form, redirect } from 'react-router'
import { z } from 'zod'
import { ValueHistory } from '#app/components/indicators/value-history.tsx'
import { ValueInputs } from '#app/components/indicators/value-inputs.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError } from '#app/components/form-field.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/indicatoren'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`Indicatoren invoeren – ${data?.region.name ?? 'regio'}`, 'De waarden van de monitoringsindicatoren voor de regio invoeren.'),
]

/** The half year of today ('2026-H1'): the period the form opens on. */
function currentHalfYear(): string {
  const now = new Date()
  return `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`
}

function periodOf(request: Request): string {
  const asked = new URL(request.url).searchParams.get('periode') ?? currentHalfYear()
  const period = IndicatorPeriodSchema.safeParse(asked)
  if (!period.success) throw data({ message: period.error.issues[0]?.message ?? 'Onbekende periode.' }, { status: 400 })
  return period.data
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const form = await getApi(context).indicator.entryForm({ regionSlug: params.slug, period: periodOf(request) }).catch(toRouteError)
  return { ...form, saved: new URL(request.url).searchParams.get('opgeslagen') }
}

const IntentSchema = z.object({ intent: z.enum(['waarden', 'toelichting']) })

export async function action({ params, request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const values = formDataToObject(await request.formData())
  const intent = IntentSchema.safeParse(values)
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  const api = getApi(context)
  const period = periodOf(request)
  return formAction(async () => {
    if (intent.data.intent === 'toelichting') {
      // Posted values: only the optional version is read here.
      const raw = values as { version?: string }
      const input = parseValues({ ...values, regionSlug: params.slug, version: raw.version ? Number(raw.version) : null }, SaveIndicatorExplanationSchema)
      await api.indicator.saveExplanation(input)
      return redirect(`/regio/${params.slug}/indicatoren?periode=${period}&opgeslagen=toelichting`)
    }
    // Without JavaScript the rows arrive as an object keyed by index.
    const list = Array.isArray(values.values) ? values.values : Object.values((values.values as Record<string, unknown>) ?? {})
    const input = parseValues({ regionSlug: params.slug, period, values: list }, SaveIndicatorValuesSchema)
    const result = await api.indicator.saveValues(input)
    return redirect(`/regio/${params.slug}/indicatoren?periode=${period}&opgeslagen=${result.inserted + result.updated}`)
  })
}

export default function EnterIndicatorValues({ loaderData, actionData }: Route.ComponentProps) {
  const { region, period, rows, saved } = loaderData
  // This page's action returns only FormFailure (or redirects).
  const failure = actionData as FormFailure | undefined
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Indicatoren invoeren' }]} />
      <Heading1>Indicatoren invoeren voor {region.name}</Heading1>
      <Form method="get" className="bt-inline-form" aria-label="Periode kiezen">
        <label htmlFor="periode" className="utrecht-form-label">Periode</label>{' '}
        <input id="periode" name="periode" defaultValue={period} className="utrecht-textbox utrecht-textbox--html-input" aria-describedby="periode-hint" />{' '}
        <Button type="submit" appearance="secondary-action-button">Kies periode</Button>
        <span id="periode-hint" className="bt-muted"> bijvoorbeeld 2025-H2 of 2025-Q4</span>
      </Form>
      {saved ? <Notice>{saved === 'toelichting' ? 'De toelichting is opgeslagen.' : `Opgeslagen: ${saved} waarden nieuw of gewijzigd.`}</Notice> : null}
      {failure?.formError ? <FormError message={failure.formError} /> : null}
      {rows.length === 0 ? (
        <Paragraph>Voor deze periode meldt de regio geen indicatoren. Kies een halfjaar (2025-H2) of een kwartaal (2025-Q4).</Paragraph>
      ) : (
        <Form method="post" className="bt-form" aria-label={`Waarden ${period}`}>
          <input type="hidden" name="intent" value="waarden" />
          <Paragraph>Laat een waarde op &lsquo;ontbreekt&rsquo; staan als u haar niet kent; &lsquo;geheim&rsquo; als zij niet gedeeld mag worden. Een leeg veld is nooit nul.</Paragraph>
          {rows.map((row, index) => (
            <Fragment key={row.indicator.key}>
              <ValueInputs index={index} indicator={row.indicator} current={row.current} errors={failure?.fieldErrors} />
              <ValueHistory label={row.indicator.label} unit={row.indicator.unit} current={row.current} history={row.history} />
            </Fragment>
          ))}
          <Button type="submit" appearance="primary-action-button">Waarden opslaan</Button>
        </Form>
      )}
      {rows.length > 0 ? (
        <section aria-labelledby="toelichtingen">
          <Heading2 id="toelichtingen">Toelichting van de regio</Heading2>
          <Paragraph>Uw toelichting staat naast de cijfers van {region.name}, overal waar ze verschijnen.</Paragraph>
          {rows.map((row) => {
            const id = `toelichting-${row.indicator.key}`
            return (
              <Form key={row.indicator.key} method="post" className="bt-form" aria-label={`Toelichting ${row.indicator.label}`}>
                <input type="hidden" name="intent" value="toelichting" />
                <input type="hidden" name="indicatorKey" value={row.indicator.key} />
                <input type="hidden" name="version" value={row.explanation?.version ?? ''} />
                <label htmlFor={id} className="utrecht-form-label">{row.indicator.label}</label>
                <textarea id={id} name="body" defaultValue={row.explanation?.body ?? ''} rows={2} maxLength={2000} className="utrecht-textarea bt-textarea" />
                <Button type="submit" appearance="secondary-action-button">Toelichting opslaan</Button>
              </Form>
            )
          })}
        </section>
      ) : null}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
