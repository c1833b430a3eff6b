import { RegionSlugSchema } from '@bt/domain'
import { Outlet, type ShouldRevalidateFunctionArgs } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { getApi, notFound, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/layout'

// The layout of every page under /regio/:slug (routes.ts): it loads the region shell (name,
// province, member municipalities) once; the pages read it with `useRegion()` from
// `lib/region-shell.ts` instead of asking the API again. The shell is public, like the region page.

export async function loader({ params, context }: Route.LoaderArgs) {
  // A malformed slug can name no region: answer 404 without asking the API.
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  const region = await getApi(context).region.bySlug({ slug: slug.data }).catch(toRouteError)
  return { region }
}

/** The shell changes only in beheer (names, indeling): moving between a region's pages keeps it. */
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.slug !== nextParams.slug
}

export default function RegionLayout() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
