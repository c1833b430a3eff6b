import { z } from 'zod'
import type { CacheClass, DatasetCell, DatasetDefinition, DatasetScope } from './dataset.ts'
import { getDataset } from './registry.ts'
import type { AudienceSchema, DatasetColumnSchema, DatasetHeadSchema, DatasetInfoSchema } from './schemas.ts'

type Column = z.infer<typeof DatasetColumnSchema>
type JsonProperty = {
  title?: string
  description?: string
  type?: string | string[]
  anyOf?: JsonProperty[]
}

/** The column's type from its JSON Schema: nullable is `type: [T, 'null']` or `anyOf [T, null]`. */
function typeOf(p: JsonProperty): { type: Column['type']; nullable: boolean } {
  const types = (p.anyOf ?? [p]).flatMap((x) =>
    Array.isArray(x.type) ? x.type : [x.type ?? 'string'],
  )
  const main = types.find((t) => t !== 'null')
  const type = main === 'number' || main === 'integer' || main === 'boolean' ? main : 'string'
  return { type, nullable: types.includes('null') }
}

/** The columns of a data set, read from its row schema's JSON Schema (the same the OpenAPI document holds). */
export function columnsOf(dataset: Pick<DatasetDefinition, 'row'>): Column[] {
  const schema = z.toJSONSchema(dataset.row, { io: 'output' })
  // toJSONSchema of a z.object always has `properties`; JSON Schema types them loosely.
  const properties = (schema.properties ?? {}) as Record<string, JsonProperty>
  return Object.entries(properties).map(([key, p]) => ({
    key,
    title: p.title ?? key,
    definition: p.description ?? '',
    ...typeOf(p),
  }))
}

/** A query as a URL's search part ('' or '?per=3'). */
function search(query: Record<string, string>, extra: Record<string, string> = {}): string {
  const text = new URLSearchParams({ ...query, ...extra }).toString()
  return text ? `?${text}` : ''
}

/** The stable addresses of a data set (or one of its snapshots), relative to the portal. */
export function linksOf(key: string, query: Record<string, string> = {}) {
  return {
    csv: `/open-data/${key}.csv${search(query)}`,
    csvSemicolon: `/open-data/${key}.csv${search(query, { scheiding: 'puntkomma' })}`,
    json: `/open-data/${key}.json${search(query)}`,
    csvZip: `/open-data/${key}.zip${search(query)}`,
    api: `/api/v1/datasets/${key}${search(query)}`,
  }
}

/** What a data set says about itself, in its description and at the head of each of its files. */
function headOf(dataset: DatasetDefinition) {
  return {
    key: dataset.key,
    title: dataset.title,
    description: dataset.description,
    source: dataset.source,
    licence: dataset.licence,
    method: dataset.method,
    states: dataset.states,
    columns: columnsOf(dataset),
  }
}

/** A data set's description with its snapshots (for the list and the /open-data page). */
export async function describeDataset(
  scope: DatasetScope,
  dataset: DatasetDefinition,
): Promise<z.infer<typeof DatasetInfoSchema>> {
  return { ...headOf(dataset), links: linksOf(dataset.key), snapshots: await dataset.snapshots(scope) }
}

/** Who the file is for, said in the file itself. */
function audienceOf(scope: DatasetScope): z.infer<typeof AudienceSchema> {
  if (!scope.viewer) {
    return { code: 'public', note: 'Openbaar: dit is de versie voor iedereen; vrij te hergebruiken onder de genoemde licentie.' }
  }
  return {
    code: 'signed_in',
    note: 'Ingelogd gedownload: dit bestand kan ook bevatten wat alleen u mag zien (zoals een landelijk cijfer uit minder dan drie regio’s). Deel het niet als open data; de openbare versie staat op het API-adres.',
  }
}

/** A data set as one file: its head (metadata, as of) and its rows, plus how long it may be cached. */
export interface DatasetFile {
  file: { dataset: z.infer<typeof DatasetHeadSchema>; rows: Record<string, DatasetCell>[] }
  cache: CacheClass
}

/**
 * Load a data set for the query of a URL. Its rows have passed its own row schema (defineDataset), so an
 * answer never holds a column or type the OpenAPI document does not describe.
 */
export async function loadDatasetFile(
  scope: DatasetScope,
  key: string,
  query: Record<string, string | undefined>,
): Promise<DatasetFile> {
  const dataset = getDataset(key)
  const loaded = await dataset.load(scope, query)
  const used = Object.fromEntries(
    Object.entries(query).filter(
      (e): e is [string, string] => e[1] !== undefined && e[0] in dataset.params.shape,
    ),
  )
  const head = {
    ...headOf(dataset),
    links: linksOf(dataset.key, used),
    asOf: loaded.asOf,
    audience: audienceOf(scope),
  }
  // A signed-in visitor's file may hold what only they may see: never for a shared cache.
  return { file: { dataset: head, rows: loaded.rows }, cache: scope.viewer ? 'private' : loaded.cache }
}
