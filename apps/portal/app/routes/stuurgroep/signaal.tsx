import { RecordNumberSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { Evidence } from '#app/components/bottlenecks/evidence.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { blockLabel, signalKindLabel } from '#app/lib/bottlenecks.ts'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/signaal'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`${data?.signal.summary ?? 'Signaal'} – Stuurgroep`, 'Een signaal met zijn bewijs, de gegevens waaruit het komt en zijn geschiedenis.')]

const EVENT_LABELS: Record<string, string> = { opened: 'Geopend', changed: 'Bewijs gewijzigd', closed: 'Gesloten: de oorzaak is weg' }

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const actor = requireActor(context, request)
  const id = RecordNumberSchema.safeParse(params.id)
  if (!id.success) notFound('Dit signaal bestaat niet.')
  const detail = await getApi(context).signal.get({ id: id.data }).catch(toRouteError)
  const canPromote = actor.grants.some((g) => ['steering_member', 'vng_analyst', 'vng_adviser'].includes(g.role))
  return { ...detail, canPromote }
}

export default function Signal({ loaderData }: Route.ComponentProps) {
  const { signal, events, bottlenecks, canPromote } = loaderData
  return (
    <>
      <Breadcrumb items={[{ to: '/stuurgroep', label: 'Stuurgroep' }, { to: '/stuurgroep/signalen', label: 'Signalen' }, { label: signalKindLabel(signal.kind) }]} />
      <Heading1>{signal.summary}</Heading1>
      <dl className="bt-facts">
        <div>
          <dt>Soort</dt>
          <dd>{signalKindLabel(signal.kind)}</dd>
        </div>
        <div>
          <dt>Bouwsteen</dt>
          <dd>{blockLabel(signal.buildingBlock)}</dd>
        </div>
        <div>
          <dt>Regio</dt>
          <dd>{signal.regionName ?? 'Landelijk'}</dd>
        </div>
        <div>
          <dt>Stand</dt>
          <dd>{signal.closedAt ? `Gesloten op ${formatDateTime(signal.closedAt)}` : `Open sinds ${formatDateTime(signal.openedAt)}`}</dd>
        </div>
      </dl>
      {canPromote ? (
        <Paragraph>
          <Link to={`/stuurgroep/knelpunten/nieuw?signaal=${signal.id}`}>Omzetten naar een knelpunt</Link>
        </Paragraph>
      ) : null}
      <section aria-labelledby="bewijs" className="bt-section">
        <Heading2 id="bewijs">Bewijs</Heading2>
        <Evidence evidence={signal.evidence} links={signal.links} />
      </section>
      {bottlenecks.length > 0 ? (
        <section aria-labelledby="knelpunten" className="bt-section">
          <Heading2 id="knelpunten">Knelpunten uit dit signaal</Heading2>
          <ul className="utrecht-unordered-list">
            {bottlenecks.map((b) => (
              <li key={b.id}>
                <Link to={`/stuurgroep/knelpunten/${b.id}`}>{b.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="geschiedenis" className="bt-section">
        <Heading2 id="geschiedenis">Geschiedenis</Heading2>
        <ol className="utrecht-ordered-list">
          {events.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.occurredAt)}: {EVENT_LABELS[e.event] ?? e.event}
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
