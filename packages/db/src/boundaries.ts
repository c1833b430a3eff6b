// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./raw.d.ts" />
import boundariesTopojson from './seed-data/gemeenten_2025.topojson?raw'

/**
 * The 342 municipalities' 2025 boundaries (CBS/PDOK, CC BY 4.0; seed-data/README.md) as TopoJSON
 * text: one object `gemeente_2025`, each geometry's `id` the CBS gemeentecode. Immutable reference data.
 */
export const MUNICIPALITY_BOUNDARIES_TOPOJSON: string = boundariesTopojson

/** The name of the TopoJSON object holding the municipalities. */
export const MUNICIPALITY_BOUNDARIES_OBJECT = 'gemeente_2025'
