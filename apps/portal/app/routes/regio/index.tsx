import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ExampleIndelingNotice } from '#app/components/example-indeling-notice.tsx'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatInteger, pageTitle } from '#app/lib/format.ts'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/index'

export const meta: Route.MetaFunction = () => [{ title: pageTitle("Regio's") }]

export async function loader({ context }: Route.LoaderArgs) {
  return getApi(context).region.list().catch(toRouteError)
}

type RegionRow = Route.ComponentProps['loaderData']['regions'][number]

const REGION_COLUMNS: Column<RegionRow>[] = [
  { key: 'regio', header: 'Regio', rowHeader: true, sortValue: (r) => r.name, cell: (r) => <Link to={`/regio/${r.slug}`}>{r.name}</Link> },
  { key: 'centrumgemeente', header: 'Centrumgemeente', sortValue: (r) => r.centralMunicipalityName, cell: (r) => r.centralMunicipalityName },
  { key: 'provincie', header: 'Provincie', sortValue: (r) => r.province, cell: (r) => r.province },
  { key: 'gemeenten', header: 'Gemeenten', numeric: true, sortValue: (r) => r.municipalityCount, cell: (r) => r.municipalityCount },
  { key: 'inwoners', header: 'Inwoners', numeric: true, sortValue: (r) => r.inhabitants, cell: (r) => formatInteger(r.inhabitants) },
]

export default function RegionList({ loaderData }: Route.ComponentProps) {
  const { regions, isExampleIndeling } = loaderData
  return (
    <>
      <Heading1>Regio&apos;s</Heading1>
      <Paragraph lead>
        {regions.length} regio&apos;s beschermd wonen en maatschappelijke opvang, elk met een centrumgemeente.
      </Paragraph>
      {isExampleIndeling ? <ExampleIndelingNotice /> : null}
      <DataTable
        caption="Regio's met hun centrumgemeente en omvang"
        columns={REGION_COLUMNS}
        rows={regions}
        rowKey={(region) => region.code}
      />
    </>
  )
}
