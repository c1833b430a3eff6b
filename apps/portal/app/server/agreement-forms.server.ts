import { isList, RegionSlugSchema } from '@bt/domain'
import { data } from 'react-router'
import { z } from 'zod'
import type { RouterContextProvider } from 'react-router'
import { getApi, notFound, requireActor, toRouteError } from './api.server.ts'
import { withFormArraysIn } from './form-arrays.server.ts'
import { formDataToObject } from './forms.server.ts'

/** A posted form as a plain object, with indexed rows (`fields.partners.0.name`) as arrays. */
export async function readForm(request: Request): Promise<Record<string, unknown>> {
  return withFormArraysIn(formDataToObject(await request.formData()))
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

/**
 * The agreement a page under /regio/:slug/afspraken/:id shows, for a signed-in reader: 404 for an
 * address that is not an agreement of that region. Returns the API caller too, for the rest of the loader.
 */
export async function loadAgreement(params: { slug?: string; id?: string }, request: Request, context: Readonly<RouterContextProvider>) {
  requireActor(context, request)
  const { slug, id } = agreementAddress(params)
  const api = getApi(context)
  const agreement = await api.agreement.get({ id }).catch(toRouteError)
  requireSameRegion(agreement, slug)
  return { api, agreement }
}

/** 403 for the error page: the caller may read this but not change it. */
export function forbidden(message = 'U mag deze afspraak niet bewerken.'): never {
  throw data({ message }, { status: 403 })
}

/** The buttons that add or remove a partner or milestone row: "add-partner", "remove-milestone-2". */
const ROW_INTENT = /^(add|remove)-(partner|milestone)(?:-(\d{1,3}))?$/
const EMPTY_ROW = { partners: { name: '', kind: '' }, milestones: { date: '', label: '' } }

/**
 * The form without JavaScript: a posted "Partner toevoegen" or "Mijlpaal n verwijderen" button gives
 * the posted values with that row added or removed, to show the form again with everything typed
 * kept; undefined when the post is a save.
 */
export function withRowEdited(values: Record<string, unknown>): Record<string, unknown> | undefined {
  const match = typeof values.intent === 'string' ? ROW_INTENT.exec(values.intent) : null
  if (!match) return undefined
  const fields: Record<string, unknown> = typeof values.fields === 'object' && values.fields !== null ? { ...values.fields } : {}
  const group = match[2] === 'partner' ? 'partners' : 'milestones'
  const current = fields[group]
  const rows = isList(current) ? [...current] : []
  if (match[1] === 'add') rows.push({ ...EMPTY_ROW[group] })
  else rows.splice(Number(match[3]), 1)
  const { intent: _intent, ...rest } = values
  return { ...rest, fields: { ...fields, [group]: rows } }
}
