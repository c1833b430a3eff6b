import { RegionSlugSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { ExampleIndelingNotice } from '#app/components/example-indeling-notice.tsx'
import { formatInteger, pageTitle } from '#app/lib/format.ts'
import { getApi, notFound, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/region'

export const meta: Route.MetaFunction = ({ data }) => [{ title: pageTitle(data?.region.name ?? 'Regio') }]

export async function loader({ params, context }: Route.LoaderArgs) {
  // A malformed slug can name no region: answer 404 without asking the API.
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  const region = await getApi(context).region.bySlug({ slug: slug.data }).catch(toRouteError)
  return { region }
}

export default function RegionPage({ loaderData }: Route.ComponentProps) {
  const { region } = loaderData
  return (
    <>
      <nav aria-label="Kruimelpad" className="bt-breadcrumb">
        <Link to="/regio">Regio&apos;s</Link> <span aria-hidden="true">›</span> <span>{region.name}</span>
      </nav>
      <Heading1>{region.name}</Heading1>
      <dl className="bt-facts">
        <div>
          <dt>Centrumgemeente</dt>
          <dd>{region.centralMunicipalityName}</dd>
        </div>
        <div>
          <dt>Provincie</dt>
          <dd>{region.province}</dd>
        </div>
        <div>
          <dt>Gemeenten</dt>
          <dd>{region.members.length}</dd>
        </div>
        <div>
          <dt>Inwoners</dt>
          <dd>{formatInteger(region.inhabitants)}</dd>
        </div>
      </dl>
      {region.isExampleIndeling ? <ExampleIndelingNotice /> : null}
      <section aria-labelledby="gemeenten">
        <Heading2 id="gemeenten">Gemeenten in de regio</Heading2>
        <div className="bt-table-scroll">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Gemeenten van {region.name} met hun inwonertal</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
                <th scope="col" className="utrecht-table__header-cell">Gemeentecode</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Inwoners</th>
                <th scope="col" className="utrecht-table__header-cell">Peiljaar</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {region.members.map((m) => (
                <tr key={m.code} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {m.name}
                    {m.code === region.code ? ' (centrumgemeente)' : ''}
                  </th>
                  <td className="utrecht-table__cell">{m.code}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatInteger(m.inhabitants)}</td>
                  <td className="utrecht-table__cell">{m.inhabitantsReferenceYear}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Paragraph>Bron inwonertallen: openbare gemeentelijst (peildatum niet gedocumenteerd door de bron).</Paragraph>
      </section>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
