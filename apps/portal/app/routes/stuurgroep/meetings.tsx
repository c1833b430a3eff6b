import { CreateMeetingSchema, MEETING_KINDS, MEETING_KIND_LABELS } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/meetings'

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Overleggen', 'De overleggen van de stuurgroep en de Bestuurlijk Overleggen: agenda, besluiten en actiepunten.'),
]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  return getApi(context).meeting.list().catch(toRouteError)
}

export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const { id } = await getApi(context).meeting.create(parseValues(values, CreateMeetingSchema))
    return redirect(`/stuurgroep/vergaderingen/${id}?melding=gepland`)
  })
}

export default function Meetings({ loaderData, actionData }: Route.ComponentProps) {
  const { meetings, canManage } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const posted = (name: string) => (typeof failure?.values[name] === 'string' ? String(failure.values[name]) : '')
  return (
    <>
      <Breadcrumb items={[{ to: '/mijn-werk', label: 'Mijn werk' }, { label: 'Overleggen' }]} />
      <Heading1>Overleggen</Heading1>
      <Paragraph>
        Stuurgroepoverleggen en Bestuurlijk Overleggen (BO). Een BO is ook het besluitmoment van het landelijk overzicht. Zie ook de{' '}
        <Link to="/stuurgroep/besluiten">besluitenlijst</Link>.
      </Paragraph>
      {meetings.length === 0 ? (
        <Paragraph>Er zijn nog geen overleggen.</Paragraph>
      ) : (
        <DataTable caption="Overleggen, nieuwste eerst" label="Overleggen" hideCaption rows={meetings} rowKey={(m) => m.id} columns={[
            { key: 'datum', header: 'Datum', cell: (m) => formatIsoDate(m.meetingDate) },
            { key: 'overleg', header: 'Overleg', cell: (m) => <Link to={`/stuurgroep/vergaderingen/${m.id}`}>{m.title}</Link> },
            { key: 'soort', header: 'Soort', cell: (m) => m.kindLabel },
            { key: 'agendapunten', header: 'Agendapunten', cell: (m) => m.itemCount },
            { key: 'besluiten', header: 'Besluiten', cell: (m) => m.decisionCount },
            { key: 'status', header: 'Status', cell: (m) => (m.state === 'closed' ? 'Gesloten (notulen vastgelegd)' : 'Gepland') },
          ]} />
      )}
      {canManage ? (
        <section aria-labelledby="nieuw-overleg" className="bt-section">
          <Heading2 id="nieuw-overleg">Overleg plannen</Heading2>
          <Form method="post" noValidate>
            <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
            <fieldset className="utrecht-form-fieldset bt-group bt-field">
              <legend className="utrecht-form-fieldset__legend">Soort overleg</legend>
              {failure?.fieldErrors?.kind ? <p className="utrecht-form-field-error-message bt-field__error">{failure.fieldErrors.kind[0]}</p> : null}
              {MEETING_KINDS.map((kind) => (
                <label key={kind} className="bt-choice">
                  <input type="radio" name="kind" value={kind} defaultChecked={(posted('kind') || 'steering') === kind} className="utrecht-radio-button" />{' '}
                  {MEETING_KIND_LABELS[kind]}
                </label>
              ))}
            </fieldset>
            <TextField id="meeting-title" name="title" label="Titel" defaultValue={posted('title')} error={failure?.fieldErrors?.title?.[0]} />
            <TextField
              id="meeting-date"
              name="meetingDate"
              type="date"
              label="Datum"
              hint="Bij een BO: het besluitmoment van het landelijk overzicht op deze datum."
              defaultValue={posted('meetingDate')}
              error={failure?.fieldErrors?.meetingDate?.[0]}
            />
            <Button type="submit" appearance="primary-action-button">
              Overleg plannen
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
