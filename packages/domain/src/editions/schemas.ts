// Input schemas for editions (issue 14), with Dutch messages; the forms and the edition router share them.

import { z } from 'zod'
import { isList } from '../checked.ts'
import { RegionSlugSchema } from '../codes.ts'
import { IsoDateSchema } from '../dates.ts'
import { RecordNumberSchema, VersionOrZeroSchema } from '../input-limits.ts'

const EDITION_KEY = /^\d{4}-H[12]$/
export const MAX_EDITION_TEXT = 4_000

/** An edition's key: a half year, '2026-H1' or '2026-H2'. */
export const EditionKeySchema = z
  .string({ error: 'Kies een editie.' })
  .trim()
  .regex(EDITION_KEY, { error: 'Een editie heet naar een halfjaar, bijvoorbeeld 2026-H1.' })


const text = (min: number, tooShort: string) =>
  z.string({ error: tooShort }).trim().min(min, { error: tooShort }).max(MAX_EDITION_TEXT, { error: 'De tekst heeft hoogstens 4.000 tekens.' })

export const OpenEditionSchema = z
  .object({
    key: EditionKeySchema,
    windowOpens: IsoDateSchema,
    windowCloses: IsoDateSchema,
    dueDate: IsoDateSchema,
    bandPeriods: z.coerce.number({ error: 'Vul een geheel getal in.' }).int({ error: 'Vul een geheel getal in.' }).min(3, { error: 'Neem minstens 3 perioden.' }).max(20, { error: 'Neem hoogstens 20 perioden.' }).default(8),
    bandMadFactor: z.coerce.number({ error: 'Vul een getal in.' }).min(1, { error: 'Kies minstens 1 keer de afwijking.' }).max(10, { error: 'Kies hoogstens 10 keer de afwijking.' }).default(3),
  })
  .superRefine((v, ctx) => {
    if (v.windowCloses < v.windowOpens) ctx.addIssue({ code: 'custom', path: ['windowCloses'], message: 'De invulperiode sluit na de opening.' })
    if (v.dueDate < v.windowOpens) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'De uiterste datum ligt na de opening.' })
  })
export type OpenEditionInput = z.input<typeof OpenEditionSchema>

/** One region's picture in one edition, at the version the user saw. */
const PictureRefSchema = z.object({ editionKey: EditionKeySchema, regionSlug: RegionSlugSchema, version: VersionOrZeroSchema })

/** The region's explanations of the consistency findings, keyed by finding. */
export const SavePictureSchema = PictureRefSchema.extend({
  explanations: z.record(z.string().max(200), z.string().trim().max(MAX_EDITION_TEXT, { error: 'De toelichting heeft hoogstens 4.000 tekens.' })).default({}),
})
export type SavePictureInput = z.input<typeof SavePictureSchema>

export const ReviewCommentSchema = z.object({
  itemKey: z.string().trim().min(1).max(200),
  body: text(2, 'Schrijf een opmerking bij dit onderdeel.'),
})

export const ReturnPictureSchema = PictureRefSchema.extend({
  comments: z.array(ReviewCommentSchema).min(1, { error: 'Geef bij minstens één onderdeel een opmerking.' }).max(200),
})
export type ReturnPictureInput = z.input<typeof ReturnPictureSchema>

export const ApprovePictureSchema = PictureRefSchema
export const SubmitPictureSchema = SavePictureSchema

export const DisputeSchema = z.object({
  itemKey: z.string().trim().min(1).max(200),
  reason: text(5, 'Geef aan waarom de regio dit onderdeel betwist.'),
})

export const ConfirmPictureSchema = PictureRefSchema.extend({
  disputes: z.array(DisputeSchema).max(200).default([]),
})
export type ConfirmPictureInput = z.input<typeof ConfirmPictureSchema>

/** A form's repeated checkbox as a list: none ticked is absent (server) or false (browser), one is a string. */
const checkedList = z.preprocess((v) => (isList(v) ? v : typeof v === 'string' ? [v] : []), z.array(z.string().max(200)).max(200))

/**
 * The confirm form's fields: the ticked items (`dispute`) and a reason per item (`reason:<item key>`).
 * The browser (react-hook-form) and the route action both check it, so a missing reason is named at
 * its own item with or without JavaScript.
 */
export const ConfirmFieldsSchema = z.looseObject({ dispute: checkedList }).superRefine((fields, ctx) => {
  for (const itemKey of fields.dispute) {
    const name = `reason:${itemKey}`
    const reason = DisputeSchema.shape.reason.safeParse(fields[name] ?? '')
    if (!reason.success) ctx.addIssue({ code: 'custom', path: [name], message: reason.error.issues[0]?.message ?? 'Geef aan waarom de regio dit onderdeel betwist.' })
  }
})

/** The ticked items of the confirm form with their reasons, as the api's disputes. */
export function disputesFromFields(fields: z.output<typeof ConfirmFieldsSchema>): { itemKey: string; reason: string }[] {
  return fields.dispute.map((itemKey) => {
    const reason = fields[`reason:${itemKey}`]
    return { itemKey, reason: typeof reason === 'string' ? reason : '' }
  })
}

/**
 * The return form's fields: a comment per item (`comment:<item key>`), at least one filled in. Empty
 * ones are left out; each filled one is checked like the api's review comment.
 */
export const ReturnFieldsSchema = z.looseObject({}).superRefine((fields, ctx) => {
  const filled = commentsFromFields(fields)
  if (filled.length === 0) ctx.addIssue({ code: 'custom', path: ['comments'], message: 'Geef bij minstens één onderdeel een opmerking.' })
  for (const comment of filled) {
    const body = ReviewCommentSchema.shape.body.safeParse(comment.body)
    if (!body.success) ctx.addIssue({ code: 'custom', path: [`comment:${comment.itemKey}`], message: body.error.issues[0]?.message ?? 'Controleer de opmerking.' })
  }
})

/** The filled-in comments of the return form, as the api's review comments. */
export function commentsFromFields(fields: Record<string, unknown>): { itemKey: string; body: string }[] {
  return Object.entries(fields).flatMap(([name, body]) => (name.startsWith('comment:') && typeof body === 'string' && body.trim() !== '' ? [{ itemKey: name.slice('comment:'.length), body }] : []))
}

export const FreezeEditionSchema = z.object({
  editionKey: EditionKeySchema,
  version: RecordNumberSchema,
  /** The regions still in review, as the analyst saw and accepted them; must match the list now. */
  confirmUnfinished: z.array(RegionSlugSchema).max(100).default([]),
})
export type FreezeEditionInput = z.input<typeof FreezeEditionSchema>

export const EditionRefSchema = z.object({ editionKey: EditionKeySchema })
export const PictureKeySchema = z.object({ editionKey: EditionKeySchema, regionSlug: RegionSlugSchema })
