import { BOTTLENECK_STATE_LABELS } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link, useLocation } from 'react-router'
import { CountsTable } from '#app/components/bottlenecks/counts-table.tsx'
import { RegisterFilters } from '#app/components/bottlenecks/register-filters.tsx'
import { RiskMatrix } from '#app/components/bottlenecks/risk-matrix.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { blockLabel } from '#app/lib/bottlenecks.ts'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, requestContext, toRouteError } from '#app/server/api.server.ts'
import { loadRegister } from '#app/server/bottlenecks.server.ts'
import type { Route } from './+types/knelpunten'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** Its GET filter form works as a plain HTML form: served without JavaScript (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Knelpuntenregister – Stuurgroep', 'Het register van knelpunten in de doordecentralisatie beschermd wonen: status, risico, eigenaar en streefdatum.'),
]

/** Signed-in readers get the register they may see; anyone else only the counts (issue 16). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { actor } = context.get(requestContext).scope
  const readsRegister = actor?.grants.some((g) => ['steering_member', 'vng_analyst', 'vng_adviser', 'region_editor', 'region_viewer'].includes(g.role))
  if (!readsRegister) return { register: null, counts: await getApi(context).bottleneck.counts().catch(toRouteError) }
  return { register: await loadRegister(context, request), counts: null }
}

type Item = NonNullable<Route.ComponentProps['loaderData']['register']>['items'][number]

const COLUMNS: Column<Item>[] = [
  { key: 'titel', header: 'Knelpunt', rowHeader: true, sortValue: (b) => b.title, cell: (b) => <Link to={`/stuurgroep/knelpunten/${b.id}`}>{b.title}</Link> },
  { key: 'status', header: 'Status', sortValue: (b) => b.state, cell: (b) => BOTTLENECK_STATE_LABELS[b.state] },
  { key: 'bouwstenen', header: 'Bouwstenen', cell: (b) => b.buildingBlocks.map(blockLabel).join(', ') },
  { key: 'ernst', header: 'Ernst', numeric: true, sortValue: (b) => b.severity, cell: (b) => b.severity },
  { key: 'kans', header: 'Kans', numeric: true, sortValue: (b) => b.likelihood, cell: (b) => b.likelihood },
  { key: 'eigenaar', header: 'Eigenaar', sortValue: (b) => b.ownerName ?? '', cell: (b) => b.ownerName ?? '–' },
  {
    key: 'streefdatum',
    header: 'Streefdatum',
    sortValue: (b) => b.dueDate ?? '9999',
    cell: (b) => (b.dueDate ? `${formatIsoDate(b.dueDate)}${b.overdue ? ' (verlopen)' : ''}` : '–'),
  },
]

export default function Register({ loaderData }: Route.ComponentProps) {
  const { register, counts } = loaderData
  const { search } = useLocation()
  return (
    <>
      <Breadcrumb items={[{ to: '/stuurgroep', label: 'Stuurgroep' }, { label: 'Knelpunten' }]} />
      <Heading1>Knelpuntenregister</Heading1>
      {register === null ? (
        <>
          <Paragraph lead>Hoeveel knelpunten er per bouwsteen zijn, en in welke status.</Paragraph>
          <Paragraph>
            De knelpunten zelf zijn zichtbaar voor de stuurgroep, VNG en de regio&apos;s die het aangaat.{' '}
            <Link to="/inloggen?terug=%2Fstuurgroep%2Fknelpunten">Log in</Link> om ze te bekijken.
          </Paragraph>
          <CountsTable counts={counts ?? []} />
        </>
      ) : (
        <>
          <Paragraph lead>
            Knelpunten in de doordecentralisatie, van melding tot besluit.
            {register.canRaise ? (
              <>
                {' '}
                <Link to="/stuurgroep/knelpunten/nieuw">Nieuw knelpunt melden</Link>
              </>
            ) : null}
          </Paragraph>
          <RegisterFilters filter={register.filter} regions={register.regions} owners={register.owners} />
          <Paragraph role="status">
            {register.items.length} knelpunten. Downloaden: <a href={`/stuurgroep/knelpunten/export.csv${search}`} download>CSV</a>,{' '}
            <a href={`/stuurgroep/knelpunten/export.xlsx${search}`} download>Excel (XLSX)</a>.
          </Paragraph>
          <RiskMatrix items={register.items} />
          <section aria-labelledby="register" className="bt-section">
            <Heading2 id="register">Knelpunten</Heading2>
            {register.items.length === 0 ? (
              <Paragraph>Geen knelpunten die aan de filters voldoen.</Paragraph>
            ) : (
              <DataTable caption="Knelpunten met status, risico, eigenaar en streefdatum" label="Knelpunten" columns={COLUMNS} rows={register.items} rowKey={(b) => String(b.id)} />
            )}
          </section>
        </>
      )}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
