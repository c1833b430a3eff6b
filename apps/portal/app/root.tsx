import utrechtCss from '@utrecht/component-library-css/dist/index.css?url'
import themeCss from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?url'
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router'
import type { Route } from './+types/root'
import { ErrorPage } from './components/error-page.tsx'
import { SiteFooter } from './components/site-footer.tsx'
import { SiteHeader } from './components/site-header.tsx'
import appCss from './app.css?url'
import { apiMiddleware } from './server/api.server.ts'

export const middleware: Route.MiddlewareFunction[] = [apiMiddleware]

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: utrechtCss },
  { rel: 'stylesheet', href: themeCss },
  { rel: 'stylesheet', href: appCss },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export function Layout({ children }: { children: React.ReactNode }) {
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
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="bt-main">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
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
