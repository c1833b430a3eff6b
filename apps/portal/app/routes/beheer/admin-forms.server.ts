import type { RoleAssignmentSchema, RoleGrantInput } from '@bt/domain'
import type { z } from 'zod'
import { data, type UNSAFE_DataWithResponseInit as DataWithResponseInit } from 'react-router'
import type { FormFailure } from '#app/lib/forms.ts'
import { formAction } from '#app/server/forms.server.ts'

/**
 * What a /beheer form gets back when it must be shown again: the failure from `formAction` plus
 * the values the user submitted, so the form shows their input again (also without JavaScript).
 */
export interface AdminFormFailure extends FormFailure {
  /** The saved record, on a conflict (409). */
  current?: unknown
  /** Per-row problems of an import (row, column, message). */
  rowErrors?: unknown
  values: Record<string, unknown>
}

/**
 * `formAction` for /beheer: run the work; when the form must be shown again (400, 409, …), add the
 * submitted values to the failure. Successes (data or redirect) pass unchanged.
 */
export async function adminFormAction<T>(
  values: Record<string, unknown>,
  run: () => Promise<T>,
): Promise<T | DataWithResponseInit<AdminFormFailure>> {
  const result = await formAction(run)
  if (isDataWithInit(result) && isFailureStatus(result.init)) {
    return data<AdminFormFailure>(
      { ...(result.data as FormFailure), values },
      result.init ?? undefined,
    )
  }
  // Every failure formAction returns has a 4xx status, so what is left is run's own result.
  return result as T
}

// React Router exports DataWithResponseInit as a type only; it marks instances with `type`.
function isDataWithInit(value: unknown): value is DataWithResponseInit<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'DataWithResponseInit'
  )
}

function isFailureStatus(init: ResponseInit | null): boolean {
  return (init?.status ?? 200) >= 400
}

/** A one-time link as the administrator sees it: the full address and when it stops working. */
export interface OneTimeLink {
  url: string
  expiresAt: string
}

/**
 * The full set-password address of a one-time token, on this site's origin. It is shown once in
 * the action's response and never put in a redirect or query string.
 */
export function oneTimeLink(
  request: Request,
  link: { token: string; expiresAt: Date },
): OneTimeLink {
  return {
    url: `${new URL(request.url).origin}/wachtwoord-instellen/${encodeURIComponent(link.token)}`,
    expiresAt: new Date(link.expiresAt).toISOString(),
  }
}

/** Headers for a response that carries a one-time link: no cache may keep it. */
export const NO_STORE = { 'Cache-Control': 'no-store' }

/**
 * The grants `RoleAssignmentSchema` produced, back in the form's shape. The API procedures take
 * the schema's input (they parse it themselves), so after checking a form with the same schema
 * the action hands the API this, not the transformed output.
 */
export function assignmentInput(grants: readonly RoleGrantInput[]): RoleAssignmentInput {
  const [first] = grants
  if (!first) throw new Error('RoleAssignmentSchema always yields at least one grant')
  return {
    role: first.role,
    regionCodes: grants.flatMap((g) => (g.regionCode ? [g.regionCode] : [])),
    municipalityCode: first.municipalityCode ?? undefined,
  }
}

type RoleAssignmentInput = z.input<typeof RoleAssignmentSchema>
