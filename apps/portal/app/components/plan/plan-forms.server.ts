import { RegionSlugSchema } from '@bt/domain'
import { data, type UNSAFE_DataWithResponseInit as DataWithResponseInit } from 'react-router'
import type { FormFailure } from '#app/lib/forms.ts'
import { notFound } from '#app/server/api.server.ts'
import { formAction } from '#app/server/forms.server.ts'

/** What a plan page's form gets back when it must be shown again: the failure plus what was posted. */
export interface PlanFormFailure extends FormFailure {
  /** The saved record, on a conflict (409). */
  current?: unknown
  /** Which of the page's forms was posted. */
  intent?: string
  /** The posted values, so the form shows the user's input again, also without JavaScript. */
  values: Record<string, unknown>
}

// React Router exports DataWithResponseInit as a type only; it marks instances with `type`.
function isDataWithInit(value: unknown): value is DataWithResponseInit<unknown> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'DataWithResponseInit'
}

/**
 * `formAction` for the plan pages: run the work; when the form must be shown again (400, 409), add
 * the intent and the posted values to the failure. Successes (redirects) pass unchanged.
 */
export async function planFormAction<T>(
  values: Record<string, unknown>,
  run: () => Promise<T>,
): Promise<T | DataWithResponseInit<PlanFormFailure>> {
  const result = await formAction(run)
  if (isDataWithInit(result) && (result.init?.status ?? 200) >= 400) {
    return planFailure(values, result.data as FormFailure & { current?: unknown }, result.init?.status ?? 400)
  }
  return result as T
}

/** A failure for one form of the page, e.g. an upload refused before the API saw it. */
export function planFailure(values: Record<string, unknown>, failure: FormFailure & { current?: unknown }, status: number) {
  const intent = typeof values.intent === 'string' ? values.intent : undefined
  return data<PlanFormFailure>({ ...failure, intent, values }, { status })
}

/** The region slug from the URL; a malformed one names no region (404). */
export function planRegionSlug(params: { slug?: string }): string {
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  return slug.data
}
