import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { AdminBreadcrumb } from '#app/components/admin/shared.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Logbook } from '#app/components/logbook/logbook.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { readLogbookQuery } from '#app/server/logbook.server.ts'
import type { Route } from './+types/audit'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** Its GET filter form works as a plain HTML form: served without JavaScript (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Logboek – Beheer', 'Het logboek van alle wijzigingen in het portaal.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const query = readLogbookQuery(request)
  const [page, regions] = await Promise.all([
    query.filter ? api.admin.auditLog.page(query.filter) : null,
    api.admin.regions.list(),
  ]).catch(toRouteError)
  return {
    values: query.values,
    problems: query.problems,
    entries: page?.entries ?? null,
    olderBefore: page?.olderBefore ?? null,
    regions: regions.map((r) => ({ code: r.code, name: r.name })),
  }
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Logboek' }]} />
      <Heading1>Logboek</Heading1>
      <Paragraph>
        Alle wijzigingen in het hele portaal, nieuwste eerst, met wat er veranderde. Het logboek wordt alleen aangevuld,
        nooit gewijzigd.
      </Paragraph>
      <Logbook path="/beheer/logboek" {...loaderData} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
