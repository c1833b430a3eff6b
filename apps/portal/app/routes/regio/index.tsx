import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link, useLocation } from 'react-router'
import { ExampleIndelingNotice } from '#app/components/example-indeling-notice.tsx'
import { buildLegend } from '#app/components/region-map/legend.ts'
import { MapDatePicker, mapMomentParam } from '#app/components/region-map/map-date-picker.tsx'
import { RegionMap } from '#app/components/region-map/region-map.tsx'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatInteger, pageMeta } from '#app/lib/format.ts'
import { getApi, requestContext, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/index'
import { findMeasure, INHABITANTS, mapRegionsFor } from '#app/components/region-table/region-measures.ts'
import { RegionTable } from '#app/components/region-table/region-table.tsx'
import { loadRegionTable } from '#app/server/region-table.server.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** The map is server-rendered SVG and its date picker and table filters are GET forms: served without JavaScript (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta("Regio's", "Alle regio's beschermd wonen en maatschappelijke opvang met hun centrumgemeente en omvang.")]

/**
 * Anonymous visitors get the public region list and a map of inhabitants (a public statistic);
 * signed-in users get the national region table and a map coloured by any of its measures.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const api = getApi(context)
  // The map may be drawn under the indeling of a decision moment; the figures stay today's.
  const { moments } = await api.overview.moments().catch(toRouteError)
  const mapMoment = moments.find((m) => m.id === mapMomentParam(request) && !m.prepared) ?? null
  const [list, shapes] = await Promise.all([api.region.list(), api.map.shapes(mapMoment ? { onDate: mapMoment.momentDate } : {})]).catch(toRouteError)
  const mapDate = { moments: moments.filter((m) => !m.prepared), selected: mapMoment?.id ?? null }
  if (context.get(requestContext).scope.actor === null) return { ...list, shapes, mapDate, table: null }
  const measureKey = new URL(request.url).searchParams.get('kaart')
  return { ...list, shapes, mapDate, table: { ...(await loadRegionTable(context, request)), measureKey } }
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
  const { regions, isExampleIndeling, shapes, mapDate, table } = loaderData
  const { search } = useLocation()
  const measure = table ? findMeasure(table.measureKey) : INHABITANTS
  const mapRegions = table
    ? mapRegionsFor(table.rows, measure)
    : regions.map((r) => ({ id: r.code, slug: r.slug, name: r.name, value: r.inhabitants, label: `${formatInteger(r.inhabitants)} inwoners` }))
  const legend = buildLegend(
    mapRegions.map((r) => r.value),
    measure.format,
  )
  return (
    <>
      <Heading1>Regio&apos;s</Heading1>
      <Paragraph lead>
        {regions.length} regio&apos;s beschermd wonen en maatschappelijke opvang, elk met een centrumgemeente.
      </Paragraph>
      {isExampleIndeling ? <ExampleIndelingNotice /> : null}
      {table ? (
        <>
          <section aria-labelledby="kaart" className="bt-section">
            <Heading2 id="kaart">Kaart: {measure.name.toLowerCase()}</Heading2>
            <MapDatePicker moments={mapDate.moments} selected={mapDate.selected} search={search} />
            <RegionMap shapes={shapes} regions={mapRegions} measure={measure} legend={legend} />
          </section>
          <RegionTable
            rows={table.filtered}
            total={table.rows.length}
            conditionCount={table.conditionCount}
            filter={table.filter}
            provinces={[...new Set(regions.map((r) => r.province))].sort((a, b) => a.localeCompare(b, 'nl'))}
            measure={measure}
            search={search}
          />
        </>
      ) : (
        <>
          <Paragraph>
            De kaart toont het aantal inwoners per regio. <Link to="/inloggen?terug=%2Fregio">Log in</Link> om de regio&apos;s
            naast elkaar te vergelijken op hun afspraken, niveaus en planning.
          </Paragraph>
          <MapDatePicker moments={mapDate.moments} selected={mapDate.selected} search={search} />
          <RegionMap shapes={shapes} regions={mapRegions} measure={INHABITANTS} legend={legend}>
            <DataTable caption="Regio's met hun centrumgemeente en omvang" columns={REGION_COLUMNS} rows={regions} rowKey={(region) => region.code} />
          </RegionMap>
          <Paragraph>
            Inwoners: de som van de gemeenten volgens de gemeentelijst van het portaal; de bron vermeldt geen peildatum (de som past bij 1
            januari 2026). Download de lijst: <a href="/regio/lijst.csv" download>CSV</a> of{' '}
            <a href="/regio/lijst.json" download>JSON (met definities)</a>.
          </Paragraph>
        </>
      )}
    </>
  )
}
