import { z } from 'zod'
import { RecordNumberSchema, VersionOrZeroSchema } from './input-limits.ts'
import { BuildingBlockKeySchema } from './building-blocks.ts'
import { MunicipalityCodeSchema, RegionSlugSchema } from './codes.ts'
import { ConditionKeySchema } from './conditions.ts'
import { IsoDateSchema } from './dates.ts'
import { NvoAgreementKeySchema, NvoLevelSchema, NvoThemeKeySchema } from './nvo.ts'
import { PlanElementKeySchema } from './plan-elements.ts'
import { hasFilled, isList, postedChoices, postedList } from './checked.ts'

/** The stages of an implementation agreement (agreements issue): a line, plus "vervallen". */
export const AGREEMENT_STAGES = ['concept', 'vastgesteld', 'in_uitvoering', 'gerealiseerd', 'vervallen'] as const
export type AgreementStage = (typeof AGREEMENT_STAGES)[number]

/** Dutch label per stage; views always show it in words, never colour alone. */
export const AGREEMENT_STAGE_LABELS: Record<AgreementStage, string> = {
  concept: 'Concept',
  vastgesteld: 'Vastgesteld',
  in_uitvoering: 'In uitvoering',
  gerealiseerd: 'Gerealiseerd',
  vervallen: 'Vervallen',
}

/**
 * The one table of allowed stage changes. Staying in a stage is always allowed. A lapsed agreement
 * can be revived as a concept; a realised one is final (a new agreement records a follow-up).
 */
export const STAGE_TRANSITIONS: Record<AgreementStage, readonly AgreementStage[]> = {
  concept: ['vastgesteld', 'vervallen'],
  vastgesteld: ['concept', 'in_uitvoering', 'vervallen'],
  in_uitvoering: ['gerealiseerd', 'vervallen'],
  gerealiseerd: [],
  vervallen: ['concept'],
}

/** True when an agreement may move from stage `from` to stage `to`. */
export function canChangeStage(from: AgreementStage, to: AgreementStage): boolean {
  return from === to || STAGE_TRANSITIONS[from].includes(to)
}

/** Stages in which an agreement still has to be realised (and so can be due or overdue). */
export const OPEN_STAGES: readonly AgreementStage[] = ['concept', 'vastgesteld', 'in_uitvoering']

/** Kinds of partner an agreement is made with. */
export const PARTNER_KINDS = [
  'provider',
  'health_insurer',
  'care_office',
  'housing_corporation',
  'client_representatives',
  'other',
] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

/** Dutch label per partner kind. */
export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  provider: 'Zorgaanbieder',
  health_insurer: 'Zorgverzekeraar',
  care_office: 'Zorgkantoor',
  housing_corporation: 'Woningcorporatie',
  client_representatives: 'Cliëntvertegenwoordiging',
  other: 'Anders',
}

export const AGREEMENT_TITLE_MAX = 200
export const AGREEMENT_BODY_MAX = 20_000

// Forms send unchecked checkbox groups as nothing and a single checked box as a string.
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(postedList, z.array(item))
const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().max(max, { error: tooLong }).default(''))
const optionalDate = z.preprocess((v) => (v === '' ? null : v), IsoDateSchema.nullable().default(null))

/** One partner an agreement is made with. */
export const PartnerSchema = z.object({
  name: z.string().trim().min(2, { error: 'Vul de naam van de partner in.' }).max(200, { error: 'Een naam heeft hoogstens 200 tekens.' }),
  kind: z.enum(PARTNER_KINDS, { error: 'Kies het soort partner.' }),
})

/** A milestone on the way to the planned date. */
export const MilestoneSchema = z.object({
  date: IsoDateSchema,
  label: z.string().trim().min(2, { error: 'Beschrijf de mijlpaal.' }).max(200, { error: 'Hoogstens 200 tekens.' }),
})

/**
 * The fields of an agreement as a region editor fills them in. Title, at least one NvO agreement,
 * theme and condition are required to save; building blocks, plan elements, partners, planning and
 * municipalities may follow later and show as missing in the region's completeness.
 */
export const AgreementFieldsSchema = z
  .object({
    title: z
      .string({ error: 'Vul een titel in.' })
      .trim()
      .min(3, { error: 'Een titel heeft minstens 3 tekens.' })
      .max(AGREEMENT_TITLE_MAX, { error: `Een titel heeft hoogstens ${AGREEMENT_TITLE_MAX} tekens.` }),
    body: optionalText(AGREEMENT_BODY_MAX, `De tekst heeft hoogstens ${AGREEMENT_BODY_MAX} tekens.`),
    nvoAgreements: list(NvoAgreementKeySchema).pipe(z.array(NvoAgreementKeySchema).min(1, { error: 'Kies minstens één NvO-afspraak.' })),
    themes: list(NvoThemeKeySchema).pipe(z.array(NvoThemeKeySchema).min(1, { error: 'Kies minstens één thema.' })),
    conditions: list(ConditionKeySchema).pipe(z.array(ConditionKeySchema).min(1, { error: 'Kies minstens één conditie.' })),
    buildingBlocks: list(BuildingBlockKeySchema).default([]),
    planElements: list(PlanElementKeySchema).default([]),
    municipalities: list(MunicipalityCodeSchema).default([]),
    partners: z
      .preprocess((v) => (isList(v) ? v.filter((p) => hasFilled(p, 'name') || hasFilled(p, 'kind')) : []), z.array(PartnerSchema))
      .default([]),
    plannedDate: optionalDate,
    milestones: z
      .preprocess((v) => (isList(v) ? v.filter((m) => hasFilled(m, 'date') || hasFilled(m, 'label')) : []), z.array(MilestoneSchema))
      .default([]),
    stage: z.enum(AGREEMENT_STAGES, { error: 'Kies een stadium.' }).default('concept'),
    stageReason: optionalText(2_000, 'De reden heeft hoogstens 2.000 tekens.'),
    explanation: optionalText(5_000, 'De toelichting heeft hoogstens 5.000 tekens.'),
  })
  .superRefine((v, ctx) => {
    if (v.stage === 'vervallen' && v.stageReason.length < 5) {
      ctx.addIssue({ code: 'custom', path: ['stageReason'], message: 'Geef aan waarom de afspraak is vervallen.' })
    }
  })
export type AgreementFields = z.output<typeof AgreementFieldsSchema>
export type AgreementFieldsInput = z.input<typeof AgreementFieldsSchema>

const VersionSchema = RecordNumberSchema
const AgreementIdSchema = RecordNumberSchema

/** Create an agreement in a region (as a draft). */
export const CreateAgreementSchema = z.object({ regionSlug: RegionSlugSchema, fields: AgreementFieldsSchema })

/** Save an agreement; `version` is the one the editor started from (a stale one is a conflict). */
export const UpdateAgreementSchema = z.object({ id: AgreementIdSchema, version: VersionSchema, fields: AgreementFieldsSchema })

/** Publish the current draft of an agreement as its public revision. */
export const PublishAgreementSchema = z.object({ id: AgreementIdSchema, version: VersionSchema })

/** A delay on top of the stage: reason and new date required; the old date is kept. */
export const RecordDelaySchema = z.object({
  id: AgreementIdSchema,
  version: VersionSchema,
  reason: z
    .string({ error: 'Geef de reden van de vertraging.' })
    .trim()
    .min(5, { error: 'Geef de reden van de vertraging (minstens 5 tekens).' })
    .max(2_000, { error: 'De reden heeft hoogstens 2.000 tekens.' }),
  newDate: IsoDateSchema,
})

/** A comment on an agreement, or a reply to one (one level deep). */
export const AddCommentSchema = z.object({
  agreementId: AgreementIdSchema,
  parentId: z.preprocess((v) => (v === '' || v === undefined ? null : v), RecordNumberSchema.nullable()),
  body: z
    .string({ error: 'Schrijf een reactie.' })
    .trim()
    .min(1, { error: 'Schrijf een reactie.' })
    .max(5_000, { error: 'Een reactie heeft hoogstens 5.000 tekens.' }),
})

/** The most co-authors one record names. */
export const MAX_CO_AUTHORS = 20

/** The co-authors of an agreement: people who may read it, named by their user id (the whole list). */
export const SetCoAuthorsSchema = z.object({
  agreementId: AgreementIdSchema,
  userIds: z.preprocess(
    // a form posts one value, several, or none (react-hook-form: false for no box ticked)
    postedChoices,
    z
      .array(z.string().min(1).max(40), { error: 'Kies de mede-auteurs uit de lijst.' })
      .max(MAX_CO_AUTHORS, { error: `Noem hoogstens ${MAX_CO_AUTHORS} mede-auteurs.` }),
  ),
})

/** The co-authors of a bottleneck: people who may read it (the whole list). */
export const SetBottleneckCoAuthorsSchema = z.object({
  bottleneckId: RecordNumberSchema,
  userIds: SetCoAuthorsSchema.shape.userIds,
})

/** A region's proposed level for one NvO agreement, with its explanation. */
export const SetNvoLevelSchema = z.object({
  regionSlug: RegionSlugSchema,
  nvoAgreement: NvoAgreementKeySchema,
  // An empty choice must be refused, not read as level 0 ("Niet gestart").
  level: z.preprocess((v) => (v === '' || v === null ? undefined : typeof v === 'string' ? Number(v) : v), NvoLevelSchema),
  explanation: optionalText(5_000, 'De toelichting heeft hoogstens 5.000 tekens.'),
  version: z.preprocess((v) => (v === '' || v === undefined ? null : v), VersionOrZeroSchema.nullable()),
})

/** Filters of a region's agreement list. */
export const AgreementFilterSchema = z.object({
  stage: z.enum(AGREEMENT_STAGES).optional().catch(undefined),
  theme: NvoThemeKeySchema.optional().catch(undefined),
  condition: ConditionKeySchema.optional().catch(undefined),
  nvoAgreement: NvoAgreementKeySchema.optional().catch(undefined),
  partner: z.string().trim().max(200).optional().catch(undefined),
  municipality: MunicipalityCodeSchema.optional().catch(undefined),
})
export type AgreementFilter = z.output<typeof AgreementFilterSchema>
