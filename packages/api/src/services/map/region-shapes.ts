import { createHash } from 'node:crypto'
import { listMemberships, MUNICIPALITY_BOUNDARIES_OBJECT, MUNICIPALITY_BOUNDARIES_TOPOJSON, type DB, type Kysely } from '@bt/db'
import { indelingOn, membersByRegion } from '@bt/indicators'
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo'
import { merge } from 'topojson-client'
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification'

/** The map's width in SVG user units; the height follows from the country's shape. */
export const MAP_WIDTH = 480

/** Region outlines as SVG path data (`d`), keyed by region code, in one shared viewBox. */
export interface RegionShapes {
  viewBox: string
  /** Region code → path data; a region without members today has none. */
  paths: Record<string, string>
  /** The date whose indeling drew the regions (a date before the first indeling uses the earliest one). */
  asOf: string
}

type Boundaries = Topology<{ [MUNICIPALITY_BOUNDARIES_OBJECT]: GeometryCollection }>

let boundaries: Boundaries | undefined
function loadBoundaries(): Boundaries {
  // The bundled TopoJSON file (seed-data) has this shape; it is not user input.
  boundaries ??= JSON.parse(MUNICIPALITY_BOUNDARIES_TOPOJSON) as Boundaries
  return boundaries
}

// Merged outlines derive from immutable boundaries and one indeling: cache them per indeling
// (a fingerprint of its memberships) in process; a handful of indelingen ever exist (ADR 014).
const MAX_CACHED = 16
const cache = new Map<string, Omit<RegionShapes, 'asOf'>>()

/**
 * Draw each region by merging its member municipalities' boundaries (topojson `merge` drops the
 * inner borders), projected with a conic conformal projection centred on the Netherlands.
 */
export function drawRegionShapes(members: ReadonlyMap<string, readonly string[]>): Omit<RegionShapes, 'asOf'> {
  const topology = loadBoundaries()
  // The municipal boundaries object holds polygons and multipolygons only.
  const geometries = topology.objects[MUNICIPALITY_BOUNDARIES_OBJECT].geometries as (Polygon | MultiPolygon)[]
  const byCode = new Map(geometries.map((g) => [String(g.id), g]))
  const merged = [...members].map(([regionCode, codes]) => ({
    regionCode,
    geometry: merge(topology, codes.flatMap((c) => byCode.get(c) ?? [])),
  }))
  const collection: GeoPermissibleObjects = { type: 'GeometryCollection', geometries: merged.map((m) => m.geometry) }
  const projection = geoConicConformal().parallels([51, 53]).rotate([-5.4, 0]).fitWidth(MAP_WIDTH, collection)
  const path = geoPath(projection).digits(1)
  const [, [, bottom]] = path.bounds(collection)
  const paths: Record<string, string> = {}
  for (const m of merged) paths[m.regionCode] = path(m.geometry) ?? ''
  return { viewBox: `0 0 ${MAP_WIDTH} ${Math.ceil(bottom)}`, paths }
}

function fingerprint(members: ReadonlyMap<string, readonly string[]>): string {
  const text = [...members].sort(([a], [b]) => a.localeCompare(b)).map(([region, codes]) => `${region}:${codes.join(',')}`).join(';')
  return createHash('sha256').update(text).digest('hex')
}

/** The regions' outlines under the indeling valid on `onDate`, from the cache when already drawn. */
export async function getRegionShapes(db: Kysely<DB>, params: { onDate: string }): Promise<RegionShapes> {
  const indeling = indelingOn(await listMemberships(db), params.onDate)
  const members = membersByRegion(indeling)
  const key = fingerprint(members)
  let shapes = cache.get(key)
  if (!shapes) {
    shapes = drawRegionShapes(members)
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? '')
    cache.set(key, shapes)
  }
  return { ...shapes, asOf: indeling.asOf }
}
