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

/** A property of an error object (pg and PGlite put the SQLSTATE in `code`), or undefined. */
export function errorField(error: unknown, field: 'code' | 'constraint'): unknown {
  if (typeof error !== 'object' || error === null) return undefined
  const value: unknown = Reflect.get(error, field)
  return value
}

/** True when `error` says the database is down or unreachable (a 503), rather than a query fault. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = errorField(e, 'code')
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
  return errorField(error, 'code') === UNIQUE_VIOLATION && (constraint === undefined || errorField(error, 'constraint') === constraint)
}

/** The SQLSTATE the meeting trigger raises for a change to closed minutes (migration 2310). */
export const CLOSED_MINUTES = 'BT423'

/** True when `error` is the database refusing a change to a closed meeting's minutes. */
export function isClosedMinutesViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === CLOSED_MINUTES
}
