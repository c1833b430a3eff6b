import { deleteExpiredAuthRows, type DB, type Kysely } from '@bt/db'
import type { ThrottleSettings } from './throttle.ts'

/**
 * Job: delete expired sessions and one-time links, and failed-login rows that no longer count in the
 * throttle window. Safe to run from any number of workers at once: a deleted row is deleted once.
 */
export async function purgeExpired(db: Kysely<DB>, params: { now: Date; throttle: Pick<ThrottleSettings, 'windowMinutes'> }) {
  const loginFailuresBefore = new Date(params.now.getTime() - params.throttle.windowMinutes * 60_000)
  return deleteExpiredAuthRows(db, { now: params.now, loginFailuresBefore })
}
