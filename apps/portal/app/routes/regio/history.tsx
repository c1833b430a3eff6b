import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Logbook } from '#app/components/logbook/logbook.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { regionOfMatches, useRegion } from '#app/lib/region-shell.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { regionSlugOf } from '#app/server/agreement-forms.server.ts'
import { readLogbookQuery } from '#app/server/logbook.server.ts'
import type { Route } from './+types/history'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** Its GET filter form works as a plain HTML form: served without JavaScript (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageMeta(`Logboek ${regionOfMatches(matches)?.name ?? 'regio'}`, 'Alle wijzigingen in de gegevens van de regio, nieuwste eerst.'),
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const query = readLogbookQuery(request)
  const page = query.filter
    ? await getApi(context)
        .region.history({ ...query.filter, slug })
        .catch(toRouteError)
    : null
  return { values: query.values, problems: query.problems, entries: page?.entries ?? null, olderBefore: page?.olderBefore ?? null }
}

export default function RegionHistory({ loaderData }: Route.ComponentProps) {
  const region = useRegion()
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Logboek' }]} />
      <Heading1>Logboek {region.name}</Heading1>
      <Paragraph>
        Alle wijzigingen in de gegevens van de regio, ook aan concepten, met wat er veranderde. Alleen zichtbaar voor de
        regio zelf en haar VNG-regioadviseur.
      </Paragraph>
      <Logbook path={`/regio/${region.slug}/logboek`} {...loaderData} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
