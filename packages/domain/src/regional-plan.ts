import { z } from 'zod'
import { INT4_MAX, RecordNumberSchema } from './input-limits.ts'
import { MunicipalityCodeSchema, RegionSlugSchema } from './codes.ts'
import { ConditionKeySchema } from './conditions.ts'
import { IsoDateSchema } from './dates.ts'
import { NvoThemeKeySchema } from './nvo.ts'
import { PlanElementKeySchema } from './plan-elements.ts'

/** How far a region has worked out one element of its plan. */
export const PLAN_ELEMENT_STATUSES = ['not_started', 'in_progress', 'done'] as const
export type PlanElementStatus = (typeof PLAN_ELEMENT_STATUSES)[number]

/** Dutch label per plan element status. */
export const PLAN_ELEMENT_STATUS_LABELS: Record<PlanElementStatus, string> = {
  not_started: 'Niet gestart',
  in_progress: 'In uitwerking',
  done: 'Gereed',
}

const nullableVersion = z.preprocess((v) => (v === '' || v === undefined ? null : v), RecordNumberSchema.nullable())

/** A region editor writes one plan element: its status and text (Markdown). */
export const SavePlanElementSchema = z.object({
  regionSlug: RegionSlugSchema,
  element: PlanElementKeySchema,
  status: z.enum(PLAN_ELEMENT_STATUSES, { error: 'Kies een status.' }),
  body: z.string().trim().max(20_000, { error: 'De tekst heeft hoogstens 20.000 tekens.' }).default(''),
  version: nullableVersion,
})

/** Publish the working copy of a plan element; `version` is the one the editor saw (a stale one is a conflict). */
export const PublishPlanElementSchema = z.object({
  regionSlug: RegionSlugSchema,
  element: PlanElementKeySchema,
  version: RecordNumberSchema,
})

/** A new version of the regiovisie, written here (a document can be attached to it). */
export const AddVisionVersionSchema = z.object({
  regionSlug: RegionSlugSchema,
  title: z.string({ error: 'Vul een titel in.' }).trim().min(3, { error: 'Een titel heeft minstens 3 tekens.' }).max(200, { error: 'Een titel heeft hoogstens 200 tekens.' }),
  body: z.string().trim().max(50_000, { error: 'De tekst heeft hoogstens 50.000 tekens.' }).default(''),
  documentDate: IsoDateSchema,
})

/** A link to a council decision: a web address on http(s). */
export const DecisionUrlSchema = z
  .string({ error: 'Vul de link naar het raadsbesluit in.' })
  .trim()
  .max(2_000, { error: 'De link is te lang.' })
  .pipe(z.url({ protocol: /^https?$/, error: 'Vul een geldige link in die begint met https://.' }))

/** A council adopted one version of the regiovisie: region editors record any member council, a municipality's signatory only their own. */
export const RecordAdoptionSchema = z.object({
  regionSlug: RegionSlugSchema,
  municipalityCode: MunicipalityCodeSchema,
  visionVersionId: z.coerce.number({ error: 'Kies de versie.' }).int().positive({ error: 'Kies de versie.' }).max(INT4_MAX, { error: 'Kies de versie.' }),
  decisionDate: IsoDateSchema,
  decisionUrl: DecisionUrlSchema,
})

/** The municipality's signatory confirms a recorded adoption. */
export const ConfirmAdoptionSchema = z.object({ adoptionId: RecordNumberSchema })

/**
 * A council adopted the uitvoeringsplan: the plan revision it adopted (the one the form showed; a
 * newer one is a conflict), the decision's date and link. Region editors record any member council,
 * a municipality's signatory only their own (issue 19 item 8).
 */
export const RecordPlanAdoptionSchema = z.object({
  regionSlug: RegionSlugSchema,
  municipalityCode: MunicipalityCodeSchema,
  planRevisionId: z.coerce
    .number({ error: 'Er is nog geen gepubliceerd uitvoeringsplan om vast te stellen.' })
    .int()
    .positive({ error: 'Er is nog geen gepubliceerd uitvoeringsplan om vast te stellen.' })
    .max(INT4_MAX, { error: 'Er is nog geen gepubliceerd uitvoeringsplan om vast te stellen.' }),
  decisionDate: IsoDateSchema,
  decisionUrl: DecisionUrlSchema,
})

/** The municipality's signatory confirms a recorded adoption of the uitvoeringsplan. */
export const ConfirmPlanAdoptionSchema = z.object({ adoptionId: RecordNumberSchema })

/** A Dutch full-text search over agreements: in one region, or nationally over published ones. */
export const SearchAgreementsSchema = z.object({
  query: z
    .string({ error: 'Vul een zoekterm in.' })
    .trim()
    .min(2, { error: 'Vul een zoekterm van minstens 2 tekens in.' })
    .max(200, { error: 'Een zoekterm heeft hoogstens 200 tekens.' }),
  regionSlug: RegionSlugSchema.optional(),
  theme: NvoThemeKeySchema.optional().catch(undefined),
  condition: ConditionKeySchema.optional().catch(undefined),
})
export type SearchAgreementsInput = z.input<typeof SearchAgreementsSchema>
