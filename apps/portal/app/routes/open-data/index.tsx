import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Fragment } from 'react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requestContext, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/index'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [
  ...pageMeta(
    'Open data',
    'Alle openbare tabellen van het landelijke overzicht als CSV en JSON, met definities, bron en licentie, en de open data API.',
  ),
]

export async function loader({ context }: Route.LoaderArgs) {
  const list = await getApi(context).openData.list().catch(toRouteError)
  return { ...list, signedIn: context.get(requestContext).scope.actor !== null }
}

const TYPE_LABELS = {
  string: 'tekst',
  number: 'getal',
  integer: 'geheel getal',
  boolean: 'ja/nee',
} as const

type Dataset = Route.ComponentProps['loaderData']['datasets'][number]

function Downloads({ title, links }: { title: string; links: Dataset['links'] }) {
  return (
    <ul className="bt-downloads" aria-label={`Downloads: ${title}`}>
      <li>
        <a href={links.csv} download aria-label={`CSV: ${title}`}>
          CSV
        </a>
      </li>
      <li>
        <a
          href={links.csvSemicolon}
          download
          aria-label={`CSV met puntkomma’s (Nederlandse Excel): ${title}`}
        >
          CSV met puntkomma’s (Nederlandse Excel)
        </a>
      </li>
      <li>
        <a href={links.csvZip} download aria-label={`CSV met toelichting (ZIP): ${title}`}>
          CSV met toelichting (ZIP)
        </a>
      </li>
      <li>
        <a href={links.json} download aria-label={`JSON met definities: ${title}`}>
          JSON met definities
        </a>
      </li>
      <li>
        <a href={links.api} aria-label={`API: ${title}`}>
          API
        </a>
      </li>
    </ul>
  )
}

function DatasetSection({ dataset }: { dataset: Dataset }) {
  const id = `dataset-${dataset.key}`
  return (
    <section aria-labelledby={id} className="bt-dataset">
      <Heading2 id={id}>{dataset.title}</Heading2>
      <Paragraph>{dataset.description}</Paragraph>
      <dl className="bt-definitions">
        <dt>Bron</dt>
        <dd>{dataset.source}</dd>
        <dt>Licentie</dt>
        <dd>{dataset.licence}</dd>
        <dt>Vaste naam</dt>
        <dd>
          <code>{dataset.key}</code>
        </dd>
      </dl>
      <Downloads title={dataset.title} links={dataset.links} />
      {dataset.snapshots.length > 0 ? (
        <details>
          <summary>Eerdere standen ({dataset.snapshots.length})</summary>
          <ul>
            {dataset.snapshots.map((s) => {
              const query = `?${new URLSearchParams(s.query).toString()}`
              return (
                <li key={query}>
                  {s.label} ({formatIsoDate(s.date)}):{' '}
                  <a href={`/open-data/${dataset.key}.csv${query}`} download>
                    CSV
                  </a>
                  ,{' '}
                  <a href={`/open-data/${dataset.key}.zip${query}`} download>
                    CSV met toelichting (ZIP)
                  </a>
                  ,{' '}
                  <a href={`/open-data/${dataset.key}.json${query}`} download>
                    JSON
                  </a>
                </li>
              )
            })}
          </ul>
        </details>
      ) : null}
      <details>
        <summary>Hoe de dataset is gemaakt, kolommen en definities</summary>
        <Paragraph>{dataset.method}</Paragraph>
        <Heading3>Kolommen</Heading3>
        <DataTable caption={`Kolommen van ${dataset.title}`} hideCaption rows={dataset.columns} rowKey={(c) => c.key} columns={[
            { key: 'kolom', header: 'Kolom', rowHeader: true, cell: (c) => c.title },
            { key: 'sleutel', header: 'Sleutel (JSON)', cell: (c) => <code>{c.key}</code> },
            { key: 'soort', header: 'Soort', cell: (c) => `${TYPE_LABELS[c.type]}${c.nullable ? ', kan leeg zijn' : ''}` },
            { key: 'definitie', header: 'Definitie', cell: (c) => c.definition },
          ]} />
        <Heading3>Statussen</Heading3>
        <dl className="bt-definitions">
          {Object.entries(dataset.states).map(([code, meaning]) => (
            <Fragment key={code}>
              <dt>
                <code>{code}</code>
              </dt>
              <dd>{meaning}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
    </section>
  )
}

export default function OpenData({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <Breadcrumb items={[{ to: '/', label: 'Landelijk overzicht' }, { label: 'Open data' }]} />
      <Heading1>Open data</Heading1>
      <Paragraph lead>
        Alle openbare tabellen van het landelijke overzicht om te downloaden en te hergebruiken: als
        CSV (UTF-8, ook met puntkomma’s voor de Nederlandse Excel), als CSV met een toelichting ernaast
        in één ZIP, en als JSON, telkens met de definities, de stand, de bron en de licentie in het
        bestand. Elk bestand heeft een vast adres. Cijfers die
        regio’s zelf melden staan er alleen landelijk in, nooit per regio.
      </Paragraph>
      {loaderData.signedIn ? (
        <Paragraph>
          U bent ingelogd. De downloads op deze pagina bevatten daarom ook wat u mag zien en niet
          openbaar is (zoals een landelijk cijfer dat uit minder dan drie regio’s komt); de
          bestandsnaam eindigt dan op ‘ingelogd’. Deel zo’n bestand niet als open data: de API geeft
          altijd de openbare versie.
        </Paragraph>
      ) : null}
      <Paragraph>
        Liever automatisch ophalen? Gebruik de <Link to="/open-data/api">open data API</Link> (JSON,
        met OpenAPI-beschrijving).
      </Paragraph>
      {loaderData.datasets.map((d) => (
        <DatasetSection key={d.key} dataset={d} />
      ))}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
