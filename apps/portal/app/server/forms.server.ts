import { DomainError, findNulCharacter, NUL_CHARACTER_MESSAGE } from '@bt/domain'
import { TRPCError } from '@bt/api/http'
import { data } from 'react-router'
import { ZodError, type z } from 'zod'
import type { FieldErrors, FormFailure } from '#app/lib/forms.ts'
import { toRouteError } from './api.server.ts'

/**
 * FormData as a plain object: dotted names nest ('assignment.role'), repeated names become arrays.
 * The same shape react-hook-form builds in the browser.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string')
    const value = values.length > 1 ? values : values[0]
    const path = key.split('.')
    let target = result
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>
    target[path.at(-1) as string] = value
  }
  return result
}

function zodFieldErrors(error: ZodError): FieldErrors {
  const errors: Record<string, string[]> = {}
  for (const issue of error.issues) (errors[issue.path.join('.') || '_form'] ??= []).push(issue.message)
  return errors
}

/** Invalid form input; `formAction` turns it into a 400 with field errors for the form. */
class FormInputError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('Invalid form input')
  }
}

/** Check values with a domain schema; invalid input throws (see `formAction`). */
export function parseValues<S extends z.ZodType>(values: Record<string, unknown>, schema: S): z.output<S> {
  // PostgreSQL stores no NUL character: refuse it in any field, whatever the schema.
  const nulAt = findNulCharacter(values)
  if (nulAt) throw new FormInputError({ [nulAt.join('.') || '_form']: [NUL_CHARACTER_MESSAGE] })
  const parsed = schema.safeParse(values)
  if (parsed.success) return parsed.data
  throw new FormInputError(zodFieldErrors(parsed.error))
}

/** Parse a posted form with a domain schema; invalid input throws (see `formAction`). */
export async function parseForm<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseValues(formDataToObject(await request.formData()), schema)
}

/**
 * Run an action's work and turn form problems into action data the form shows (STYLE.md §9, §11):
 * 400 with field errors for invalid input, 409 for a stale edit (with the current version), 429 for
 * throttling. Redirects pass through; other API errors go to the error boundary with their status.
 */
export async function formAction<T>(run: () => Promise<T>) {
  try {
    return await run()
  } catch (error) {
    if (error instanceof FormInputError) return data<FormFailure>({ fieldErrors: error.fieldErrors }, { status: 400 })
    return toFormFailure(error)
  }
}

function toFormFailure(error: unknown) {
  const cause = error instanceof TRPCError ? error.cause : error
  if (cause instanceof ZodError) return data<FormFailure>({ fieldErrors: zodFieldErrors(cause) }, { status: 400 })
  if (cause instanceof DomainError) {
    const status = { INVALID: 400, CONFLICT: 409, TOO_MANY_REQUESTS: 429, UNAUTHENTICATED: 400 }[cause.code as string]
    if (status) {
      return data<FormFailure & { current?: unknown; rowErrors?: unknown }>(
        {
          formError: cause.message,
          fieldErrors: cause.details?.fieldErrors as FieldErrors | undefined,
          current: cause.details?.current,
          rowErrors: cause.details?.rowErrors,
        },
        { status },
      )
    }
  }
  if (error instanceof TRPCError) toRouteError(error)
  throw error
}
