// The region map's server time (ADR 014): drawing the outlines (merge + projection) against the
// cached outlines behind `map.shapes`, building the SVG markup from them, and — the baseline in the
// same run — serving the finished SVG as static bytes and the plain SQL query the cached path makes.
import { createDb, listMemberships, migrateToLatest, seedReferenceData } from '@bt/db'
import { indelingOn, membersByRegion } from '@bt/indicators'
import { bench, describe } from 'vitest'
import { drawRegionShapes, getRegionShapes, type RegionShapes } from '../services/map/region-shapes.ts'

const db = await createDb({ kind: 'pglite', dataDir: 'memory://' })
await migrateToLatest(db)
await seedReferenceData(db)
const TODAY = '2026-06-01'
const members = membersByRegion(indelingOn(await listMemberships(db), TODAY))
const COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']

/** The markup the portal's RegionMap writes (without React): one labelled link around each path. */
function svgMarkup(shapes: RegionShapes): string {
  const regions = Object.entries(shapes.paths)
    .map(([code, d], i) => `<a href="/regio/${code}" aria-label="Regio ${code}: ${i * 1000} inwoners"><path d="${d}" fill="${COLORS[i % 5]}"/></a>`)
    .join('')
  return `<svg viewBox="${shapes.viewBox}" role="group"><title>Kaart</title>${regions}</svg>`
}

const staticSvg = new TextEncoder().encode(svgMarkup(await getRegionShapes(db, { onDate: TODAY })))
console.log(`map: ${members.size} regions, ${staticSvg.byteLength} bytes of SVG`)

describe(`region map, ${members.size} regions from 342 municipalities`, () => {
  bench('baseline: serve the finished SVG as static bytes', () => {
    new Uint8Array(staticSvg)
  })
  bench('baseline: the memberships query alone (plain SQL)', async () => {
    await listMemberships(db)
  })
  bench('map.shapes from the cache (memberships query, fingerprint, cache hit)', async () => {
    await getRegionShapes(db, { onDate: TODAY })
  })
  bench('map.shapes from the cache, then the SVG markup', async () => {
    new TextEncoder().encode(svgMarkup(await getRegionShapes(db, { onDate: TODAY })))
  })
  bench('drawing without the cache (merge + projection + path data)', () => {
    drawRegionShapes(members)
  })
})
