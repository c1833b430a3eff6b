import { ITEM_OUTCOME_LABELS, RecordNumberSchema } from '@bt/domain'
import { Heading1, Heading2 } from '@utrecht/component-library-react'
import { Fragment } from 'react'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { PrintButton, PrintTable } from '#app/components/ui/print.tsx'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/meeting-print'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** A print page: its print button is a plain script (components/ui/print.tsx); served without React (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

// A meeting's agenda (/agenda) and minutes (/notulen), print-ready on A4: the same route, two views.

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(
    data ? `${data.view === 'agenda' ? 'Agenda' : 'Notulen'} ${data.meeting.title}` : 'Overleg',
    'Agenda of notulen van een overleg van de stuurgroep, opgemaakt om af te drukken of als pdf op te slaan.',
  ),
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const id = RecordNumberSchema.safeParse(params.id)
  if (!id.success) notFound('Dit overleg bestaat niet.')
  const view = new URL(request.url).pathname.endsWith('/notulen') ? 'minutes' : 'agenda'
  const page = await getApi(context).meeting.get({ id: id.data }).catch(toRouteError)
  return { view, meeting: page.meeting, participants: page.participants, items: page.items }
}

export default function MeetingPrint({ loaderData }: Route.ComponentProps) {
  const { view, meeting, participants, items } = loaderData
  const minutes = view === 'minutes'
  const title = `${minutes ? 'Notulen' : 'Agenda'} ${meeting.title}`
  const actions = items.flatMap((item) => item.actions.map((a) => ({ ...a, itemNumber: item.number })))
  return (
    <article className="bt-print-plan">
      <div className="bt-no-print">
        <Breadcrumb items={[{ to: '/stuurgroep/vergaderingen', label: 'Overleggen' }, { to: `/stuurgroep/vergaderingen/${meeting.id}`, label: meeting.title }, { label: minutes ? 'Notulen' : 'Agenda' }]} />
      </div>
      <Heading1>{title}</Heading1>
      <p className="utrecht-paragraph bt-print-plan__meta">
        {meeting.kindLabel}, {formatIsoDate(meeting.meetingDate)}.{' '}
        {minutes
          ? meeting.state === 'closed'
            ? `Vastgesteld bij het sluiten op ${meeting.closedAt ? formatDateTime(meeting.closedAt) : ''}.`
            : 'Concept: het overleg is nog niet gesloten.'
          : ''}{' '}
        Deelnemers: {participants.length === 0 ? 'niet vastgelegd' : participants.map((p) => p.name).join(', ')}.
      </p>
      <div className="bt-no-print">
        <div className="utrecht-alert utrecht-alert--info bt-print-hint" role="note" aria-label="Afdrukken">
          <p className="utrecht-paragraph">
            Deze pagina is opgemaakt om af te drukken op A4 of op te slaan als pdf. <PrintButton /> Of kies &lsquo;Afdrukken&rsquo; in het
            menu van uw browser (Ctrl+P) en dan &lsquo;Opslaan als pdf&rsquo;.
          </p>
        </div>
      </div>
      <section aria-labelledby="punten" className="bt-print-section">
        <Heading2 id="punten">{minutes ? 'Agendapunten en besluiten' : 'Agendapunten'}</Heading2>
        <PrintTable caption={minutes ? 'Agendapunten met uitkomst en besluit' : 'Agendapunten'} captionHidden head={minutes ? ['Nr.', 'Punt', 'Uitkomst', 'Besluit'] : ['Nr.', 'Punt', 'Toelichting']}>
          {items.map((item) => (
            <tr key={item.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{item.number}</td>
              <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
                {item.title}
                {item.bottleneckId !== null ? ` (knelpunt ${item.bottleneckId})` : ''}
              </th>
              {minutes ? (
                <Fragment>
                  <td className="utrecht-table__cell">{ITEM_OUTCOME_LABELS[item.outcome]}</td>
                  <td className="utrecht-table__cell bt-pre">{item.decision || '—'}</td>
                </Fragment>
              ) : (
                <td className="utrecht-table__cell bt-pre">{item.description || '—'}</td>
              )}
            </tr>
          ))}
        </PrintTable>
      </section>
      {minutes ? (
        <section aria-labelledby="acties" className="bt-print-section">
          <Heading2 id="acties">Actiepunten</Heading2>
          {actions.length === 0 ? (
            <p className="utrecht-paragraph">Er zijn geen actiepunten afgesproken.</p>
          ) : (
            <PrintTable caption="Actiepunten met eigenaar en datum" captionHidden head={['Bij punt', 'Actiepunt', 'Eigenaar', 'Klaar op']}>
              {actions.map((a) => (
                <tr key={a.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{a.itemNumber}</td>
                  <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
                    {a.description}
                  </th>
                  <td className="utrecht-table__cell">{a.ownerName}</td>
                  <td className="utrecht-table__cell bt-nowrap">{formatIsoDate(a.dueDate)}</td>
                </tr>
              ))}
            </PrintTable>
          )}
        </section>
      ) : null}
    </article>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
