import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi } from '#app/server/api.server.ts'
import { loadApiPage } from '#app/server/open-data-api-page.server.ts'
import type { Route } from './+types/api'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [
  ...pageMeta(
    'Open data API',
    'De alleen-lezen JSON-API van Beschermd Thuis: alle eindpunten met een voorbeeld, foutvorm, limieten en het OpenAPI-document.',
  ),
]

export async function loader({ context }: Route.LoaderArgs) {
  return loadApiPage(getApi(context))
}

function Example({ label, text }: { label: string; text: string }) {
  return (
    <pre className="bt-code-example" role="region" aria-label={label} tabIndex={0}>
      <code>{text}</code>
    </pre>
  )
}

export default function ApiPage({ loaderData }: Route.ComponentProps) {
  const { endpoints, errorExample, apiBase, exampleItems } = loaderData
  return (
    <>
      <Breadcrumb
        items={[
          { to: '/', label: 'Landelijk overzicht' },
          { to: '/open-data', label: 'Open data' },
          { label: 'API' },
        ]}
      />
      <Heading1>Open data API</Heading1>
      <Paragraph lead>
        Dezelfde openbare datasets als op <Link to="/open-data">Open data</Link>, als JSON om
        automatisch op te halen. Alleen lezen, zonder inloggen, met versie <code>v1</code> in het
        adres: wat onder <code>{apiBase}</code> staat, verandert niet zonder nieuwe versie.
      </Paragraph>
      <dl className="bt-definitions">
        <dt>Beschrijving</dt>
        <dd>
          <a href={`${apiBase}/openapi.json`}>OpenAPI 3.1-document ({apiBase}/openapi.json)</a>,
          gemaakt uit dezelfde schema’s waarmee elk antwoord wordt gecontroleerd.
        </dd>
        <dt>Limiet</dt>
        <dd>
          Per adres een vast aantal verzoeken per minuut (API en downloads samen). Daarboven: status
          429 met Retry-After.
        </dd>
        <dt>Bewaren</dt>
        <dd>
          Elk antwoord heeft een sterke ETag; stuur die terug in If-None-Match en u krijgt 304
          zolang er niets veranderde. Een eerder besluitmoment mag een dag bewaard worden, de stand
          van nu vijf minuten.
        </dd>
      </dl>
      <Heading2>Fouten</Heading2>
      <Paragraph>
        Elke fout heeft dezelfde vorm, met een vaste code (NOT_FOUND, INVALID, METHOD_NOT_ALLOWED,
        TOO_MANY_REQUESTS, UNAVAILABLE of INTERNAL) en een Nederlandse uitleg:
      </Paragraph>
      <Example label="Voorbeeld van een fout" text={errorExample} />
      <Heading2>Eindpunten</Heading2>
      {endpoints.map((e) => (
        <section key={e.path} aria-label={`GET ${e.path}`}>
          <Heading3>
            <code>GET {e.path}</code>
          </Heading3>
          <Paragraph>{e.summary}</Paragraph>
          {e.parameters.length > 0 ? (
            <ul>
              {e.parameters.map((p) => (
                <li key={p.name}>
                  <code>{p.name}</code>: {p.description}
                </li>
              ))}
            </ul>
          ) : null}
          <Paragraph>
            Voorbeeld: <a href={e.path}>{e.path}</a> (antwoord ingekort tot {exampleItems} rijen en
            kolommen):
          </Paragraph>
          <Example label={`Voorbeeldantwoord van ${e.path}`} text={e.example} />
        </section>
      ))}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
