import { isDatabaseUnavailable, isFrozenEditionError } from '@bt/db'
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

/** The tRPC code of a domain error code: the one mapping, used by the api and the portal's forms. */
export function trpcCodeOf(code: DomainErrorCode): TRPC_ERROR_CODE_KEY {
  return CODE_BY_DOMAIN_ERROR[code]
}

/** Dutch message for a database outage; the page shows it with status 503. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'De database is tijdelijk niet bereikbaar. Probeer het over enkele minuten opnieuw.'

/** Dutch message when the database refuses a change to a frozen edition. */
export const FROZEN_EDITION_MESSAGE = 'Deze editie is bevroren: het beeld en de reacties daarop veranderen niet meer.'

/** Dutch message for an unexpected failure; what went wrong is logged, never sent (it may be database text). */
export const INTERNAL_ERROR_MESSAGE = 'Er ging iets mis bij het verwerken van uw verzoek. Probeer het later opnieuw.'

/**
 * Translate what a procedure threw into the TRPCError the client sees: domain errors keep their
 * meaning, a database outage becomes SERVICE_UNAVAILABLE, and any other internal error gets one
 * Dutch message (a PostgreSQL error's text must never reach a client); other errors stay as they are.
 */
export function toTRPCError(error: TRPCError): TRPCError {
  const cause = error.cause
  if (cause instanceof DomainError) {
    return new TRPCError({ code: CODE_BY_DOMAIN_ERROR[cause.code], message: cause.message, cause })
  }
  if (isDatabaseUnavailable(cause)) {
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE, cause })
  }
  // The database's own refusal (ADR 019), for a change that got past the service's check.
  if (isFrozenEditionError(cause)) return new TRPCError({ code: 'CONFLICT', message: FROZEN_EDITION_MESSAGE, cause })
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_ERROR_MESSAGE, cause: cause ?? error })
  }
  return error
}

/**
 * Rethrow a database outage met outside a procedure (the session lookup, the login) as the same
 * SERVICE_UNAVAILABLE a procedure gives, so the portal answers 503; anything else unchanged.
 */
export function rethrowOutage(error: unknown): never {
  if (isDatabaseUnavailable(error)) {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE, cause: error })
  }
  throw error
}
