import { RecordNumberSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { Agenda } from '#app/components/meetings/agenda.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject } from '#app/server/forms.server.ts'
import { runMeetingIntent } from '#app/server/meeting-actions.server.ts'
import type { Route } from './+types/meeting'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(data ? data.meeting.title : 'Overleg', 'Een overleg van de stuurgroep: deelnemers, agenda, besluiten en actiepunten.'),
]

const NOTICES: Record<string, string> = {
  gepland: 'Het overleg is gepland.',
  deelnemers: 'De deelnemers zijn opgeslagen.',
  agendapunt: 'Het agendapunt staat op de agenda.',
  volgorde: 'De volgorde van de agenda is aangepast.',
  verwijderd: 'Het agendapunt is van de agenda gehaald.',
  besluit: 'De uitkomst is opgeslagen.',
  actiepunt: 'Het actiepunt is toegevoegd.',
  gesloten: 'Het overleg is gesloten. De notulen liggen vast; de regio’s en eigenaren van actiepunten zijn op de hoogte gebracht.',
  afgerond: 'Het actiepunt is afgerond.',
}

function meetingId(params: { id?: string }) {
  const parsed = RecordNumberSchema.safeParse(params.id)
  if (!parsed.success) notFound('Dit overleg bestaat niet.')
  return parsed.data
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const actor = requireActor(context, request)
  const page = await getApi(context).meeting.get({ id: meetingId(params) }).catch(toRouteError)
  return { ...page, viewerId: actor.userId, notice: NOTICES[new URL(request.url).searchParams.get('melding') ?? ''] ?? null }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const id = meetingId(params)
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => redirect(await runMeetingIntent(getApi(context), id, values)))
}

export default function MeetingPage({ loaderData, actionData }: Route.ComponentProps) {
  const { meeting, participants, items, canEdit, people, candidates, viewerId, notice } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const formFailure = (intent: string) => (failure?.intent === intent ? failure : undefined)
  const participantIds = new Set(participants.map((p) => p.userId))
  const closed = meeting.state === 'closed'
  return (
    <>
      <Breadcrumb items={[{ to: '/stuurgroep/vergaderingen', label: 'Overleggen' }, { label: meeting.title }]} />
      <Heading1>{meeting.title}</Heading1>
      {notice && !failure ? <Notice>{notice}</Notice> : null}
      {failure?.fieldErrors?.intent ? <FormError message={failure.fieldErrors.intent[0]} /> : null}
      {failure && ['omhoog', 'omlaag', 'verwijderen', 'afgerond'].includes(failure.intent ?? '') ? <FormError message={failure.formError} /> : null}
      <dl className="bt-facts">
        <div>
          <dt>Soort</dt>
          <dd>{meeting.kindLabel}</dd>
        </div>
        <div>
          <dt>Datum</dt>
          <dd>{formatIsoDate(meeting.meetingDate)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{closed ? `Gesloten op ${meeting.closedAt ? formatDateTime(meeting.closedAt) : ''} door ${meeting.closedByLabel ?? ''}` : 'Gepland'}</dd>
        </div>
      </dl>
      {meeting.kind === 'bo' ? <Paragraph>Dit Bestuurlijk Overleg is ook het besluitmoment van het landelijk overzicht op deze datum.</Paragraph> : null}
      <p className="utrecht-paragraph bt-actions">
        <Link to={`/stuurgroep/vergaderingen/${meeting.id}/agenda`}>Agenda om af te drukken</Link>
        {' · '}
        <Link to={`/stuurgroep/vergaderingen/${meeting.id}/notulen`}>Notulen om af te drukken</Link>
      </p>
      {closed ? <Paragraph>De notulen van dit overleg liggen vast en veranderen niet meer.</Paragraph> : null}

      <section aria-labelledby="deelnemers" className="bt-section">
        <Heading2 id="deelnemers">Deelnemers</Heading2>
        {participants.length === 0 ? <Paragraph>Er zijn geen deelnemers vastgelegd.</Paragraph> : (
          <ul className="utrecht-unordered-list">
            {participants.map((p) => (
              <li key={p.userId}>{p.name}</li>
            ))}
          </ul>
        )}
        {canEdit ? (
          <details className="bt-reply" open={formFailure('deelnemers') ? true : undefined}>
            <summary>Deelnemers wijzigen</summary>
            <Form method="post">
              <FormError message={formFailure('deelnemers')?.formError} />
              <input type="hidden" name="version" value={meeting.version} />
              <fieldset className="utrecht-form-fieldset bt-group bt-field">
                <legend className="utrecht-form-fieldset__legend">Deelnemers</legend>
                <ul className="bt-choices">
                  {people.map((p) => (
                    <li key={p.id}>
                      <input type="checkbox" id={`deelnemer-${p.id}`} name="participantIds" value={p.id} defaultChecked={participantIds.has(p.id)} className="utrecht-checkbox utrecht-checkbox--html-input" />{' '}
                      <label htmlFor={`deelnemer-${p.id}`}>{p.name}</label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              <Button type="submit" name="intent" value="deelnemers" appearance="secondary-action-button">
                Deelnemers opslaan
              </Button>
            </Form>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="agenda" className="bt-section">
        <Heading2 id="agenda">Agenda{closed ? ' en besluiten' : ''}</Heading2>
        <Agenda meeting={meeting} items={items} people={people} canEdit={canEdit} viewerId={viewerId} failure={failure} />
        {canEdit ? <AddItemForm version={meeting.version} candidates={candidates} failure={formFailure('agendapunt')} /> : null}
      </section>

      {canEdit ? (
        <section aria-labelledby="sluiten" className="bt-section">
          <Heading2 id="sluiten">Overleg sluiten</Heading2>
          <Paragraph>
            Sluit het overleg als elk agendapunt besloten of uitgesteld is. De notulen liggen daarna vast; besloten knelpunten krijgen de
            status “Besloten” en de regio’s en eigenaren van actiepunten krijgen een melding.
          </Paragraph>
          <Form method="post">
            <FormError message={formFailure('sluiten')?.formError} />
            <input type="hidden" name="version" value={meeting.version} />
            <Button type="submit" name="intent" value="sluiten" appearance="primary-action-button">
              Overleg sluiten
            </Button>
          </Form>
        </section>
      ) : null}
    </>
  )
}

function AddItemForm({ version, candidates, failure }: { version: number; candidates: readonly { id: number; title: string }[]; failure?: { fieldErrors?: Record<string, string[] | undefined>; formError?: string; values: Record<string, unknown> } }) {
  const bottleneckError = failure?.fieldErrors?.bottleneckId?.[0]
  const posted = (name: string) => (typeof failure?.values[name] === 'string' ? String(failure.values[name]) : '')
  return (
    <Form method="post" noValidate className="bt-section">
      <h3 className="utrecht-heading-3">Punt aan de agenda toevoegen</h3>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <input type="hidden" name="version" value={version} />
      <div className={`utrecht-form-field bt-field${bottleneckError ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="agenda-knelpunt">
          Knelpunt
        </label>
        {bottleneckError ? (
          <p className="utrecht-form-field-error-message bt-field__error" id="agenda-knelpunt-error">
            {bottleneckError}
          </p>
        ) : null}
        <select
          id="agenda-knelpunt"
          name="bottleneckId"
          defaultValue={posted('bottleneckId')}
          aria-invalid={bottleneckError ? true : undefined}
          aria-describedby={bottleneckError ? 'agenda-knelpunt-error' : undefined}
          className="utrecht-select utrecht-select--html-select"
        >
          <option value="">Geen knelpunt (vrij agendapunt)</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <TextField id="agenda-titel" name="title" label="Titel" hint="Bij een knelpunt mag de titel leeg blijven: dan geldt die van het knelpunt." defaultValue={posted('title')} error={failure?.fieldErrors?.title?.[0]} />
      <Button type="submit" name="intent" value="agendapunt" appearance="secondary-action-button">
        Op de agenda zetten
      </Button>
    </Form>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
