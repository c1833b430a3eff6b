import { countRateLimitHit, deleteRateLimitWindows, type DB, type Kysely } from '@bt/db'

/** At most `limit` requests per client address in each fixed window of `windowSeconds`. */
export interface PublicQuota {
  limit: number
  windowSeconds: number
}

/** The longest window the configuration allows; counters older than this are deleted by a job. */
export const MAX_WINDOW_SECONDS = 86_400

/** Allowed, or refused with the seconds until the next window (the `Retry-After` value). */
export type QuotaAnswer = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Count one public request (API or download) of a client address and say whether it is allowed. The
 * counter lives in PostgreSQL, so several portal processes share it (ADR 022). A request without a
 * known address counts against one shared key rather than going uncounted.
 */
export async function takePublicRequest(
  db: Kysely<DB>,
  params: { clientAddress: string | null; now: Date; quota: PublicQuota },
): Promise<QuotaAnswer> {
  const windowMs = params.quota.windowSeconds * 1000
  const windowStart = Math.floor(params.now.getTime() / windowMs) * windowMs
  const hits = await countRateLimitHit(db, {
    bucket: 'public',
    clientKey: params.clientAddress || 'onbekend',
    windowStart: new Date(windowStart),
  })
  if (hits <= params.quota.limit) return { allowed: true }
  return {
    allowed: false,
    retryAfterSeconds: Math.max(
      1,
      Math.ceil((windowStart + windowMs - params.now.getTime()) / 1000),
    ),
  }
}

/** Job: delete counters of windows that ended long ago. Idempotent, safe from several workers. */
export async function purgeRateLimitWindows(db: Kysely<DB>, params: { now: Date }) {
  return {
    windows: await deleteRateLimitWindows(db, {
      before: new Date(params.now.getTime() - 2 * MAX_WINDOW_SECONDS * 1000),
    }),
  }
}
