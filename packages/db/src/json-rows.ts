import { sql, type Expression, type Kysely } from 'kysely'
import type { DB } from './schema.ts'

// Many rows read as one JSON value (ADR 027). Every row that crosses the wire is decoded field by field
// in JavaScript — on PGlite inside WASM — so a few thousand rows cost tens of milliseconds; the same
// rows as one `json_agg` value cost one JSON.parse, about a tenth. JSON has no timestamps, so only rows
// of strings (date columns are ISO strings here anyway), numbers, booleans and nulls qualify; the type
// below refuses a Date. The subquery's ORDER BY is kept: json_agg reads a sorted subquery in order.

type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** The rows of `query`, fetched as one JSON array; the CamelCasePlugin renames their keys as for plain rows. */
export async function selectAsJson<O extends { [K in keyof O]: JsonValue }>(db: Kysely<DB>, query: Expression<O>): Promise<O[]> {
  // Not Kysely's jsonArrayFrom: it retypes the rows as their JSON form, which the constraint on O makes the same.
  const result = await db.selectNoFrom(sql<O[]>`(select coalesce(json_agg(agg), '[]') from ${query} as agg)`.as('rows')).executeTakeFirstOrThrow()
  return result.rows
}
