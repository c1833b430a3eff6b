import { BOTTLENECK_STATE_LABELS, DeskInputSchema, SIGNAL_KINDS, type SignalKind } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link } from 'react-router'
import { describeEvent } from '#app/components/bottlenecks/history.tsx'
import { CountsTable } from '#app/components/bottlenecks/counts-table.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { FilterActions } from '#app/components/ui/select-filter.tsx'
import { blockLabel, signalKindLabel } from '#app/lib/bottlenecks.ts'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, requestContext, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/index'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** Its GET filter form works as a plain HTML form: served without JavaScript (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Stuurgroep', 'De tafel van de stuurgroep: signalen uit de gegevens, nieuwe en verlopen knelpunten en wat er veranderde.'),
]

/** Steering members, analysts and advisers get the desk; anyone else the counts per building block and state. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { actor } = context.get(requestContext).scope
  const api = getApi(context)
  const national = actor?.grants.some((g) => ['steering_member', 'vng_analyst', 'vng_adviser'].includes(g.role)) ?? false
  if (!national) return { desk: null, counts: await api.bottleneck.counts().catch(toRouteError), signedIn: actor !== null }
  const input = DeskInputSchema.parse({ since: new URL(request.url).searchParams.get('sinds') || undefined })
  return { desk: await api.bottleneck.desk(input).catch(toRouteError), counts: null, signedIn: true }
}

type Desk = NonNullable<Route.ComponentProps['loaderData']['desk']>

export default function SteeringDesk({ loaderData }: Route.ComponentProps) {
  const { desk, counts, signedIn } = loaderData
  return (
    <>
      <Heading1>Stuurgroep</Heading1>
      {desk ? (
        <DeskView desk={desk} />
      ) : (
        <>
          <Paragraph lead>De stuurgroep volgt de doordecentralisatie tussen de Bestuurlijke Overleggen en pakt knelpunten op.</Paragraph>
          <Paragraph>
            {signedIn ? (
              <Link to="/stuurgroep/knelpunten">Naar de knelpunten van uw regio</Link>
            ) : (
              <>
                De knelpunten zelf zijn zichtbaar na <Link to="/inloggen?terug=%2Fstuurgroep">inloggen</Link>.
              </>
            )}
          </Paragraph>
          <section aria-labelledby="aantallen" className="bt-section">
            <Heading2 id="aantallen">Knelpunten per bouwsteen en status</Heading2>
            <CountsTable counts={counts ?? []} />
          </section>
        </>
      )}
    </>
  )
}

function DeskView({ desk }: { desk: Desk }) {
  const kinds = SIGNAL_KINDS.filter((k) => desk.signalCounts.some((c) => c.kind === k))
  const blocks = [...new Set(desk.signalCounts.map((c) => c.buildingBlock))].sort()
  const count = (kind: string, block: string) => desk.signalCounts.find((c) => c.kind === kind && c.buildingBlock === block)?.count ?? 0
  return (
    <>
      <Paragraph lead>
        <Link to="/stuurgroep/knelpunten">Knelpuntenregister</Link> · <Link to="/stuurgroep/signalen">Alle signalen</Link> ·{' '}
        <Link to="/stuurgroep/drempels">Drempels</Link> · <Link to="/stuurgroep/vergaderingen">Vergaderingen</Link>
      </Paragraph>
      <Form method="get" className="bt-filters" aria-label="Veranderingen sinds een datum">
        <div className="bt-filter">
          <label className="utrecht-form-label" htmlFor="sinds">
            Wat veranderde sinds
          </label>
          <input id="sinds" name="sinds" type="date" defaultValue={desk.since} className="utrecht-textbox utrecht-textbox--html-input" />
        </div>
        <FilterActions label="Toon" />
      </Form>
      {desk.sinceMeeting ? (
        <Paragraph>
          Standaard sinds de laatste stuurgroepvergadering:{' '}
          <Link to={`/stuurgroep/vergaderingen/${desk.sinceMeeting.id}`}>{desk.sinceMeeting.title}</Link> van {formatIsoDate(desk.sinceMeeting.meetingDate)}.
        </Paragraph>
      ) : null}
      <section aria-labelledby="signalen" className="bt-section">
        <Heading2 id="signalen">Open signalen per soort en bouwsteen</Heading2>
        {kinds.length === 0 ? (
          <Paragraph>Er zijn geen open signalen.</Paragraph>
        ) : (
          <DataTable caption="Open signalen per soort en bouwsteen" rows={kinds} rowKey={(k) => k} columns={[
              { key: 'soort', header: 'Soort', rowHeader: true, cell: (k) => <Link to={`/stuurgroep/signalen?soort=${k}`}>{signalKindLabel(k)}</Link> },
              ...blocks.map((b): Column<SignalKind> => ({ key: b, header: blockLabel(b), numeric: true, cell: (k) => count(k, b) })),
            ]} />
        )}
      </section>
      <BottleneckList id="nieuw" title={`Nieuwe knelpunten sinds ${formatIsoDate(desk.since)}`} items={desk.newBottlenecks} empty="Geen nieuwe knelpunten." />
      <BottleneckList id="verlopen" title="Knelpunten over de streefdatum" items={desk.overdueBottlenecks} empty="Geen knelpunten over de streefdatum." />
      <section aria-labelledby="veranderd" className="bt-section">
        <Heading2 id="veranderd">Wat veranderde sinds {formatIsoDate(desk.since)}</Heading2>
        {desk.changes.length === 0 && desk.signalChanges.length === 0 ? <Paragraph>Niets veranderd.</Paragraph> : null}
        <ul className="utrecht-unordered-list">
          {desk.changes.map((c) => (
            <li key={`b${c.id}`}>
              {formatDateTime(c.occurredAt)} – <Link to={`/stuurgroep/knelpunten/${c.bottleneckId}`}>{c.title}</Link>: {describeEvent(c)} ({c.actorLabel})
            </li>
          ))}
          {desk.signalChanges.map((s) => (
            <li key={`s${s.id}`}>
              {formatDateTime(s.occurredAt)} – signaal {s.event === 'opened' ? 'geopend' : 'gesloten'}: <Link to={`/stuurgroep/signalen/${s.signalId}`}>{s.summary}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

function BottleneckList({ id, title, items, empty }: { id: string; title: string; items: Desk['newBottlenecks']; empty: string }) {
  return (
    <section aria-labelledby={id} className="bt-section">
      <Heading2 id={id}>{title}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {items.map((b) => (
            <li key={b.id}>
              <Link to={`/stuurgroep/knelpunten/${b.id}`}>{b.title}</Link> – {BOTTLENECK_STATE_LABELS[b.state]}
              {b.dueDate ? `, streefdatum ${formatIsoDate(b.dueDate)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
