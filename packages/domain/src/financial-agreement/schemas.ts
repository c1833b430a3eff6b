import { z } from 'zod'
import { MunicipalityCodeSchema, RegionSlugSchema } from '../codes.ts'
import { VersionOrZeroSchema } from '../input-limits.ts'
import {
  FINANCIAL_RISKS,
  MAIN_CHOICES,
  MATRIX_ROWS,
  RISK_LEVELS,
  RISK_STATUSES,
  SITUATION_QUESTIONS,
  STRATEGY_SCORES,
  type FinancialRiskKey,
  type MainChoiceKey,
  type MatrixRowKey,
  type RiskLevel,
  type RiskStatus,
  type SituationQuestionKey,
} from './reference.ts'

// A region's financial agreement (issue 21, ADR 036): what is stored (every keyed part as a list, the
// db layer renames keys inside JSON) and what an editor posts, one section at a time.

/** The stored agreement: one list per section, each entry naming its key. */
export interface FinancialAgreementContent {
  situation: { question: SituationQuestionKey; answer: string; answeredOn: string; author: string }[]
  matrix: { row: MatrixRowKey; option: string | null; reasoning: string }[]
  choices: { choice: MainChoiceKey; option: string | null; reasoning: string; scenarioId: string | null }[]
  strategy: { municipalityCode: string; change: number; focus: number }[]
  risks: { risk: FinancialRiskKey; level: RiskLevel | null; owner: string; measure: string; status: RiskStatus }[]
  /** Risks the region added to the handreiking's list, each with an id of its own ('own1', 'own2', …). */
  ownRisks: { id: string; label: string; level: RiskLevel | null; owner: string; measure: string; status: RiskStatus }[]
}

export const EMPTY_FINANCIAL_AGREEMENT: FinancialAgreementContent = { situation: [], matrix: [], choices: [], strategy: [], risks: [], ownRisks: [] }

/** At most this many own risks in a register. */
export const MAX_OWN_RISKS = 20
/** An own risk's id; 'new' in a posted form is the row that adds one. */
export const OWN_RISK_ID = /^own\d{1,3}$/

// The reference lists are never empty (reference.ts), as z.enum needs.
const keysOf = <T extends string>(items: readonly { key: T }[]) => items.map((i) => i.key) as [T, ...T[]]

const REASONING_REQUIRED = 'Geef een onderbouwing bij deze keuze.'
const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} heeft hoogstens ${max.toLocaleString('nl-NL')} tekens.` })
    .default('')
const optionOf = (keys: readonly string[], what: string) =>
  // The reference lists are never empty (reference.ts), as z.enum needs.
  z.union([z.literal(''), z.enum(keys as [string, ...string[]], { error: `Kies een van de opties bij ${what}.` })]).default('')

const SituationSection = z.object({
  section: z.literal('situation'),
  answers: z.object(Object.fromEntries(SITUATION_QUESTIONS.map((q) => [q.key, text(5_000, 'Een antwoord')]))).default({}),
})

/** A chosen option needs its reasoning (the handreiking asks why, not only what). */
function withReasoning<T extends z.ZodObject<{ option: z.ZodType<string>; reasoning: z.ZodType<string> }>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    if (value.option !== '' && value.reasoning === '') ctx.addIssue({ code: 'custom', path: ['reasoning'], message: REASONING_REQUIRED })
  })
}

/** An item's option, one of its own, and the reasoning for it. */
const choiceOf = (item: { label: string; options: readonly { key: string }[] }) => ({
  option: optionOf(item.options.map((o) => o.key), item.label.toLowerCase()),
  reasoning: text(3_000, 'Een onderbouwing'),
})

/** One field per item under the item's key. */
function fieldPerItem<T extends { key: string }, S extends z.ZodType>(items: readonly T[], field: (item: T) => S) {
  return z.object(Object.fromEntries(items.map((item) => [item.key, field(item)])))
}

const MatrixSection = z.object({
  section: z.literal('matrix'),
  rows: fieldPerItem(MATRIX_ROWS, (r) => withReasoning(z.object(choiceOf(r))).default({ option: '', reasoning: '' })).default({}),
})

/** A saved scenario's id as the form posts it ('' is none). */
const ScenarioIdField = z
  .string()
  .trim()
  .max(40, { error: 'Kies een opgeslagen scenario uit de lijst.' })
  .default('')

const ChoicesSection = z.object({
  section: z.literal('choices'),
  choices: fieldPerItem(MAIN_CHOICES, (c) =>
    withReasoning(z.object({ ...choiceOf(c), scenarioId: ScenarioIdField })).default({ option: '', reasoning: '', scenarioId: '' }),
  ).default({}),
})

const score = z.union([
  z.literal(''),
  z.coerce
    .number({ error: 'Kies een plek van −2 tot 2.' })
    .int({ error: 'Kies een plek van −2 tot 2.' })
    .refine((n) => STRATEGY_SCORES.some((s) => s === n), { error: 'Kies een plek van −2 tot 2.' }),
])

const StrategySection = z.object({
  section: z.literal('strategy'),
  places: z
    .record(
      MunicipalityCodeSchema,
      z
        .object({ change: score.default(''), focus: score.default('') })
        .superRefine((value, ctx) => {
          if ((value.change === '') !== (value.focus === ''))
            ctx.addIssue({ code: 'custom', path: [value.change === '' ? 'change' : 'focus'], message: 'Kies op beide assen een plek, of op geen van beide.' })
        }),
    )
    .default({}),
})

const RiskFields = {
  level: optionOf(RISK_LEVELS.map((l) => l.key), 'de inschatting'),
  owner: text(200, 'Een eigenaar'),
  measure: text(3_000, 'Een maatregel'),
  status: z.enum(keysOf(RISK_STATUSES), { error: 'Kies een status.' }).default('open'),
}

/** An own risk as posted: a name, the same fields, and 'remove' ticked to drop it. */
const OwnRiskEntry = z
  .object({ label: text(200, 'Een naam'), ...RiskFields, remove: z.string().optional() })
  .superRefine((value, ctx) => {
    const filled = value.level !== '' || value.owner !== '' || value.measure !== ''
    if (value.remove === undefined && value.label === '' && filled) ctx.addIssue({ code: 'custom', path: ['label'], message: 'Geef het risico een naam.' })
  })

const RisksSection = z.object({
  section: z.literal('risks'),
  risks: z
    .object(Object.fromEntries(FINANCIAL_RISKS.map((r) => [r.key, z.object(RiskFields).default({ level: '', owner: '', measure: '', status: 'open' })])))
    .default({}),
  ownRisks: z
    .record(z.union([z.literal('new'), z.string().regex(OWN_RISK_ID)], { error: 'Dit eigen risico bestaat niet.' }), OwnRiskEntry)
    .default({}),
})

/** One section of a region's financial agreement, saved on the version the editor saw (0: none yet). */
export const SaveFinancialAgreementSchema = z
  .object({ regionSlug: RegionSlugSchema, version: VersionOrZeroSchema })
  .and(z.discriminatedUnion('section', [SituationSection, MatrixSection, ChoicesSection, StrategySection, RisksSection], { error: 'Kies een onderdeel.' }))
export type SaveFinancialAgreementInput = z.input<typeof SaveFinancialAgreementSchema>
export type SaveFinancialAgreement = z.output<typeof SaveFinancialAgreementSchema>
export type FinancialAgreementSection = SaveFinancialAgreement['section']

/** Publish the working copy: from then on readers outside the region and the national view see it. */
export const PublishFinancialAgreementSchema = z.object({ regionSlug: RegionSlugSchema, version: VersionOrZeroSchema })

/** Reads stored JSON back into the content type: unknown keys and broken entries are dropped. */
export function readFinancialAgreement(value: unknown): FinancialAgreementContent {
  const parsed = StoredSchema.safeParse(value)
  return parsed.success ? parsed.data : EMPTY_FINANCIAL_AGREEMENT
}

const StoredSchema = z.object({
  situation: z.array(z.object({ question: z.enum(keysOf(SITUATION_QUESTIONS)), answer: z.string(), answeredOn: z.string(), author: z.string() })).catch([]),
  matrix: z.array(z.object({ row: z.enum(keysOf(MATRIX_ROWS)), option: z.string().nullable(), reasoning: z.string() })).catch([]),
  choices: z
    .array(z.object({ choice: z.enum(keysOf(MAIN_CHOICES)), option: z.string().nullable(), reasoning: z.string(), scenarioId: z.string().nullable() }))
    .catch([]),
  strategy: z.array(z.object({ municipalityCode: z.string(), change: z.number(), focus: z.number() })).catch([]),
  risks: z
    .array(
      z.object({
        risk: z.enum(keysOf(FINANCIAL_RISKS)),
        level: z.enum(keysOf(RISK_LEVELS)).nullable(),
        owner: z.string(),
        measure: z.string(),
        status: z.enum(keysOf(RISK_STATUSES)),
      }),
    )
    .catch([]),
  ownRisks: z
    .array(
      z.object({
        id: z.string().regex(OWN_RISK_ID),
        label: z.string(),
        level: z.enum(keysOf(RISK_LEVELS)).nullable(),
        owner: z.string(),
        measure: z.string(),
        status: z.enum(keysOf(RISK_STATUSES)),
      }),
    )
    .catch([]),
})

/** A risk the register rates high and that has no measure: the bottleneck signal's condition. */
export function isUnmeasuredHighRisk(risk: { level: RiskLevel | null; measure: string }): boolean {
  return risk.level === 'high' && risk.measure.trim() === ''
}

/** One line of a region's risk register: a handreiking risk (by its key) or one of the region's own (by id). */
export interface RiskRegisterLine {
  key: string
  label: string
  own: boolean
  level: RiskLevel | null
  owner: string
  measure: string
  status: RiskStatus
}

/** The whole register in order: the handreiking's risks (unrated until assessed), then the region's own. */
export function riskRegister(content: Pick<FinancialAgreementContent, 'risks' | 'ownRisks'>): RiskRegisterLine[] {
  return [
    ...FINANCIAL_RISKS.map((r) => {
      const entry = content.risks.find((x) => x.risk === r.key)
      return { key: r.key, label: r.label, own: false, level: entry?.level ?? null, owner: entry?.owner ?? '', measure: entry?.measure ?? '', status: entry?.status ?? 'open' }
    }),
    ...content.ownRisks.map((r) => ({ key: r.id, label: r.label, own: true, level: r.level, owner: r.owner, measure: r.measure, status: r.status })),
  ]
}
