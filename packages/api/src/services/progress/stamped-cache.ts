import { readOverviewStamp, type DB, type Kysely } from '@bt/db'
import { databaseOf } from '../../request-reads.ts'

// A view computed once per version of the records it reads (ADR 031). The database bumps the stamp
// when a transaction that wrote any of those records commits; a reader reads the stamp FIRST and then
// computes, so what it computed is at least as new as that stamp, and it is served again only while
// the stamp has not moved. Every process (and every database handle) checks the stamp itself, so a
// page never shows figures older than the last committed write, however many portals run.

interface Entry<T> {
  stamp: string
  today: string
  value: Promise<T>
}

/** Values are shared between requests: frozen, so a caller that would change one fails loudly instead. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

type Key = { variant: string; today: string }

/**
 * A cache of one view per variant (`variant` must name everything besides the records and the day
 * that the view depends on, such as what the caller may see). A handle of its own per database and
 * per transaction: a transaction's uncommitted writes never reach another reader. Requests share their
 * database's entries (a request's own handle would make every request a miss).
 *
 * Called as `read(db, key, compute)` it reads the stamp itself. `read.atStamp(db, stamp, key, compute)`
 * takes a stamp the caller read in a statement of its own (together with rows the view needs fresh on
 * every request, to save a statement): that stamp must have been read through `db` before anything
 * `compute` reads, never from another transaction or a later statement.
 */
export function stampedCache<T>() {
  const byDb = new WeakMap<Kysely<DB>, Map<string, Entry<T>>>()
  function atStamp(db: Kysely<DB>, stamp: string, key: Key, compute: () => Promise<T>): Promise<T> {
    const database = databaseOf(db)
    const entries = byDb.get(database) ?? new Map<string, Entry<T>>()
    byDb.set(database, entries)
    const hit = entries.get(key.variant)
    if (hit && hit.stamp === stamp && hit.today === key.today) return hit.value
    const value = compute().then(deepFreeze)
    const entry = { stamp, today: key.today, value }
    entries.set(key.variant, entry)
    // A failed computation is not kept: the next reader tries again.
    value.catch(() => entries.get(key.variant) === entry && entries.delete(key.variant))
    return value
  }
  const read = async (db: Kysely<DB>, key: Key, compute: () => Promise<T>): Promise<T> => atStamp(db, await readOverviewStamp(db), key, compute)
  return Object.assign(read, { atStamp })
}
