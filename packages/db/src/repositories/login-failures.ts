import { sql, type Kysely } from 'kysely'
import type { DB } from '../schema.ts'

/**
 * Count one login attempt against each key, unless a key already has `max` failures since `since`;
 * check and count are one step. A transaction-scoped advisory lock per key makes concurrent attempts
 * on a key take turns, and the count runs after the lock, so it sees every attempt let through before.
 * The attempt is recorded as a failure before the password is checked: a burst lets through no more
 * than `max`. Returns the ids of the recorded rows, or undefined (nothing recorded) when throttled.
 */
export async function reserveLoginAttempt(
  db: Kysely<DB>,
  params: { limits: readonly { key: string; max: number }[]; since: Date; at: Date },
): Promise<number[] | undefined> {
  // One lock order for every caller, so two attempts sharing two keys cannot deadlock.
  const limits = [...params.limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  if (limits.length === 0) return []
  const keys = limits.map((l) => l.key)
  return db.transaction().execute(async (trx) => {
    for (const key of keys) await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx)
    const rows = await trx
      .selectFrom('loginFailure')
      .select((eb) => ['throttleKey', eb.fn.countAll<number>().as('failures')])
      .where('throttleKey', 'in', keys)
      .where('attemptedAt', '>', params.since)
      .groupBy('throttleKey')
      .execute()
    const failures = new Map(rows.map((r) => [r.throttleKey, Number(r.failures)]))
    if (limits.some((l) => (failures.get(l.key) ?? 0) >= l.max)) return undefined
    const inserted = await trx
      .insertInto('loginFailure')
      .values(keys.map((throttleKey) => ({ throttleKey, attemptedAt: params.at })))
      .returning('id')
      .execute()
    return inserted.map((r) => r.id)
  })
}

/** Forget the failures of a key (after a successful login). */
export async function clearLoginFailures(db: Kysely<DB>, params: { key: string }) {
  await db.deleteFrom('loginFailure').where('throttleKey', '=', params.key).execute()
}

/** Forget recorded attempts by id (a reserved attempt that turned out to succeed). */
export async function deleteLoginFailures(db: Kysely<DB>, params: { ids: readonly number[] }) {
  if (params.ids.length === 0) return
  await db.deleteFrom('loginFailure').where('id', 'in', params.ids).execute()
}
