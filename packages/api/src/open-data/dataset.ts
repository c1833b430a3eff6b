import type { Actor } from '@bt/auth'
import type { DB, Kysely } from '@bt/db'
import { DomainError } from '@bt/domain'
import { z } from 'zod'

/**
 * One public data set (issue 15, ADR 022): what it is, where it comes from, under which licence, and
 * its rows. The row schema is the single source of the columns: their keys, Dutch titles and
 * definitions (zod `.meta`), the file's metadata, the CSV header and the OpenAPI document all come
 * from it. Adding a data set is one `defineDataset` entry in `registry.ts`.
 */

/** A cell of a row: what a CSV can hold, plus booleans (written as ja/nee in CSV). */
export type DatasetCell = string | number | boolean | null

/**
 * How long a file may be cached: frozen data long, past decision moments a day, the rest briefly; a
 * signed-in visitor's own download only by their browser.
 */
export const CACHE_CLASSES = ['frozen', 'past', 'current', 'private'] as const
export type CacheClass = (typeof CACHE_CLASSES)[number]

/**
 * What a loader may use: the database, the day, and who the file is for. `viewer` is null for every API
 * answer and anonymous download; a signed-in visitor's own download sets it (ADR 025), and a loader
 * that uses it must read through a service that applies the visibility table.
 */
export interface DatasetScope {
  db: Kysely<DB>
  today: string
  viewer: Actor | null
}

/** A loaded data set: its rows, what they are as of, and how long they may be cached. */
export interface LoadedRows<Row> {
  rows: Row[]
  asOf: { date: string; label: string | null }
  cache: CacheClass
}

/** An earlier state of a data set with its own stable address (a decision moment, an edition). */
export interface DatasetSnapshot {
  label: string
  date: string
  query: Record<string, string>
}

type RowShape = Record<string, z.ZodType<DatasetCell>>
type Query = Record<string, string | undefined>

/** An entry as written in the registry, with its row and parameter types. */
export interface TypedDatasetDefinition<Shape extends RowShape, Params extends z.ZodObject> {
  /** Stable key: the file name and the API path (`/open-data/<key>.csv`, `/api/v1/datasets/<key>`). */
  key: string
  title: string
  description: string
  source: string
  licence: string
  /** How the data set is made: which records, which selection, what is left out and why. */
  method: string
  /** Definitions of the value states or statuses that occur in the rows. */
  states: Record<string, string>
  row: z.ZodObject<Shape>
  /** Query parameters (strings from a URL); an unknown key is ignored. */
  params: Params
  load: (
    scope: DatasetScope,
    params: z.output<Params>,
  ) => Promise<LoadedRows<z.output<z.ZodObject<Shape>>>>
  /** The earlier states that have their own address (empty when there are none). */
  snapshots: (scope: DatasetScope) => Promise<DatasetSnapshot[]>
}

/** A registry entry with its types erased: rows are records of cells, parameters a URL's query. */
export interface DatasetDefinition extends Omit<
  TypedDatasetDefinition<RowShape, z.ZodObject>,
  'load' | 'row'
> {
  row: z.ZodObject<RowShape>
  load: (scope: DatasetScope, query: Query) => Promise<LoadedRows<Record<string, DatasetCell>>>
}

/** Parse a data set's query with its own schema: bad parameters are INVALID with a Dutch message. */
function parseQuery<Params extends z.ZodObject>(params: Params, query: Query): z.output<Params> {
  const parsed = params.safeParse(query)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new DomainError(
    'INVALID',
    `Parameter ${issue?.path.join('.') ?? ''} klopt niet: ${issue?.message ?? 'onbekende waarde'}.`,
  )
}

/** Keeps each entry's row and parameter types together; the registry stores the erased form. */
export function defineDataset<Shape extends RowShape, Params extends z.ZodObject>(
  definition: TypedDatasetDefinition<Shape, Params>,
): DatasetDefinition {
  const rows = z.array(definition.row.strict())
  return {
    ...definition,
    async load(scope, query) {
      const loaded = await definition.load(scope, parseQuery(definition.params, query))
      // Checked against the data set's own row schema (no column the OpenAPI document lacks), then
      // read as plain records of cells for the erased registry.
      return { ...loaded, rows: DatasetRowsSchema.parse(rows.parse(loaded.rows)) }
    },
  }
}

/** A column's Dutch title and definition, kept in the schema's `.meta` (and so in the OpenAPI document). */
export function column<T extends z.ZodType<DatasetCell>>(
  type: T,
  title: string,
  definition: string,
): T {
  return type.meta({ title, description: definition })
}

/** Any row of any data set, once it has passed its own schema. */
export const DatasetCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()])
const DatasetRowsSchema = z.array(z.record(z.string(), DatasetCellSchema))

/** No query parameters. */
export const NO_PARAMS = z.object({})
