import type { Kysely } from 'kysely'
import type { DB } from '../schema.ts'

/**
 * Delete what has expired: sessions past their expiry, one-time links past theirs (used or not), and
 * failed-login rows older than `loginFailuresBefore`. Deleting is idempotent: a second run finds nothing.
 */
export async function deleteExpiredAuthRows(db: Kysely<DB>, params: { now: Date; loginFailuresBefore: Date }) {
  const sessions = await db.deleteFrom('session').where('expiresAt', '<=', params.now).executeTakeFirst()
  const links = await db.deleteFrom('passwordLink').where('expiresAt', '<=', params.now).executeTakeFirst()
  const failures = await db.deleteFrom('loginFailure').where('attemptedAt', '<', params.loginFailuresBefore).executeTakeFirst()
  return {
    sessions: Number(sessions.numDeletedRows),
    passwordLinks: Number(links.numDeletedRows),
    loginFailures: Number(failures.numDeletedRows),
  }
}
