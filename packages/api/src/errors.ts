import { isDatabaseUnavailable } from '@bt/db'
import { DomainError, type DomainErrorCode } from '@bt/domain'
import { TRPCError } from '@trpc/server'
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc'

const CODE_BY_DOMAIN_ERROR: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
}

/** Dutch message for a database outage; the page shows it with status 503. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'De database is tijdelijk niet bereikbaar. Probeer het over enkele minuten opnieuw.'

/**
 * Translate what a procedure threw into the TRPCError the client sees: domain errors keep their
 * meaning, a database outage becomes SERVICE_UNAVAILABLE; anything else stays as it is.
 */
export function toTRPCError(error: TRPCError): TRPCError {
  const cause = error.cause
  if (cause instanceof DomainError) {
    return new TRPCError({ code: CODE_BY_DOMAIN_ERROR[cause.code], message: cause.message, cause })
  }
  if (isDatabaseUnavailable(cause)) {
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE, cause })
  }
  return error
}
