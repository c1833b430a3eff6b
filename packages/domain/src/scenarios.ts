import { z } from 'zod'
import { MunicipalityCodeSchema } from './codes.ts'
import { IsoDateSchema } from './dates.ts'

// Calculation scenarios (/rekenen; DOMAIN.md §6): one flat form whose fields are strings in the
// browser and without JavaScript, parsed here into the canonical parameters the API computes with
// (cents, basis points, a phase-in schedule, a sharing model). The same schema serves
// react-hook-form, the route action and the tRPC input (STYLE.md §10). Every field but the scope is
// optional for API callers; a blank field takes its default.

/** Years the calculator accepts (budget year, start year, price year). */
export const MIN_SCENARIO_YEAR = 2000
export const MAX_SCENARIO_YEAR = 2100
/** Phase-in steps N: the default is 10 (seed 000 §2.1); 30 bounds typos, not policy. */
export const MIN_PHASE_IN_STEPS = 1
export const MAX_SCENARIO_PHASE_IN_STEPS = 30
export const DEFAULT_SCENARIO_PHASE_IN_STEPS = 10
/** The largest amount accepted in any euro field: €100 billion, far above the ≈ €4 billion of BW+MO+Begeleiding. */
export const MAX_SCENARIO_EUROS = 100_000_000_000
/** Seed 000 §2.3: about €1.8 million for the national purchasing (LTA) of five specialist providers. */
export const DEFAULT_NATIONAL_PURCHASING_EUROS = 1_800_000
/** Seed 000 §2.4: 30% of the macrobudget is withdrawn ex ante for the Wlz. */
export const DEFAULT_WLZ_WITHDRAWAL_PERCENT = 30
/** Seed 004: the Gooi en Vechtstreek reserve is capped at €2 million. */
export const DEFAULT_RESERVE_CAP_EUROS = 2_000_000
/** Seed 004: IJssel-Vecht's centrumgemeente keeps about 2.5% for regional execution costs. */
export const DEFAULT_RETENTION_PERCENT = 2.5

/** The models a region can choose to share its budget (DOMAIN.md §6.6, seed 004), or none. */
export const SHARING_MODEL_KINDS = [
  'none',
  'inhabitantsWithReserve',
  'appropriateShare',
  'centralRetention',
  'localCompensation',
] as const
export type SharingModelKind = (typeof SHARING_MODEL_KINDS)[number]

/** Dutch labels of the sharing models, with the region whose arrangement each follows. */
export const SHARING_MODEL_LABELS: Record<SharingModelKind, string> = {
  none: 'Geen verdeelmodel',
  inhabitantsWithReserve: 'Naar inwoners met bestemmingsreserve (zoals Gooi en Vechtstreek)',
  appropriateShare: 'Passend aandeel (zoals IJssel-Vecht)',
  centralRetention: 'Inhouding door de centrumgemeente (zoals IJssel-Vecht)',
  localCompensation: 'Compensatie achteraf van lokale ondersteuning (zoals Midden-Holland)',
}

/** What a passend aandeel is measured by. */
export const SHARE_BASES = ['inhabitants', 'wmoIntegrationPayment', 'objectiveAmount'] as const
export type ShareBaseKey = (typeof SHARE_BASES)[number]
export const SHARE_BASE_LABELS: Record<ShareBaseKey, string> = {
  inhabitants: 'Inwoners',
  wmoIntegrationPayment: 'Wmo-integratie-uitkering',
  objectiveAmount: 'Objectief budget',
}

/** How the centrumgemeente retains: not at all, a percentage (optionally capped), or a fixed amount. */
export const RETENTION_KINDS = ['none', 'percentage', 'fixed'] as const
export type RetentionKind = (typeof RETENTION_KINDS)[number]
export const RETENTION_KIND_LABELS: Record<RetentionKind, string> = {
  none: 'Geen inhouding',
  percentage: 'Een percentage van het regiobudget',
  fixed: 'Een vast bedrag',
}

/** How the phase-in schedule is made (DOMAIN.md §6.2). */
export const SCHEDULE_KINDS = ['linear', 'outflow', 'custom'] as const
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number]
export const SCHEDULE_KIND_LABELS: Record<ScheduleKind, string> = {
  linear: 'Lineair: elk jaar een even grote stap',
  outflow: 'Uit de uitstroom van bestaande cliënten',
  custom: 'Eigen percentages per stap',
}

/** Where a client came from before the Wlz (DOMAIN.md §6.3). */
export const WLZ_ORIGINS = ['bw', 'otherWmo', 'nonWmo'] as const
export type WlzOriginKey = (typeof WLZ_ORIGINS)[number]
export const WLZ_ORIGIN_LABELS: Record<WlzOriginKey, string> = {
  bw: 'Uit beschermd wonen',
  otherWmo: 'Uit andere Wmo-ondersteuning',
  nonWmo: 'Van buiten de Wmo',
}

// ---------------------------------------------------------------------------------------------
// Numbers as people type them

/** The value of a form text, or undefined for a blank field. */
const blankToUndefined = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
    ? undefined
    : value

/**
 * Reads a non-negative decimal as typed in Dutch or English: "1.900.000", "1900000", "2,5", "2.5",
 * "€ 140.096.291,00". A comma is the decimal mark (dots then group thousands); without a comma a dot
 * followed by groups of exactly three digits groups thousands, any other dot is the decimal mark.
 * Returns the digits as [integer part, fraction part], or null when it is not such a number.
 */
export function readDecimal(input: string | number): [string, string] | null {
  let text =
    typeof input === 'number' ? (Number.isFinite(input) && input >= 0 ? String(input) : '') : input
  text = text.replace(/[\s\u00a0€%]/g, '')
  if (text.includes(',')) {
    if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(text)) return null
    text = text.replace(/\./g, '').replace(',', '.')
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, '')
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return null
  return [match[1]!, match[2] ?? '']
}

interface ScaledOptions {
  /** Digits kept after the decimal mark: 2 for euros → cents and percent → basis points. */
  decimals: number
  min: number
  max: number
  required: string
  invalid: string
  tooManyDecimals: string
  outOfRange: string
}

/** A decimal scaled to an integer (euros → cents: decimals 2); min and max are in the typed unit. */
function scaled(options: ScaledOptions) {
  return z.union([z.string(), z.number()], { error: options.required }).transform((value, ctx) => {
    const parts = readDecimal(value)
    if (!parts) {
      ctx.issues.push({ code: 'custom', message: options.invalid, input: value })
      return z.NEVER
    }
    const [whole, fraction] = parts
    if (fraction.replace(/0+$/, '').length > options.decimals) {
      ctx.issues.push({ code: 'custom', message: options.tooManyDecimals, input: value })
      return z.NEVER
    }
    const unit = 10n ** BigInt(options.decimals)
    const result =
      BigInt(whole) * unit +
      BigInt(fraction.padEnd(options.decimals, '0').slice(0, options.decimals) || '0')
    if (
      result < BigInt(Math.round(options.min * Number(unit))) ||
      result > BigInt(Math.round(options.max * Number(unit)))
    ) {
      ctx.issues.push({ code: 'custom', message: options.outOfRange, input: value })
      return z.NEVER
    }
    return Number(result)
  })
}

const euroFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/** An amount in euros (at most two decimals) → integer cents. */
function euros(
  what: string,
  { min = 0, max = MAX_SCENARIO_EUROS }: { min?: number; max?: number } = {},
) {
  return scaled({
    decimals: 2,
    min,
    max,
    required: `Vul ${what} in.`,
    invalid: `Vul ${what} in als bedrag in euro's, bijvoorbeeld 1.900.000 of 2500,50.`,
    tooManyDecimals: `Vul ${what} in met hoogstens twee cijfers achter de komma.`,
    outOfRange:
      min > 0
        ? `Vul voor ${what} een bedrag in van € ${euroFormat.format(min)} tot € ${euroFormat.format(max)}.`
        : `Vul voor ${what} een bedrag in van € 0 tot € ${euroFormat.format(max)}.`,
  })
}

/** A percentage (at most two decimals) → basis points. */
function percent(what: string, max = 100) {
  return scaled({
    decimals: 2,
    min: 0,
    max,
    required: `Vul ${what} in.`,
    invalid: `Vul ${what} in als percentage, bijvoorbeeld 30 of 2,5.`,
    tooManyDecimals: `Vul ${what} in met hoogstens twee cijfers achter de komma.`,
    outOfRange: `Vul voor ${what} een percentage in van 0 tot en met ${max}.`,
  })
}

/** A whole number in a range, from a form text or a number. */
function wholeNumber(what: string, min: number, max: number) {
  const outOfRange = `Vul voor ${what} een heel getal in van ${min} tot en met ${max}.`
  return z.coerce
    .number({ error: `Vul ${what} in als heel getal.` })
    .int({ error: outOfRange })
    .min(min, { error: outOfRange })
    .max(max, { error: outOfRange })
}

const year = (what: string) => wholeNumber(what, MIN_SCENARIO_YEAR, MAX_SCENARIO_YEAR)

/** An optional field: blank (or absent) becomes undefined, so the default applies. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional())
}

/** A list typed as "1000; 900; 800" (semicolons, spaces or new lines between the values). */
function splitList(text: string): string[] {
  return text
    .split(/[;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/**
 * A yes/no checkbox: a hidden "false" plus a checkbox "true" arrive as ['false', 'true'] when ticked;
 * absent (an API caller leaving it out) is undefined, so the caller's default applies.
 */
function checkbox() {
  return z.preprocess((value) => {
    const last = Array.isArray(value) ? value.at(-1) : value
    if (last === undefined || last === null || last === '') return undefined
    return last === true || last === 'true' || last === 'on'
  }, z.boolean().optional())
}

// ---------------------------------------------------------------------------------------------
// The canonical parameters

/** Nation-wide, or one region (by its centrumgemeente's code). */
export type ScenarioScope = { kind: 'nation' } | { kind: 'region'; regionCode: string }

/** The phase-in schedule: linear over N steps, from existing clients per step, or explicit fractions. */
export type ScenarioSchedule =
  | { kind: 'linear'; steps: number }
  | { kind: 'outflow'; existingClientsByStep: number[] }
  | { kind: 'custom'; fractions: number[] }

/** A centrumgemeente retention: basis points of the region budget (optionally capped) or a fixed amount. */
export type ScenarioRetention =
  | { kind: 'basisPoints'; basisPoints: number; capCents?: number }
  | { kind: 'fixed'; amountCents: number }

/**
 * A region's sharing model with its parameters. Costs and bed costs are basis points of the region's
 * budget in each year; local support is basis points of each member's objective amount.
 */
export type ScenarioSharing =
  | {
      kind: 'inhabitantsWithReserve'
      actualCostsBasisPoints: number
      reserveBalanceCents: number
      reserveCapCents: number
    }
  | {
      kind: 'appropriateShare'
      base: ShareBaseKey
      actualCostsBasisPoints: number
      retention: ScenarioRetention | null
    }
  | { kind: 'centralRetention'; retention: ScenarioRetention }
  | { kind: 'localCompensation'; bedCostsBasisPoints: number; localSupportBasisPoints: number }

/** The Wlz ex-post settlement choices (DOMAIN.md §6.3). */
export interface ScenarioWlzSettlement {
  countedOrigins: WlzOriginKey[]
  extrapolateToFullYear: boolean
  deductLostOwnContributions: boolean
  /** Prices are indexed to this year at indexBasisPointsPerYear a year (0: no indexation). */
  priceYear: number
  indexBasisPointsPerYear: number
}

/**
 * Everything a scenario is computed from, besides the data set: money in cents, percentages in
 * basis points. A null macrobudget or budget year means "the data set's".
 */
export interface ScenarioParameters {
  scope: ScenarioScope
  budgetYear: number | null
  macroBudgetCents: number | null
  nationalPurchasingCents: number
  wlzWithdrawalBasisPoints: number
  startYear: number
  schedule: ScenarioSchedule
  sharing: ScenarioSharing | null
  wlz: ScenarioWlzSettlement
}

/** The value of the scope field for a nation-wide scenario. */
export const NATION_SCOPE = 'nation'

const ScopeSchema = z
  .string({ error: 'Kies landelijk of een regio.' })
  .trim()
  .min(1, { error: 'Kies landelijk of een regio.' })
  .transform((value, ctx): ScenarioScope => {
    if (value === NATION_SCOPE) return { kind: 'nation' }
    const code = MunicipalityCodeSchema.safeParse(value)
    if (!code.success) {
      ctx.issues.push({
        code: 'custom',
        message: 'Kies landelijk of een regio uit de lijst.',
        input: value,
      })
      return z.NEVER
    }
    return { kind: 'region', regionCode: code.data }
  })

const OriginsSchema = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return undefined
    const list = Array.isArray(value) ? value : [value]
    return list.filter((item) => item !== '')
  },
  z
    .array(z.enum(WLZ_ORIGINS, { error: 'Kies een herkomst uit de lijst.' }))
    .min(1, { error: 'Kies minstens één herkomst van cliënten die meetellen.' })
    .optional(),
)

/** The scenario form's fields as react-hook-form and the route action see them (all strings there). */
const ScenarioFieldsSchema = z.object({
  scope: ScopeSchema,
  budgetYear: optional(year('het begrotingsjaar')),
  macroBudgetEuros: optional(euros('het macrobudget', { min: 1 })),
  nationalPurchasingEuros: optional(euros('de landelijke inkoop')),
  wlzWithdrawalPercent: optional(percent('de Wlz-uitname')),
  startYear: optional(year('het startjaar')),
  steps: optional(
    wholeNumber('het aantal stappen', MIN_PHASE_IN_STEPS, MAX_SCENARIO_PHASE_IN_STEPS),
  ),
  scheduleKind: optional(z.enum(SCHEDULE_KINDS, { error: 'Kies hoe het ingroeipad loopt.' })),
  existingClients: optional(z.string()),
  customFractions: optional(z.string()),
  sharingModel: optional(
    z.enum(SHARING_MODEL_KINDS, { error: 'Kies een verdeelmodel uit de lijst.' }),
  ),
  actualCostsPercent: optional(percent('de werkelijke kosten', 200)),
  reserveBalanceEuros: optional(euros('de stand van de reserve')),
  reserveCapEuros: optional(euros('het plafond van de reserve')),
  shareBase: optional(z.enum(SHARE_BASES, { error: 'Kies een basis voor het passend aandeel.' })),
  retentionKind: optional(
    z.enum(RETENTION_KINDS, { error: 'Kies hoe de centrumgemeente inhoudt.' }),
  ),
  retentionPercent: optional(percent('het inhoudingspercentage')),
  retentionCapEuros: optional(euros('het maximum van de inhouding')),
  retentionFixedEuros: optional(euros('het vaste bedrag van de inhouding')),
  bedCostsPercent: optional(percent('de kosten van de bedden')),
  localSupportPercent: optional(percent('de lokale ondersteuning')),
  wlzOrigins: OriginsSchema,
  wlzExtrapolate: checkbox(),
  wlzDeductLostOwnContributions: checkbox(),
  wlzPriceYear: optional(year('het prijspeiljaar')),
  wlzIndexPercent: optional(percent('de indexatie per jaar', 20)),
})

type ScenarioFields = z.output<typeof ScenarioFieldsSchema>

/** Reads "1000; 900; …" as N + 1 whole client counts that only fall, ending at 0 (DOMAIN.md §6.2). */
function readOutflow(
  text: string | undefined,
  steps: number,
  ctx: z.RefinementCtx,
): number[] | undefined {
  const issue = (message: string) =>
    ctx.addIssue({ code: 'custom', path: ['existingClients'], message })
  const parts = splitList(text ?? '')
  if (parts.length === 0) {
    issue(`Vul het aantal bestaande cliënten in voor jaar nul en elk van de ${steps} stappen.`)
    return undefined
  }
  if (parts.length !== steps + 1) {
    issue(
      `Vul ${steps + 1} aantallen in (jaar nul en ${steps} stappen); u vulde er ${parts.length} in.`,
    )
    return undefined
  }
  const counts = parts.map((part) => (/^\d{1,9}$/.test(part) ? Number(part) : Number.NaN))
  const bad = counts.findIndex((count) => Number.isNaN(count))
  if (bad !== -1) {
    issue(`"${parts[bad]}" is geen heel aantal cliënten (waarde ${bad + 1}).`)
    return undefined
  }
  if (counts[0] === 0) {
    issue('In jaar nul moeten er bestaande cliënten zijn (meer dan 0).')
    return undefined
  }
  const rising = counts.findIndex((count, k) => k > 0 && count > counts[k - 1]!)
  if (rising !== -1) {
    issue(
      `Bestaande cliënten stromen alleen uit: stap ${rising} (${counts[rising]}) is meer dan stap ${rising - 1} (${counts[rising - 1]}).`,
    )
    return undefined
  }
  if (counts.at(-1) !== 0) {
    issue(
      `Na de laatste stap zijn alle bestaande cliënten uitgestroomd: de laatste waarde moet 0 zijn, niet ${counts.at(-1)}.`,
    )
    return undefined
  }
  return counts
}

/** Reads "0; 10; 25; …; 100" as N + 1 percentages of the objective budget, rising from 0 to 100. */
function readFractions(
  text: string | undefined,
  steps: number,
  ctx: z.RefinementCtx,
): number[] | undefined {
  const issue = (message: string) =>
    ctx.addIssue({ code: 'custom', path: ['customFractions'], message })
  const parts = splitList(text ?? '')
  if (parts.length !== steps + 1) {
    issue(
      parts.length === 0
        ? `Vul voor jaar nul en elk van de ${steps} stappen het percentage objectief in, bijvoorbeeld 0; 10; 20; … 100.`
        : `Vul ${steps + 1} percentages in (jaar nul en ${steps} stappen); u vulde er ${parts.length} in.`,
    )
    return undefined
  }
  const values: number[] = []
  for (const [k, part] of parts.entries()) {
    const digits = readDecimal(part)
    if (!digits || digits[1].length > 4 || Number(`${digits[0]}.${digits[1] || '0'}`) > 100) {
      issue(
        `"${part}" is geen percentage van 0 tot en met 100 met hoogstens vier decimalen (waarde ${k + 1}).`,
      )
      return undefined
    }
    // Percentages with up to four decimals are exact fractions with up to six decimals.
    values.push(Number((Number(`${digits[0]}.${digits[1] || '0'}`) / 100).toFixed(6)))
  }
  if (values[0] !== 0) issue('Jaar nul is helemaal historisch: de eerste waarde moet 0 zijn.')
  else if (values.at(-1) !== 1)
    issue('Na de laatste stap is het budget helemaal objectief: de laatste waarde moet 100 zijn.')
  else {
    const falling = values.findIndex((value, k) => k > 0 && value < values[k - 1]!)
    if (falling !== -1)
      issue(
        `Het ingroeipad mag niet teruglopen: stap ${falling} (${parts[falling]}) is lager dan stap ${falling - 1} (${parts[falling - 1]}).`,
      )
    else return values
  }
  return undefined
}

function readSchedule(fields: ScenarioFields, ctx: z.RefinementCtx): ScenarioSchedule | undefined {
  const steps = fields.steps ?? DEFAULT_SCENARIO_PHASE_IN_STEPS
  switch (fields.scheduleKind ?? 'linear') {
    case 'linear':
      return { kind: 'linear', steps }
    case 'outflow': {
      const counts = readOutflow(fields.existingClients, steps, ctx)
      return counts && { kind: 'outflow', existingClientsByStep: counts }
    }
    case 'custom': {
      const fractions = readFractions(fields.customFractions, steps, ctx)
      return fractions && { kind: 'custom', fractions }
    }
  }
}

function readRetention(
  fields: ScenarioFields,
  ctx: z.RefinementCtx,
  required: boolean,
): ScenarioRetention | null | undefined {
  const kind = fields.retentionKind ?? 'none'
  if (kind === 'none') {
    if (!required) return null
    ctx.addIssue({
      code: 'custom',
      path: ['retentionKind'],
      message: 'Kies of de centrumgemeente een percentage of een vast bedrag inhoudt.',
    })
    return undefined
  }
  if (kind === 'fixed') {
    if (fields.retentionFixedEuros === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['retentionFixedEuros'],
        message: 'Vul het vaste bedrag van de inhouding in.',
      })
      return undefined
    }
    return { kind: 'fixed', amountCents: fields.retentionFixedEuros }
  }
  const basisPoints = fields.retentionPercent ?? Math.round(DEFAULT_RETENTION_PERCENT * 100)
  return fields.retentionCapEuros === undefined
    ? { kind: 'basisPoints', basisPoints }
    : { kind: 'basisPoints', basisPoints, capCents: fields.retentionCapEuros }
}

function readSharing(
  fields: ScenarioFields,
  ctx: z.RefinementCtx,
): ScenarioSharing | null | undefined {
  const kind = fields.sharingModel ?? 'none'
  if (kind === 'none') return null
  if (fields.scope.kind === 'nation') {
    ctx.addIssue({
      code: 'custom',
      path: ['sharingModel'],
      message:
        'Een verdeelmodel geldt binnen één regio: kies een regio, of kies "Geen verdeelmodel".',
    })
    return undefined
  }
  const actualCostsBasisPoints = fields.actualCostsPercent ?? 10_000
  switch (kind) {
    case 'inhabitantsWithReserve':
      return {
        kind,
        actualCostsBasisPoints,
        reserveBalanceCents: fields.reserveBalanceEuros ?? 0,
        reserveCapCents: fields.reserveCapEuros ?? DEFAULT_RESERVE_CAP_EUROS * 100,
      }
    case 'appropriateShare': {
      const retention = readRetention(fields, ctx, false)
      return retention === undefined
        ? undefined
        : { kind, base: fields.shareBase ?? 'inhabitants', actualCostsBasisPoints, retention }
    }
    case 'centralRetention': {
      const retention = readRetention(fields, ctx, true)
      return retention ? { kind, retention } : undefined
    }
    case 'localCompensation':
      return {
        kind,
        bedCostsBasisPoints: fields.bedCostsPercent ?? 7_000,
        localSupportBasisPoints: fields.localSupportPercent ?? 1_500,
      }
  }
}

/**
 * A scenario's parameters: the flat form (strings, or numbers from API callers) in, the canonical
 * ScenarioParameters out. Messages are Dutch and name the field; cross-field rules (the schedule
 * list's length, deductions above the budget, a sharing model without a region) are checked here
 * so calc sees only valid input.
 */
export const ScenarioParametersSchema = ScenarioFieldsSchema.transform(
  (fields, ctx): ScenarioParameters => {
    const schedule = readSchedule(fields, ctx)
    const sharing = readSharing(fields, ctx)
    const nationalPurchasingCents =
      fields.nationalPurchasingEuros ?? DEFAULT_NATIONAL_PURCHASING_EUROS * 100
    const wlzWithdrawalBasisPoints =
      fields.wlzWithdrawalPercent ?? DEFAULT_WLZ_WITHDRAWAL_PERCENT * 100
    if (fields.macroBudgetEuros !== undefined) {
      // Both deductions come off the macrobudget (DOMAIN.md §6.0); together they may not exceed it.
      const withdrawal = (fields.macroBudgetEuros * wlzWithdrawalBasisPoints) / 10_000
      if (nationalPurchasingCents + withdrawal > fields.macroBudgetEuros) {
        ctx.addIssue({
          code: 'custom',
          path: ['nationalPurchasingEuros'],
          message: 'De landelijke inkoop en de Wlz-uitname samen zijn groter dan het macrobudget.',
        })
      }
    }
    if (schedule === undefined || sharing === undefined) return z.NEVER
    return {
      scope: fields.scope,
      budgetYear: fields.budgetYear ?? null,
      macroBudgetCents: fields.macroBudgetEuros ?? null,
      nationalPurchasingCents,
      wlzWithdrawalBasisPoints,
      startYear: fields.startYear ?? fields.budgetYear ?? 2026,
      schedule,
      sharing,
      wlz: {
        countedOrigins: fields.wlzOrigins ?? ['bw'],
        extrapolateToFullYear: fields.wlzExtrapolate ?? true,
        deductLostOwnContributions: fields.wlzDeductLostOwnContributions ?? true,
        priceYear: fields.wlzPriceYear ?? 2021,
        indexBasisPointsPerYear: fields.wlzIndexPercent ?? 0,
      },
    }
  },
)
/** The scenario form as typed (strings) or as an API caller sends it. */
export type ScenarioParametersInput = z.input<typeof ScenarioParametersSchema>

/** The form's field names, e.g. for hidden inputs that carry a computed scenario to the save form. */
export const SCENARIO_FIELD_NAMES = Object.keys(
  ScenarioFieldsSchema.shape,
) as (keyof ScenarioParametersInput)[]

/** The form's values as strings (what the inputs hold), as the form or a hidden copy of it posts them. */
export type ScenarioFormValues = Record<string, string | string[]>

const plainEuros = (cents: number) => euroFormat.format(cents / 100)
const plainPercent = (basisPoints: number) => euroFormat.format(basisPoints / 100)

/**
 * The form values that give back these parameters (to edit a saved scenario); the macrobudget and
 * budget year fall back to the data set's when the scenario left them to it.
 */
export function toScenarioFormValues(
  parameters: ScenarioParameters,
  fallback: { macroBudgetCents: number; budgetYear: number },
): ScenarioFormValues {
  const { schedule, sharing, wlz } = parameters
  const retention = sharing && 'retention' in sharing ? sharing.retention : null
  return {
    ...SCENARIO_FORM_DEFAULTS,
    scope: parameters.scope.kind === 'nation' ? NATION_SCOPE : parameters.scope.regionCode,
    budgetYear: String(parameters.budgetYear ?? fallback.budgetYear),
    macroBudgetEuros: plainEuros(parameters.macroBudgetCents ?? fallback.macroBudgetCents),
    nationalPurchasingEuros: plainEuros(parameters.nationalPurchasingCents),
    wlzWithdrawalPercent: plainPercent(parameters.wlzWithdrawalBasisPoints),
    startYear: String(parameters.startYear),
    steps: String(
      schedule.kind === 'linear'
        ? schedule.steps
        : (schedule.kind === 'outflow' ? schedule.existingClientsByStep : schedule.fractions)
            .length - 1,
    ),
    scheduleKind: schedule.kind,
    existingClients: schedule.kind === 'outflow' ? schedule.existingClientsByStep.join('; ') : '',
    customFractions:
      schedule.kind === 'custom'
        ? schedule.fractions.map((f) => euroFormat.format(f * 100)).join('; ')
        : '',
    sharingModel: sharing?.kind ?? 'none',
    ...(sharing && 'actualCostsBasisPoints' in sharing
      ? { actualCostsPercent: plainPercent(sharing.actualCostsBasisPoints) }
      : {}),
    ...(sharing?.kind === 'inhabitantsWithReserve'
      ? {
          reserveBalanceEuros: plainEuros(sharing.reserveBalanceCents),
          reserveCapEuros: plainEuros(sharing.reserveCapCents),
        }
      : {}),
    ...(sharing?.kind === 'appropriateShare' ? { shareBase: sharing.base } : {}),
    ...(sharing?.kind === 'localCompensation'
      ? {
          bedCostsPercent: plainPercent(sharing.bedCostsBasisPoints),
          localSupportPercent: plainPercent(sharing.localSupportBasisPoints),
        }
      : {}),
    retentionKind: retention ? (retention.kind === 'fixed' ? 'fixed' : 'percentage') : 'none',
    ...(retention?.kind === 'fixed'
      ? { retentionFixedEuros: plainEuros(retention.amountCents) }
      : {}),
    ...(retention?.kind === 'basisPoints'
      ? {
          retentionPercent: plainPercent(retention.basisPoints),
          retentionCapEuros: retention.capCents === undefined ? '' : plainEuros(retention.capCents),
        }
      : {}),
    wlzOrigins: [...wlz.countedOrigins],
    wlzExtrapolate: String(wlz.extrapolateToFullYear),
    wlzDeductLostOwnContributions: String(wlz.deductLostOwnContributions),
    wlzPriceYear: String(wlz.priceYear),
    wlzIndexPercent: plainPercent(wlz.indexBasisPointsPerYear),
  }
}

/** What a new scenario form starts with (the page fills in the scope and the data set's macrobudget). */
export const SCENARIO_FORM_DEFAULTS: ScenarioFormValues = {
  scope: '',
  budgetYear: '',
  macroBudgetEuros: '',
  nationalPurchasingEuros: euroFormat.format(DEFAULT_NATIONAL_PURCHASING_EUROS),
  wlzWithdrawalPercent: String(DEFAULT_WLZ_WITHDRAWAL_PERCENT),
  startYear: '2026',
  steps: String(DEFAULT_SCENARIO_PHASE_IN_STEPS),
  scheduleKind: 'linear',
  existingClients: '',
  customFractions: '',
  sharingModel: 'none',
  actualCostsPercent: '98',
  reserveBalanceEuros: '0',
  reserveCapEuros: euroFormat.format(DEFAULT_RESERVE_CAP_EUROS),
  shareBase: 'inhabitants',
  retentionKind: 'none',
  retentionPercent: euroFormat.format(DEFAULT_RETENTION_PERCENT),
  retentionCapEuros: '',
  retentionFixedEuros: '',
  bedCostsPercent: '70',
  localSupportPercent: '15',
  wlzOrigins: ['bw'],
  wlzExtrapolate: 'true',
  wlzDeductLostOwnContributions: 'true',
  wlzPriceYear: '2021',
  wlzIndexPercent: '0',
}

// ---------------------------------------------------------------------------------------------
// Saving, loading and choosing scenarios

/** Who may read a saved scenario: its owner, the region's users, or everyone signed in. */
export const SCENARIO_VISIBILITIES = ['private', 'region', 'signed_in'] as const
export type ScenarioVisibility = (typeof SCENARIO_VISIBILITIES)[number]
export const SCENARIO_VISIBILITY_LABELS: Record<ScenarioVisibility, string> = {
  private: 'Alleen ik',
  region: 'De gebruikers van de regio',
  signed_in: 'Iedereen die is ingelogd',
}

export const MAX_SCENARIO_NAME_LENGTH = 100

/** A scenario's name. */
export const ScenarioNameSchema = z
  .string({ error: 'Geef het scenario een naam.' })
  .trim()
  .min(2, { error: 'Een naam heeft minstens 2 tekens.' })
  .max(MAX_SCENARIO_NAME_LENGTH, {
    error: `Een naam heeft hoogstens ${MAX_SCENARIO_NAME_LENGTH} tekens.`,
  })

export const ScenarioVisibilitySchema = z.enum(SCENARIO_VISIBILITIES, {
  error: 'Kies wie het scenario mag zien.',
})

/** The save form's own fields (the parameters travel beside them). */
export const SaveScenarioFieldsSchema = z.object({
  name: ScenarioNameSchema,
  visibility: ScenarioVisibilitySchema,
})

/** Save a computed scenario with its full parameters; "region" visibility needs a region scenario. */
export const SaveScenarioSchema = SaveScenarioFieldsSchema.extend({
  parameters: ScenarioParametersSchema,
}).superRefine((value, ctx) => {
  if (value.visibility === 'region' && value.parameters.scope.kind === 'nation') {
    ctx.addIssue({
      code: 'custom',
      path: ['visibility'],
      message:
        'Een landelijk scenario hoort niet bij één regio: kies "Alleen ik" of "Iedereen die is ingelogd".',
    })
  }
})
export type SaveScenarioInput = z.input<typeof SaveScenarioSchema>

/** A saved scenario's id as it appears in its URL. */
export const ScenarioIdSchema = z
  .string({ error: 'Dit scenario bestaat niet.' })
  .regex(/^[a-z0-9]{8,40}$/, { error: 'Dit scenario bestaat niet.' })

export const ScenarioRefSchema = z.object({ scenarioId: ScenarioIdSchema })

// ---------------------------------------------------------------------------------------------
// The woonplaatsbeginsel check (DOMAIN.md §6.2, §6.4): one client's history in, an answer out.
// The history is special-category personal data: it is never stored, logged or put in a URL.

/** How many rows of each kind the form offers (without JavaScript the rows cannot grow). */
export const RESIDENCE_FORM_ROWS = { addresses: 4, bwEpisodes: 3, applications: 3 } as const

const optionalDate = optional(IsoDateSchema)
const optionalCode = optional(MunicipalityCodeSchema)

/** Form rows arrive as { '0': {…}, '1': {…} } without JavaScript and as arrays with it; blank rows drop out. */
function rows<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(
    (value) => {
      const list = Array.isArray(value)
        ? value
        : value && typeof value === 'object'
          ? Object.values(value)
          : []
      return list.map((row: unknown) => (row && typeof row === 'object' ? row : {}))
    },
    z.array(z.object(shape)).optional(),
  )
}

const isBlankRow = (row: Record<string, unknown>) =>
  Object.values(row).every((value) => value === undefined)

/** One client's history for the woonplaatsbeginsel and the new-client test. */
export const ResidenceCheckSchema = z
  .object({
    reportingMunicipalityCode: MunicipalityCodeSchema,
    reportDate: IsoDateSchema,
    applicationDate: optionalDate,
    bwStartDate: optionalDate,
    addresses: rows({
      municipalityCode: optionalCode,
      startDate: optionalDate,
      endDate: optionalDate,
    }),
    bwEpisodes: rows({
      municipalityCode: optionalCode,
      startDate: optionalDate,
      endDate: optionalDate,
    }),
    applications: rows({ municipalityCode: optionalCode, date: optionalDate }),
  })
  .superRefine((value, ctx) => {
    if (!value.applicationDate && !value.bwStartDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['applicationDate'],
        message: 'Vul de datum van de aanvraag of van de start van beschermd wonen in.',
      })
    }
    for (const list of ['addresses', 'bwEpisodes'] as const) {
      ;(value[list] ?? []).forEach((row, index) => {
        if (isBlankRow(row)) return
        if (!row.municipalityCode)
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'municipalityCode'],
            message: 'Vul de gemeentecode in.',
          })
        if (!row.startDate)
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'startDate'],
            message: 'Vul de begindatum in.',
          })
        if (row.startDate && row.endDate && row.endDate < row.startDate) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'endDate'],
            message: 'De einddatum ligt vóór de begindatum.',
          })
        }
      })
    }
    ;(value.applications ?? []).forEach((row, index) => {
      if (isBlankRow(row)) return
      if (!row.municipalityCode)
        ctx.addIssue({
          code: 'custom',
          path: ['applications', index, 'municipalityCode'],
          message: 'Vul de gemeentecode in.',
        })
      if (!row.date)
        ctx.addIssue({
          code: 'custom',
          path: ['applications', index, 'date'],
          message: 'Vul de datum van de aanvraag in.',
        })
    })
  })
  .transform((value) => {
    const filled = <R extends Record<string, unknown>>(list: R[] = []) =>
      list.map((row, index) => ({ row, index })).filter(({ row }) => !isBlankRow(row))
    return {
      reportingMunicipalityCode: value.reportingMunicipalityCode,
      reportDate: value.reportDate,
      applicationDate: value.applicationDate,
      bwStartDate: value.bwStartDate,
      addresses: filled(value.addresses).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: row.municipalityCode!,
        startDate: row.startDate!,
        endDate: row.endDate,
      })),
      bwEpisodes: filled(value.bwEpisodes).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: row.municipalityCode!,
        startDate: row.startDate!,
        endDate: row.endDate,
      })),
      applications: filled(value.applications).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: row.municipalityCode!,
        date: row.date!,
      })),
    }
  })
export type ResidenceCheckInput = z.input<typeof ResidenceCheckSchema>
export type ResidenceCheck = z.output<typeof ResidenceCheckSchema>

// ---------------------------------------------------------------------------------------------
// Importing real calculation data (/beheer/rekendata)

/** At most this many characters per CSV (342 municipalities × a handful of measures is about 100 KB). */
export const MAX_CALC_CSV_LENGTH = 2_000_000

const csvText = (what: string) =>
  z
    .string({ error: `Kies een CSV-bestand met ${what} of plak de inhoud.` })
    .trim()
    .min(1, { error: `Kies een CSV-bestand met ${what} of plak de inhoud.` })
    .max(MAX_CALC_CSV_LENGTH, { error: 'Het bestand is te groot (hoogstens 2 MB).' })

/** An administrator imports real tables: historical amounts, measures with weights, measure values. */
export const CalcDatasetImportSchema = z.object({
  label: z
    .string({ error: 'Geef de gegevensset een naam.' })
    .trim()
    .min(2, { error: 'Een naam heeft minstens 2 tekens.' })
    .max(120, { error: 'Een naam heeft hoogstens 120 tekens.' }),
  budgetYear: year('het begrotingsjaar'),
  macroBudgetEuros: euros('het macrobudget', { min: 1 }),
  historicalCsv: csvText('historische bedragen'),
  measuresCsv: csvText('maatstaven'),
  valuesCsv: csvText('maatstafwaarden'),
})
export type CalcDatasetImportInput = z.input<typeof CalcDatasetImportSchema>
