import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ExampleIndelingNotice } from '#app/components/example-indeling-notice.tsx'
import { formatInteger, pageTitle } from '#app/lib/format.ts'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/index'

export const meta: Route.MetaFunction = () => [{ title: pageTitle("Regio's") }]

export async function loader({ context }: Route.LoaderArgs) {
  return getApi(context).region.list().catch(toRouteError)
}

export default function RegionList({ loaderData }: Route.ComponentProps) {
  const { regions, isExampleIndeling } = loaderData
  return (
    <>
      <Heading1>Regio&apos;s</Heading1>
      <Paragraph lead>
        {regions.length} regio&apos;s beschermd wonen en maatschappelijke opvang, elk met een centrumgemeente.
      </Paragraph>
      {isExampleIndeling ? <ExampleIndelingNotice /> : null}
      <div className="bt-table-scroll">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Regio&apos;s met hun centrumgemeente en omvang</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Regio</th>
              <th scope="col" className="utrecht-table__header-cell">Centrumgemeente</th>
              <th scope="col" className="utrecht-table__header-cell">Provincie</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Gemeenten</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Inwoners</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {regions.map((region) => (
              <tr key={region.code} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link to={`/regio/${region.slug}`}>{region.name}</Link>
                </th>
                <td className="utrecht-table__cell">{region.centralMunicipalityName}</td>
                <td className="utrecht-table__cell">{region.province}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{region.municipalityCount}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatInteger(region.inhabitants)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
