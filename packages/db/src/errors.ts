// SQLSTATE classes and socket errors that mean "the database cannot be reached", not "bad query".
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
  '53300', // too_many_connections
])

/** True when `error` says the database is down or unreachable (a 503), rather than a query fault. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    // pg's texts for a connection cut under a query, and for a client the cut left unusable (a
    // transaction's ROLLBACK on it reports this instead of the original error).
    if (/Connection terminated|connect ECONNREFUSED|PGlite is closed|has encountered a connection error|not queryable/i.test(e.message)) return true
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true
  }
  return false
}

/** The SQLSTATE of a unique-constraint violation, for turning duplicates into domain conflicts. */
export const UNIQUE_VIOLATION = '23505'

/** True when `error` is a unique-constraint violation (optionally on the named constraint). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown }
  return e?.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint)
}

/** The SQLSTATE the meeting trigger raises for a change to closed minutes (migration 2310). */
export const CLOSED_MINUTES = 'BT423'

/** True when `error` is the database refusing a change to a closed meeting's minutes. */
export function isClosedMinutesViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === CLOSED_MINUTES
}
