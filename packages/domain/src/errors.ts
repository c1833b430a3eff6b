/** The closed set of error codes the domain speaks; api maps each to one HTTP/tRPC status. */
export const DOMAIN_ERROR_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
] as const

/** One domain error code. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number]

/** An expected failure with a code; the message names the ids involved, details carry structured context. */
export class DomainError extends Error {
  override readonly name = 'DomainError'
  readonly code: DomainErrorCode
  readonly details?: Record<string, unknown>

  constructor(code: DomainErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.code = code
    this.details = details
  }
}

/** Whether value is a DomainError, optionally with the given code. */
export function isDomainError(value: unknown, code?: DomainErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code)
}

/** Field errors as forms show them: dotted field name → Dutch messages ('_form' for the whole form). */
export type FieldErrors = Record<string, string[] | undefined>

/** A zod failure as field errors: each issue under its dotted path. */
export function fieldErrorsFromZod(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): FieldErrors {
  const errors: Record<string, string[]> = {}
  for (const issue of error.issues) (errors[issue.path.map(String).join('.') || '_form'] ??= []).push(issue.message)
  return errors
}

/**
 * A stale edit (CONFLICT): the record as it is saved now, so a form can show it beside the user's
 * input. `T` is the shape the procedure's service passes to `staleEdit`.
 */
export interface Conflict<T> {
  current: T
}
