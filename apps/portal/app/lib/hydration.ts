// Pages with nothing interactive (no charts, no forms that need JavaScript, no client state) are
// served as plain HTML: the root leaves out React Router's scripts and their modulepreload links
// when a matched route says so (issue 20, ADR 042). Links and forms still work as plain HTML.

/** A route's `handle` for a page that is never hydrated: `export const handle = NO_HYDRATION`. */
export const NO_HYDRATION = { hydrate: false } as const

/** True unless one of the page's matched routes (root to leaf) asks not to be hydrated. */
export function pageHydrates(matches: readonly { handle?: unknown }[]): boolean {
  return !matches.some((match) => {
    const handle = match.handle
    return typeof handle === 'object' && handle !== null && 'hydrate' in handle && handle.hydrate === false
  })
}
