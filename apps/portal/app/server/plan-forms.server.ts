import { RegionSlugSchema } from '@bt/domain'
import type { RouterContextProvider } from 'react-router'
import { getApi, notFound, requireActor, toRouteError } from './api.server.ts'

/** The region slug from the URL; a malformed one names no region (404). */
export function planRegionSlug(params: { slug?: string }): string {
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  return slug.data
}

/** The plan of the URL's region for a signed-in actor (the plan pages' loaders). */
export async function loadRegionPlan({ params, request, context }: { params: { slug?: string }; request: Request; context: Readonly<RouterContextProvider> }) {
  requireActor(context, request)
  return getApi(context).plan.get({ slug: planRegionSlug(params) }).catch(toRouteError)
}
