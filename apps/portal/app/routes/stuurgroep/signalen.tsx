import { SIGNAL_KINDS, SIGNAL_KIND_INFO, SignalFilterSchema } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { blockLabel, signalKindLabel } from '#app/lib/bottlenecks.ts'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction } from '#app/server/forms.server.ts'
import type { Route } from './+types/signalen'
import { FilterActions, SelectFilter } from '#app/components/ui/select-filter.tsx'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = () => [...pageMeta('Signalen – Stuurgroep', 'Signalen die uit de gepubliceerde gegevens van de regio’s zijn berekend, met hun bewijs.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = requireActor(context, request)
  const params = new URL(request.url).searchParams
  const filter = SignalFilterSchema.parse({ kind: params.get('soort') || undefined, status: params.get('stand') || undefined })
  const signals = await getApi(context).signal.list(filter).catch(toRouteError)
  const canRecompute = actor.grants.some((g) => g.role === 'steering_member' || g.role === 'vng_analyst')
  const recomputed = params.get('herberekend')
  return { signals, filter, canRecompute, recomputed }
}

export async function action({ context }: Route.ActionArgs) {
  return formAction(async () => {
    const result = await getApi(context).signal.recompute()
    return redirect(`/stuurgroep/signalen?herberekend=${result.opened}-${result.changed}-${result.closed}`)
  })
}

type Row = Route.ComponentProps['loaderData']['signals'][number]

const COLUMNS: Column<Row>[] = [
  { key: 'signaal', header: 'Signaal', rowHeader: true, sortValue: (s) => s.summary, cell: (s) => <Link to={`/stuurgroep/signalen/${s.id}`}>{s.summary}</Link> },
  { key: 'soort', header: 'Soort', sortValue: (s) => s.kind, cell: (s) => signalKindLabel(s.kind) },
  { key: 'bouwsteen', header: 'Bouwsteen', sortValue: (s) => s.buildingBlock, cell: (s) => blockLabel(s.buildingBlock) },
  { key: 'regio', header: 'Regio', sortValue: (s) => s.regionName ?? '', cell: (s) => s.regionName ?? 'Landelijk' },
  { key: 'sinds', header: 'Sinds', sortValue: (s) => s.openedAt.toISOString(), cell: (s) => formatDateTime(s.openedAt) },
  { key: 'gesloten', header: 'Gesloten', cell: (s) => (s.closedAt ? formatDateTime(s.closedAt) : 'Open') },
]

function recomputedText(value: string | null): string | null {
  const parts = value?.split('-').map(Number)
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isInteger(n))) return null
  return `Opnieuw berekend: ${parts[0]} nieuw, ${parts[1]} gewijzigd, ${parts[2]} gesloten.`
}

export default function Signals({ loaderData }: Route.ComponentProps) {
  const { signals, filter, canRecompute, recomputed } = loaderData
  const done = recomputedText(recomputed)
  return (
    <>
      <Breadcrumb items={[{ to: '/stuurgroep', label: 'Stuurgroep' }, { label: 'Signalen' }]} />
      <Heading1>Signalen</Heading1>
      <Paragraph lead>
        Berekend uit gepubliceerde afspraken, bevestigde vaststellingen, definitieve indicatorwaarden, de besluiten over de bouwstenen en het
        referentiescenario. Een signaal sluit vanzelf als de oorzaak weg is. <Link to="/stuurgroep/drempels">Drempels bekijken</Link>.
      </Paragraph>
      {done ? <Notice>{done}</Notice> : null}
      {canRecompute ? (
        <Form method="post">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Nu opnieuw berekenen
          </button>
        </Form>
      ) : null}
      <Form method="get" className="bt-filters" aria-label="Signalen filteren">
        <SelectFilter
          id="filter-soort"
          name="soort"
          label="Soort"
          value={filter.kind}
          options={SIGNAL_KINDS.map((k) => ({ value: k, label: SIGNAL_KIND_INFO[k].label }))}
        />
        <SelectFilter
          id="filter-stand"
          name="stand"
          label="Open of gesloten"
          value={filter.status}
          options={[
            { value: 'open', label: 'Open' },
            { value: 'closed', label: 'Gesloten' },
            { value: 'all', label: 'Alle' },
          ]}
          all={false}
        />
        <FilterActions label="Toepassen" />
      </Form>
      <Paragraph role="status">{signals.length} signalen.</Paragraph>
      {signals.length > 0 ? <DataTable caption="Signalen met soort, bouwsteen en regio" label="Signalen" columns={COLUMNS} rows={signals} rowKey={(s) => String(s.id)} /> : null}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
