import { DomainError, fieldErrorsFromZod, findNulCharacter, NUL_CHARACTER_MESSAGE } from '@bt/domain'
import { getHTTPStatusCodeFromError, trpcCodeOf, TRPCError } from '@bt/api/http'
import { data, type UNSAFE_DataWithResponseInit as DataWithResponseInit } from 'react-router'
import { ZodError, type z } from 'zod'
import type { FieldErrors, FormFailure, FormProblem } from '#app/lib/forms.ts'
import { toRouteError } from './api.server.ts'

// Names that would reach an object's prototype ('__proto__.x' would set x on every object of the
// server process): no form of ours has them, so a field named so is dropped.
const UNSAFE_NAME_PARTS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * FormData as a plain object: dotted names nest ('assignment.role'), repeated names become arrays.
 * The same shape react-hook-form builds in the browser. A name that is both a value and a group
 * ('a' and 'a.b') keeps the group, which the schema then refuses with a field error.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of new Set(formData.keys())) {
    const path = key.split('.')
    if (path.some((part) => UNSAFE_NAME_PARTS.has(part))) continue
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string')
    const value = values.length > 1 ? values : values[0]
    let target = result
    for (const part of path.slice(0, -1)) {
      const next = Object.hasOwn(target, part) ? target[part] : undefined
      // Building nested groups of the posted form: each part is an object we create here.
      target = isGroup(next) ? next : (target[part] = {})
    }
    const last = path.at(-1) ?? key
    if (!isGroup(target[last])) target[last] = value
  }
  return result
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
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
  throw new FormInputError(fieldErrorsFromZod(parsed.error))
}

/** Parse a posted form with a domain schema; invalid input throws (see `formAction`). */
export async function parseForm<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseValues(formDataToObject(await request.formData()), schema)
}

/** Headers for a response no cache may keep: one-time links, computed results, a client's history. */
export const NO_STORE = { 'Cache-Control': 'no-store' }

/** Failures a form shows again, by HTTP status (from the tRPC code); anything else is the error page's. */
const FORM_STATUSES = new Set([400, 409, 429])

/** The HTTP status of an API error, mapped once from its tRPC code; a form's 401 (a wrong password) is bad input. */
function formStatusOf(error: TRPCError): number {
  const status = getHTTPStatusCodeFromError(error)
  return status === 401 ? 400 : status
}

/**
 * The one form pipeline (STYLE.md §9, §11): run an action's work; when the form must be shown
 * again, answer its failure with the right status — 400 with field errors for invalid input, 409
 * with the saved record (`Conflict<TCurrent>`) for a stale edit, 429 for throttling — together with
 * the posted `values` and `intent`. Redirects and other results pass through; other API errors go
 * to the error boundary with their status.
 *
 * `TCurrent` names what the procedure's `staleEdit` carries; the API sends it as the error's
 * details, which are untyped on the wire, so this is where the portal names the type, once.
 */
export async function formAction<T, TCurrent = unknown, TValues extends Record<string, unknown> = Record<string, unknown>>(
  values: TValues,
  run: () => Promise<T>,
): Promise<T | DataWithResponseInit<FormFailure<TCurrent, TValues>>>
export async function formAction<T>(run: () => Promise<T>): Promise<T | DataWithResponseInit<FormProblem>>
export async function formAction<T>(
  valuesOrRun: Record<string, unknown> | (() => Promise<T>),
  maybeRun?: () => Promise<T>,
) {
  const [values, run] = typeof valuesOrRun === 'function' ? [undefined, valuesOrRun] : [valuesOrRun, maybeRun]
  if (!run) throw new Error('formAction needs the work to run')
  try {
    return await run()
  } catch (error) {
    const failure = toFormFailure(error)
    return values ? formFailure(values, failure.body, failure.status) : data<FormProblem>(failure.body, { status: failure.status })
  }
}

/** A failure for one form of the page, with the posted values and intent (also for checks before the API). */
export function formFailure<TCurrent = unknown, TValues extends Record<string, unknown> = Record<string, unknown>>(
  values: TValues,
  failure: FormProblem<TCurrent>,
  status: number,
) {
  // only a posted intent is named: a page tells a failure from its results by the key being absent
  const intent = typeof values.intent === 'string' ? { intent: values.intent } : {}
  return data<FormFailure<TCurrent, TValues>>({ ...failure, ...intent, values }, { status })
}

/** What a form shows for an error its work threw (400/409/429 from the API); other errors are rethrown as route errors. */
export function toFormFailure(error: unknown): { body: FormProblem; status: number } {
  if (error instanceof FormInputError) return { body: { fieldErrors: error.fieldErrors }, status: 400 }
  const cause = error instanceof TRPCError ? error.cause : error
  if (cause instanceof ZodError) return { body: { fieldErrors: fieldErrorsFromZod(cause) }, status: 400 }
  if (cause instanceof DomainError) {
    // A domain error met outside a procedure (the login) gets the status the API would give it.
    const status = formStatusOf(error instanceof TRPCError ? error : new TRPCError({ code: trpcCodeOf(cause.code), cause }))
    if (FORM_STATUSES.has(status)) {
      // The details are the service's own (staleEdit, import checks): only these three go to the form.
      const { fieldErrors, current, rowErrors } = (cause.details ?? {}) as Pick<FormProblem, 'fieldErrors' | 'current' | 'rowErrors'>
      return { body: { formError: cause.message, fieldErrors, current, rowErrors }, status }
    }
  }
  if (error instanceof TRPCError) toRouteError(error)
  throw error
}
