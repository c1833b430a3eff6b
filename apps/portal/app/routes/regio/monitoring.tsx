import { RegionSlugSchema } from '@bt/domain'
import { Heading1 } from '@utrecht/component-library-react'
import { ErrorPage } from '#app/components/error-page.tsx'
import { RegionIndicators } from '#app/components/indicators/region-indicators.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { regionOfMatches, useRegion } from '#app/lib/region-shell.ts'
import { getApi, notFound, toRouteError } from '#app/server/api.server.ts'
import { indicatorsForPage } from '#app/server/region-page-data.server.ts'
import type { Route } from './+types/monitoring'

// A region's monitoring page (ADR 043): per indicator the recent series beside the national one, as a
// chart with its table, with the region's explanation. The region page shows only the latest figures.

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageMeta(`Monitoring – ${regionOfMatches(matches)?.name ?? 'regio'}`, 'Het verloop van de monitoringsindicatoren van de regio naast het landelijke cijfer, met de toelichting van de regio.'),
]

export async function loader({ params, context }: Route.LoaderArgs) {
  // A malformed slug can name no region: answer 404 without asking the API.
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  // Public and tiered like the indicator pages: the service leaves out what a visitor may not see.
  const section = await getApi(context).indicator.regionSection({ slug: slug.data }).catch(toRouteError)
  return { indicators: indicatorsForPage(section) }
}

export default function RegionMonitoring({ loaderData }: Route.ComponentProps) {
  const { indicators } = loaderData
  const region = useRegion()
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Monitoring' }]} />
      <Heading1>Monitoring – {region.name}</Heading1>
      <RegionIndicators regionName={region.name} regionCode={region.code} slug={region.slug} sections={indicators.sections} note={indicators.note} canEnter={indicators.canEnter} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
