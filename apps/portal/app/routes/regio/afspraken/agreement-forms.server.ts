import { RegionSlugSchema } from '@bt/domain'
import { data, type UNSAFE_DataWithResponseInit as DataWithResponseInit } from 'react-router'
import { z } from 'zod'
import type { FormFailure } from '#app/lib/forms.ts'
import { notFound } from '#app/server/api.server.ts'
import { withFormArraysIn } from '#app/server/form-arrays.server.ts'
import { formAction, formDataToObject } from '#app/server/forms.server.ts'

/** What an agreement form gets back when it must be shown again: the failure plus what the user posted. */
export interface AgreementFormFailure extends FormFailure {
  /** The saved record, on a conflict (409). */
  current?: unknown
  /** Which of the page's forms was posted. */
  intent?: string
  /** The posted values (rows as arrays), so the form shows the user's input again, also without JavaScript. */
  values: Record<string, unknown>
}

/** A posted form as a plain object, with indexed rows (`fields.partners.0.name`) as arrays. */
export async function readForm(request: Request): Promise<Record<string, unknown>> {
  return withFormArraysIn(formDataToObject(await request.formData()))
}

/**
 * `formAction` for the agreement pages: run the work; when the form must be shown again (400, 409),
 * add the posted values and the intent to the failure. Successes (redirects) pass unchanged.
 */
export async function agreementFormAction<T>(
  values: Record<string, unknown>,
  run: () => Promise<T>,
): Promise<T | DataWithResponseInit<AgreementFormFailure>> {
  const result = await formAction(run)
  if (isDataWithInit(result) && (result.init?.status ?? 200) >= 400) {
    const intent = typeof values.intent === 'string' ? values.intent : undefined
    return data<AgreementFormFailure>({ ...(result.data as FormFailure & { current?: unknown }), intent, values }, result.init ?? undefined)
  }
  return result as T
}

// React Router exports DataWithResponseInit as a type only; it marks instances with `type`.
function isDataWithInit(value: unknown): value is DataWithResponseInit<unknown> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'DataWithResponseInit'
}

const AgreementIdSchema = z.coerce.number().int().positive().max(2_147_483_647)

/** The region slug and agreement id from the URL; malformed ones name nothing (404). */
export function agreementAddress(params: { slug?: string; id?: string }) {
  const slug = RegionSlugSchema.safeParse(params.slug)
  const id = AgreementIdSchema.safeParse(params.id)
  if (!slug.success || !id.success || !/^\d+$/.test(params.id ?? '')) notFound('Deze afspraak bestaat niet.')
  return { slug: slug.data, id: id.data }
}

/** The region slug from the URL; a malformed one names no region (404). */
export function regionSlugOf(params: { slug?: string }) {
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  return slug.data
}

/** 404 when an agreement is asked for under another region's address. */
export function requireSameRegion(agreement: { region: { slug: string } }, slug: string): void {
  if (agreement.region.slug !== slug) notFound('Deze afspraak hoort niet bij deze regio.')
}

/** 403 for the error page: the caller may read this but not change it. */
export function forbidden(message = 'U mag deze afspraak niet bewerken.'): never {
  throw data({ message }, { status: 403 })
}
