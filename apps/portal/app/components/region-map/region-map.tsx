import { useId, type ReactNode } from 'react'
import { formatIsoDate } from '#app/lib/format.ts'
import { DataTable, type Column } from '../ui/data-table.tsx'
import { colorOf, type MapLegend } from './legend.ts'

/** Region outlines as `api.map.shapes` returns them: SVG path data per region code in one viewBox. */
export interface RegionShapes {
  viewBox: string
  paths: Readonly<Record<string, string>>
  /** The date whose indeling drew the regions. */
  asOf: string
}

/** One region on the map: `id` is its code (the key into the shapes), `label` its value in words. */
export interface MapRegion {
  id: string
  slug: string
  name: string
  value: number | null
  label: string
}

/** What the colours mean: the measure's name ("Inwoners") and unit ("inwoners", "%", "afspraken"). */
export interface MapMeasure {
  name: string
  unit: string
}

export interface RegionMapProps {
  shapes: RegionShapes
  regions: readonly MapRegion[]
  measure: MapMeasure
  legend: MapLegend
  /** Where a region links to; default its region page. */
  hrefFor?: (region: MapRegion) => string
  /** The table beside the map; without one, a table of the regions' values is shown. */
  children?: ReactNode
}

/**
 * A choropleth of the regions, drawn on the server as plain SVG (no script needed): every region a
 * link with its name and value as accessible name, reachable by Tab with a visible focus; the legend
 * is text; the table beside the map holds the same numbers. Build `legend` with `buildLegend`.
 */
export function RegionMap({ shapes, regions, measure, legend, hrefFor = (r) => `/regio/${r.slug}`, children }: RegionMapProps) {
  const titleId = useId()
  const drawn = regions.filter((r) => shapes.paths[r.id])
  return (
    <div className="bt-map-pair">
      <figure className="bt-region-map">
        <svg viewBox={shapes.viewBox} role="group" aria-labelledby={titleId} className="bt-region-map__svg">
          <title id={titleId}>{`Kaart van de regio's: ${measure.name.toLowerCase()}`}</title>
          {drawn.map((region) => (
            <a key={region.id} href={hrefFor(region)} aria-label={`${region.name}: ${region.label}`} className="bt-region-map__region">
              <path d={shapes.paths[region.id]} fill={colorOf(legend, region.value)} data-region={region.id} />
            </a>
          ))}
        </svg>
        <figcaption>
          <p className="bt-region-map__caption">
            {measure.name} per regio, indeling van {formatIsoDate(shapes.asOf)}. Kaart: CBS/PDOK, CC BY 4.0.
          </p>
          <ul className="bt-region-map__legend" aria-label={`Legenda: ${measure.name}`}>
            {legend.classes.map((c) => (
              <li key={c.color}>
                <span className="bt-region-map__swatch" style={{ background: c.color }} aria-hidden="true" />
                {c.label} {measure.unit} ({drawn.filter((r) => r.value !== null && r.value >= c.min && r.value <= c.max).length})
              </li>
            ))}
            {drawn.some((r) => r.value === null) ? (
              <li>
                <span className="bt-region-map__swatch" style={{ background: legend.noValue.color }} aria-hidden="true" />
                {legend.noValue.label} ({drawn.filter((r) => r.value === null).length})
              </li>
            ) : null}
          </ul>
        </figcaption>
      </figure>
      {children ?? <MapValueTable regions={regions} measure={measure} hrefFor={hrefFor} />}
    </div>
  )
}

function MapValueTable({ regions, measure, hrefFor }: Pick<RegionMapProps, 'regions' | 'measure'> & { hrefFor: (r: MapRegion) => string }) {
  const columns: Column<MapRegion>[] = [
    { key: 'regio', header: 'Regio', rowHeader: true, sortValue: (r) => r.name, cell: (r) => <a href={hrefFor(r)}>{r.name}</a> },
    { key: 'waarde', header: measure.name, numeric: true, sortValue: (r) => r.value ?? -Infinity, cell: (r) => r.label },
  ]
  return (
    <DataTable
      caption={`${measure.name} per regio (${measure.unit})`}
      label={`Tabel: ${measure.name} per regio`}
      columns={columns}
      rows={regions}
      rowKey={(r) => r.id}
      param="kaart-sorteer"
    />
  )
}
