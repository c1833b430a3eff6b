import { z } from 'zod'
import { BUILDING_BLOCK_KEYS, BuildingBlockKeySchema } from '../building-blocks.ts'
import { MunicipalityCodeSchema } from '../codes.ts'
import { IsoDateSchema } from '../dates.ts'
import { RecordNumberSchema } from '../input-limits.ts'
import { RISK_SCALE } from './risk.ts'
import { BOTTLENECK_STATES } from './states.ts'
import { postedList } from '../checked.ts'

// Input of the bottleneck register (issue 16). One schema per input, shared by the form (with or
// without JavaScript) and the tRPC procedure; rules that need the stored record (a due date moved
// into the past, a forbidden state change, an unknown owner) are checked by the api service.

export const BOTTLENECK_TITLE_MAX = 200
export const BOTTLENECK_DESCRIPTION_MAX = 10_000
export const BOTTLENECK_REASON_MAX = 2_000
export const BOTTLENECK_COMMENT_MAX = 5_000
/** At most this many links of one kind; a register entry is not a list of everything. */
export const BOTTLENECK_LINKS_MAX = 50

// Forms send unchecked checkbox groups as nothing and a single checked box as a string.
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(postedList, z.array(item))
const uniqueList = <T extends z.ZodType>(item: T, tooMany: string) =>
  list(item)
    .refine((xs) => xs.length <= BOTTLENECK_LINKS_MAX, { error: tooMany })
    .transform((xs) => [...new Set(xs)])
const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v)

const riskPoint = (what: string) =>
  z.coerce
    .number({ error: `Kies de ${what} (1 tot en met 5).` })
    .int({ error: `Kies de ${what} (1 tot en met 5).` })
    .min(RISK_SCALE[0], { error: `Kies de ${what} (1 tot en met 5).` })
    .max(RISK_SCALE[RISK_SCALE.length - 1] ?? 5, { error: `Kies de ${what} (1 tot en met 5).` })
    // the range is checked above, so the number is one of the scale's points
    .transform((n) => n as (typeof RISK_SCALE)[number])

/** A user id as the owner select sends it (the service checks that the user exists and may own). */
const OwnerIdSchema = z.preprocess(
  emptyToNull,
  z.string().trim().min(1).max(100, { error: 'Kies een bestaande eigenaar.' }).nullable(),
)

/** The fields of a bottleneck as a steering member, analyst, adviser or region fills them in. */
export const BottleneckFieldsSchema = z.object({
  title: z
    .string({ error: 'Vul een titel in.' })
    .trim()
    .min(5, { error: 'Een titel heeft minstens 5 tekens.' })
    .max(BOTTLENECK_TITLE_MAX, { error: `Een titel heeft hoogstens ${BOTTLENECK_TITLE_MAX} tekens.` }),
  description: z
    .string({ error: 'Beschrijf het knelpunt.' })
    .trim()
    .min(10, { error: 'Beschrijf het knelpunt in minstens 10 tekens.' })
    .max(BOTTLENECK_DESCRIPTION_MAX, { error: `Een beschrijving heeft hoogstens ${BOTTLENECK_DESCRIPTION_MAX} tekens.` }),
  buildingBlocks: list(BuildingBlockKeySchema).pipe(
    z.array(z.enum(BUILDING_BLOCK_KEYS)).min(1, { error: 'Kies minstens één bouwsteen.' }).transform((xs) => [...new Set(xs)]),
  ),
  regionCodes: uniqueList(MunicipalityCodeSchema, `Kies hoogstens ${BOTTLENECK_LINKS_MAX} regio's.`).default([]),
  severity: riskPoint('ernst'),
  likelihood: riskPoint('kans'),
  ownerUserId: OwnerIdSchema.default(null),
  dueDate: z.preprocess(emptyToNull, IsoDateSchema.nullable()).default(null),
  agreementIds: uniqueList(RecordNumberSchema, `Koppel hoogstens ${BOTTLENECK_LINKS_MAX} afspraken.`).default([]),
  indicatorKeys: uniqueList(z.string().trim().min(1).max(60), `Koppel hoogstens ${BOTTLENECK_LINKS_MAX} indicatoren.`).default([]),
})
export type BottleneckFields = z.output<typeof BottleneckFieldsSchema>
export type BottleneckFieldsInput = z.input<typeof BottleneckFieldsSchema>

/** Raise a bottleneck; `signalId` when it is promoted from a signal (its evidence travels along). */
export const CreateBottleneckSchema = z.object({
  fields: BottleneckFieldsSchema,
  signalId: z.preprocess(emptyToNull, RecordNumberSchema.nullable()).default(null),
})
export type CreateBottleneckInput = z.input<typeof CreateBottleneckSchema>

/** Save a bottleneck's fields; `version` is the one the editor started from (a stale one is a conflict). */
export const UpdateBottleneckSchema = z.object({ id: RecordNumberSchema, version: RecordNumberSchema, fields: BottleneckFieldsSchema })
export type UpdateBottleneckInput = z.input<typeof UpdateBottleneckSchema>

/** Move a bottleneck to another state; dropping it needs a reason. */
export const ChangeBottleneckStateSchema = z
  .object({
    id: RecordNumberSchema,
    version: RecordNumberSchema,
    to: z.enum(BOTTLENECK_STATES, { error: 'Kies een status.' }),
    reason: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim() : (v ?? '')),
      z.string().max(BOTTLENECK_REASON_MAX, { error: `Een reden heeft hoogstens ${BOTTLENECK_REASON_MAX} tekens.` }),
    ).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.to === 'dropped' && v.reason.length < 5) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Geef aan waarom het knelpunt vervalt (minstens 5 tekens).' })
    }
  })
export type ChangeBottleneckStateInput = z.input<typeof ChangeBottleneckStateSchema>

/** A comment on a bottleneck. */
export const AddBottleneckCommentSchema = z.object({
  bottleneckId: RecordNumberSchema,
  body: z
    .string({ error: 'Schrijf een reactie.' })
    .trim()
    .min(1, { error: 'Schrijf een reactie.' })
    .max(BOTTLENECK_COMMENT_MAX, { error: `Een reactie heeft hoogstens ${BOTTLENECK_COMMENT_MAX} tekens.` }),
})

/** One bottleneck by id. */
export const BottleneckIdSchema = z.object({ id: RecordNumberSchema })

// Filters come from the URL: a bad value is ignored (no filter), never an error page.
/** Filters of the register: building block, region, state, owner, severity. */
export const BottleneckFilterSchema = z.object({
  buildingBlock: BuildingBlockKeySchema.optional().catch(undefined),
  region: MunicipalityCodeSchema.optional().catch(undefined),
  state: z.enum(BOTTLENECK_STATES).optional().catch(undefined),
  owner: z.string().trim().min(1).max(100).optional().catch(undefined),
  severity: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
})
export type BottleneckFilter = z.output<typeof BottleneckFilterSchema>

/** The desk's "changed since" date; a bad or empty value falls back to the default (the last steering group meeting). */
export const DeskInputSchema = z.object({ since: IsoDateSchema.optional().catch(undefined) })
