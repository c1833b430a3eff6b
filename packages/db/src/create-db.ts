import { PGlite } from '@electric-sql/pglite'
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import type { DB } from './schema.ts'

/** Where the database lives: a PostgreSQL server, or an embedded PGlite folder (or 'memory://'). */
export type DbConfig = { kind: 'postgres'; url: string; maxConnections?: number } | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob }

// Type OIDs whose text form we parse ourselves, alike on both engines.
const OID = { int8: 20, numeric: 1700, date: 1082 } as const

/** int8 values (counts, bigserial ids) are read as numbers; anything beyond 2^53 is a bug, not data. */
function parseSafeInteger(text: string): number {
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw new RangeError(`Integer ${text} is outside the safe range`)
  return value
}

/** How each engine turns these OIDs into JS values: dates stay ISO strings, numbers become numbers. */
const parsers: Record<number, (text: string) => unknown> = {
  [OID.int8]: parseSafeInteger,
  [OID.numeric]: Number,
  [OID.date]: (text) => text,
}

/**
 * A pg pool that survives its connections being ended by the server (restart, failover, a dropped test
 * database): `pool.on('error')` covers idle connections only; a checked-out one (inside a transaction)
 * emits 'error' on its own client, so every client gets a listener too. The query in flight still
 * rejects, the pool drops the broken client, and the next request reports any real outage (503).
 * The job runner's pool is one too, so a connection lost while it shuts down is logged, not thrown.
 */
export function createPgPool(params: { url: string; max: number; types?: pg.CustomTypesConfig; applicationName?: string }): pg.Pool {
  const { url, max, types, applicationName } = params
  const pool = new pg.Pool({ connectionString: url, max, ...(types ? { types } : {}), ...(applicationName ? { application_name: applicationName } : {}) })
  const logLost = (error: Error) => console.warn(`PostgreSQL connection lost: ${error.message}`)
  pool.on('error', logLost)
  pool.on('connect', (client) => client.on('error', logLost))
  return pool
}

function createPgDialect(url: string, maxConnections = 10): PostgresDialect {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary'): ((text: string) => unknown) =>
      // pg-types types its own parsers `any`; each takes the value's text.
      parsers[oid] ?? (pg.types.getTypeParser(oid, format) as (text: string) => unknown),
  }
  const pool = createPgPool({ url, max: maxConnections, types })
  return new PostgresDialect({ pool })
}

// PostgreSQL's default 128 MB of shared buffers is zeroed in WebAssembly at every open (~0.1 s of
// CPU of a start, issue 20, ADR 046). The embedded database holds the demo data in ~35 MB, and the
// operating system caches its files besides.
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB']

/** Open an embedded PGlite with our type parsers; `loadDataDir` restores a dump (tests). */
export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir, { parsers, startParams: PGLITE_START_PARAMS, ...(loadDataDir ? { loadDataDir } : {}) })
}

/** Wrap an open PGlite in Kysely; destroying the Kysely closes the PGlite. */
export function createDbOnPglite(client: PGlite): Kysely<DB> {
  return new Kysely<DB>({ dialect: new PGliteDialect(client), plugins: [new CamelCasePlugin()] })
}

/** Open a Kysely instance over PostgreSQL (pg) or embedded PGlite; the caller owns and destroys it. */
export async function createDb(config: DbConfig): Promise<Kysely<DB>> {
  if (config.kind === 'pglite') return createDbOnPglite(await openPglite(config.dataDir, config.loadDataDir))
  const dialect = createPgDialect(config.url, config.maxConnections)
  return new Kysely<DB>({ dialect, plugins: [new CamelCasePlugin()] })
}
