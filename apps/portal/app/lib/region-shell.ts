import { useRouteLoaderData } from 'react-router'
import type { loader } from '#app/routes/regio/layout.tsx'

/** Route id of the `regio/:slug` layout (routes.ts), whose loader loads the region shell once. */
export const REGION_LAYOUT_ID = 'routes/regio/layout'

/** The region as the layout loads it: name, slug, province, member municipalities. */
export type RegionShell = Awaited<ReturnType<typeof loader>>['region']

/** The region shell of the page's `regio/:slug` layout, or undefined outside a region. */
export function useOptionalRegion(): RegionShell | undefined {
  return useRouteLoaderData<typeof loader>(REGION_LAYOUT_ID)?.region
}

/** The region shell, for pages under `regio/:slug` (the layout renders them only once it loaded). */
export function useRegion(): RegionShell {
  const region = useOptionalRegion()
  if (!region) throw new Error('useRegion() is for pages under regio/:slug only')
  return region
}

/** The region shell from a meta function's matches (meta runs outside React, so no hook). */
export function regionOfMatches(matches: readonly ({ id: string; loaderData?: unknown } | undefined)[]): RegionShell | undefined {
  const match = matches.find((m) => m?.id === REGION_LAYOUT_ID)
  return isLayoutData(match?.loaderData) ? match.loaderData.region : undefined
}

function isLayoutData(value: unknown): value is { region: RegionShell } {
  return typeof value === 'object' && value !== null && 'region' in value
}
