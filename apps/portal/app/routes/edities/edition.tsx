import { EDITION_REGION_STATE_LABELS, EDITION_REGION_STATES, EDITION_STATE_LABELS, FreezeEditionSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect } from 'react-router'
import { EditionAggregates } from '#app/components/editions/edition-aggregates.tsx'
import { EditionChanges } from '#app/components/editions/edition-changes.tsx'
import { EditionProgress } from '#app/components/editions/edition-progress.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError } from '#app/components/form-field.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/edition'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`Editie ${data?.view.edition.key ?? ''}`, 'Stand van de halfjaareditie: welke regio’s rapporteerden, landelijke cijfers en wat er veranderde.'),
]

export async function loader({ params, context }: Route.LoaderArgs) {
  const api = getApi(context)
  const view = await api.edition.get({ editionKey: params.key }).catch(toRouteError)
  const changes = await api.edition.changes({ editionKey: params.key }).catch(() => null)
  return { view, changes }
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const confirmUnfinished = values.confirmed === 'ja' ? [values.unfinished ?? []].flat() : []
    const input = parseValues({ editionKey: params.key, version: values.version, confirmUnfinished }, FreezeEditionSchema)
    await getApi(context).edition.freeze(input)
    return redirect(`/edities/${params.key}?melding=bevroren`)
  })
}

export default function Edition({ loaderData, actionData }: Route.ComponentProps) {
  const { view, changes } = loaderData
  const { edition, counts } = view
  const failure = actionData
  const unfinished = (view.regions ?? []).filter((r) => r.state !== 'confirmed')
  return (
    <>
      <Breadcrumb items={[{ to: '/edities', label: 'Halfjaareditie' }, { label: edition.key }]} />
      <Heading1>
        {edition.label} ({edition.key})
      </Heading1>
      <dl className="bt-facts">
        <div>
          <dt>Stand</dt>
          <dd>{EDITION_STATE_LABELS[edition.state]}</dd>
        </div>
        <div>
          <dt>Invulperiode</dt>
          <dd>
            {formatIsoDate(edition.windowOpens)} tot en met {formatIsoDate(edition.windowCloses)}
          </dd>
        </div>
        <div>
          <dt>Uiterste datum</dt>
          <dd>{formatIsoDate(edition.dueDate)}</dd>
        </div>
        {edition.frozenAt ? (
          <div>
            <dt>Bevroren</dt>
            <dd>
              {formatDateTime(edition.frozenAt)} door {edition.frozenByLabel}
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="gerapporteerd" className="bt-section">
        <Heading2 id="gerapporteerd">Wie heeft gerapporteerd</Heading2>
        <Paragraph>
          {counts.reported} van de {counts.total} regio’s hebben een beeld ingediend;{' '}
          {EDITION_REGION_STATES.filter((state) => counts.byState[state] > 0)
            .map((state) => `${counts.byState[state]} ${EDITION_REGION_STATE_LABELS[state].toLowerCase()}`)
            .join(', ')}
          .
        </Paragraph>
        {view.regions ? (
          <EditionProgress editionKey={edition.key} regions={view.regions} />
        ) : (
          <Paragraph>
            <Link to={`/inloggen?terug=/edities/${edition.key}`}>Log in</Link> om de stand per regio te zien.
          </Paragraph>
        )}
      </section>
      {view.aggregates ? <EditionAggregates aggregates={view.aggregates} /> : null}
      {edition.state === 'frozen' && view.regions ? (
        <Paragraph>
          Download de bevroren editie met definities:{' '}
          <a href={`/edities/${edition.key}/pakket.xlsx`}>XLSX</a>, <a href={`/edities/${edition.key}/pakket.csv`}>CSV</a>,{' '}
          <a href={`/edities/${edition.key}/pakket.json`}>JSON</a>.
        </Paragraph>
      ) : null}
      <EditionChanges data={changes} scope="per regio" />
      {view.canManage && edition.state === 'open' ? (
        <section aria-labelledby="bevriezen" className="bt-section">
          <Heading2 id="bevriezen">Editie bevriezen</Heading2>
          <Form method="post" noValidate className="bt-stack">
            <FormError message={failure?.formError} />
            <input type="hidden" name="version" value={edition.version} readOnly />
            {unfinished.length > 0 ? (
              <fieldset className="utrecht-form-fieldset bt-group">
                <legend className="utrecht-form-fieldset__legend">Regio’s die nog niet hebben bevestigd ({unfinished.length})</legend>
                <ul className="bt-edition-unfinished">
                  {unfinished.map((r) => (
                    <li key={r.slug}>
                      {r.name}: {r.stateLabel}
                      <input type="hidden" name="unfinished" value={r.slug} readOnly />
                    </li>
                  ))}
                </ul>
                <div className="bt-check">
                  <input type="checkbox" id="confirmed" name="confirmed" value="ja" className="utrecht-checkbox utrecht-checkbox--html-input" />
                  <label htmlFor="confirmed" className="utrecht-form-label utrecht-form-label--checkbox">
                    Ik bevries de editie met deze regio’s in hun huidige stand
                  </label>
                </div>
              </fieldset>
            ) : (
              <Paragraph>Alle regio’s hebben bevestigd.</Paragraph>
            )}
            <Button type="submit" appearance="primary-action-button">
              Editie bevriezen
            </Button>
          </Form>
        </section>
      ) : null}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
