import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { AdminBreadcrumb } from '#app/components/admin/shared.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/municipalities'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Gemeenten – Beheer', 'Van wanneer tot wanneer elke gemeentecode bestaat.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  return { municipalities: await getApi(context).admin.municipalities.list().catch(toRouteError) }
}

const period = (from: string | null, until: string | null) =>
  from === null && until === null ? 'altijd' : `${from ? `vanaf ${formatIsoDate(from)}` : 'sinds altijd'}${until ? `, tot ${formatIsoDate(until)}` : ''}`

export default function Municipalities({ loaderData }: Route.ComponentProps) {
  const { municipalities } = loaderData
  const limited = municipalities.filter((m) => m.existsFrom !== null || m.existsUntil !== null).length
  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Gemeenten' }]} />
      <Heading1>Gemeenten</Heading1>
      <Paragraph>
        Elke gemeentecode bestaat van een begindatum tot een einddatum (die dag niet meer); leeg betekent altijd. Bij een
        herindeling sluit u de oude codes af. De import van indicatorwaarden weigert een waarde voor een gemeente die in die
        periode niet bestond. {municipalities.length} gemeenten, waarvan {limited} met een begrensde periode.
      </Paragraph>
      <Paragraph>
        <Link to="/beheer/gemeenten/samenvoegen">Samenvoeging vastleggen</Link> (een nieuwe gemeente uit bestaande gemeenten,
        met haar regio)
      </Paragraph>
      <DataTable caption="Gemeenten en hun geldigheid" rows={municipalities} rowKey={(m) => m.code} columns={[
          { key: 'code', header: 'Code', cell: (m) => m.code },
          { key: 'gemeente', header: 'Gemeente', cell: (m) => <Link to={`/beheer/gemeenten/${m.code}`}>{m.name}</Link> },
          { key: 'bestaat', header: 'Bestaat', cell: (m) => period(m.existsFrom, m.existsUntil) },
        ]} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
