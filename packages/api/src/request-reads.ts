// Reads memoised for one request (issue 20, ADR 035). A page view asks several procedures that each
// load the same rows (the region by its slug, its members, the editions, the record counts behind the
// indicators); a request's procedures share one handle on the database, and `readOnce` through that
// handle answers a repeated read from the first one's promise. The memo lives beside the handle, not
// in it: a transaction is another handle, so reads inside one always go to the database, and any
// mutation forgets the request's reads before and after it runs (trpc.ts).
import type { DB, Kysely } from '@bt/db'
import type { KyselyPlugin } from 'kysely'

type Read<P, R> = (db: Kysely<DB>, params: P) => Promise<R>

/** Per request handle: per read function, its answers by parameters. */
const memos = new WeakMap<Kysely<DB>, Map<Read<never, unknown>, Map<string, Promise<unknown>>>>()

// A plugin that changes nothing: `withPlugin` is Kysely's cheap way to a handle of its own (same pool).
const SAME_QUERIES: KyselyPlugin = { transformQuery: (args) => args.node, transformResult: (args) => Promise.resolve(args.result) }

/** Per request handle: the database handle it was made from. */
const roots = new WeakMap<Kysely<DB>, Kysely<DB>>()

/** A handle on `db` whose `readOnce` reads are remembered until the handle is dropped or forgotten. */
export function requestHandle(db: Kysely<DB>): Kysely<DB> {
  const handle = db.withPlugin(SAME_QUERIES)
  memos.set(handle, new Map())
  roots.set(handle, db)
  return handle
}

/**
 * The database handle behind a request's handle (any other handle is its own): what lives longer than
 * one request, such as the overview's stamped cache, is kept per database, not per request.
 */
export function databaseOf(db: Kysely<DB>): Kysely<DB> {
  return roots.get(db) ?? db
}

/**
 * `read(db, params)`, once per request handle and parameters; on any other handle (a transaction, a
 * test's database) simply the read. A failed read is not remembered.
 */
export function readOnce<P, R>(db: Kysely<DB>, read: Read<P, R>, params: P): Promise<R> {
  const memo = memos.get(db)
  if (!memo) return read(db, params)
  let answers = memo.get(read)
  if (!answers) memo.set(read, (answers = new Map<string, Promise<unknown>>()))
  const key = JSON.stringify(params) ?? ''
  const known = answers.get(key)
  // Stored under `read` with these very parameters, so the promise is read's own result type.
  if (known) return known as Promise<R>
  const answer = read(db, params)
  answers.set(key, answer)
  answer.catch(() => answers.delete(key))
  return answer
}

/**
 * Remember `answer` as what `read(db, params)` gives in this request, unless that read already ran:
 * a read of several things at once (a region's shell) stands in for the single reads it covers.
 */
export function rememberRead<P, R>(db: Kysely<DB>, read: Read<P, R>, params: P, answer: Promise<R>): void {
  const memo = memos.get(db)
  if (!memo) return
  let answers = memo.get(read)
  if (!answers) memo.set(read, (answers = new Map<string, Promise<unknown>>()))
  const key = JSON.stringify(params) ?? ''
  if (answers.has(key)) return
  answers.set(key, answer)
  answer.catch(() => answers.delete(key))
}

/** Forget every read of this handle (a mutation may have changed them). */
export function forgetReads(db: Kysely<DB>): void {
  memos.get(db)?.clear()
}
