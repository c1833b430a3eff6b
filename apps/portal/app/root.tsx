import themeCss from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?url'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useMatches, useRouteLoaderData } from 'react-router'
import type { Route } from './+types/root'
import { ErrorPage } from './components/error-page.tsx'
import { SiteFooter } from './components/site-footer.tsx'
import { SiteHeader } from './components/site-header.tsx'
import appCss from './app.css?url'
// Only the Utrecht components the portal uses (utrecht.css), not Utrecht's whole library.
import utrechtCss from './utrecht.css?url'
import { DemoBanner } from './components/demo-banner.tsx'
import { pageHydrates } from './lib/hydration.ts'
import { apiMiddleware, getApi, requestContext, toRouteError } from './server/api.server.ts'
import { siteUserOf } from './server/site-user.server.ts'

export const middleware: Route.MiddlewareFunction[] = [apiMiddleware]

/** The title and description of pages without their own (the 404 and error pages). */
export const meta: Route.MetaFunction = () => [
  { title: 'Beschermd Thuis' },
  { name: 'description', content: 'Voortgang van de doordecentralisatie beschermd wonen: afspraken, plannen en monitoring per regio.' },
]

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: utrechtCss },
  { rel: 'stylesheet', href: themeCss },
  { rel: 'stylesheet', href: appCss },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

/** What every page shows: who is signed in, and whether demo data is present. */
export async function loader({ context }: Route.LoaderArgs) {
  const site = await getApi(context).site.info().catch(toRouteError)
  return { hasDemoData: site.hasDemoData, user: siteUserOf(context.get(requestContext).scope.actor) }
}

export function Layout({ children }: { children: React.ReactNode }) {
  // Absent when the root loader itself failed (e.g. database down): the error page still renders.
  const data = useRouteLoaderData<typeof loader>('root')
  // A page whose route says `handle: NO_HYDRATION` ships no JavaScript (lib/hydration.ts).
  const hydrate = pageHydrates(useMatches())
  return (
    <html lang="nl" className="utrecht-document voorbeeld-theme">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-page-body">
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          Naar de inhoud
        </a>
        <SiteHeader user={data?.user ?? null} />
        {data?.hasDemoData ? <DemoBanner /> : null}
        <main id="inhoud" tabIndex={-1} className="bt-main">
          {children}
        </main>
        <SiteFooter />
        {hydrate ? (
          <>
            <ScrollRestoration />
            <Scripts />
          </>
        ) : null}
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
