import { z } from 'zod'
import { INT4_MAX } from '../input-limits.ts'
import { IsoDateSchema } from '../dates.ts'
import { PERIOD_KINDS } from './periods.ts'

/** What an indicator's number counts in (amounts in euro cents, as everywhere). */
export const INDICATOR_UNITS = ['count', 'amount_cents', 'percentage', 'per_thousand', 'days', 'yes_no', 'ordinal'] as const
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number]
export const INDICATOR_UNIT_LABELS: Record<IndicatorUnit, string> = {
  count: 'aantal',
  amount_cents: 'bedrag (€)',
  percentage: 'percentage',
  per_thousand: 'per 1.000 inwoners',
  days: 'dagen',
  yes_no: 'ja/nee',
  ordinal: 'niveau',
}

/**
 * How a number behaves over time: a stock is measured at a date (take the period's end), a flow
 * happens over a period (periods add up), a distinct count counts people once over a period (never add).
 */
export const INDICATOR_NATURES = ['stock', 'flow', 'distinct_count'] as const
export type IndicatorNature = (typeof INDICATOR_NATURES)[number]
export const INDICATOR_NATURE_LABELS: Record<IndicatorNature, string> = {
  stock: 'stand op een datum',
  flow: 'stroom over een periode',
  distinct_count: 'unieke personen over een periode (telt niet op over perioden)',
}

/** The levels an indicator can be reported at; a nation's area code is 'NL'. */
export const AREA_LEVELS = ['municipality', 'region', 'nation'] as const
export type AreaLevel = (typeof AREA_LEVELS)[number]
export const AREA_LEVEL_LABELS: Record<AreaLevel, string> = { municipality: 'gemeente', region: 'regio', nation: 'landelijk' }
/** The area code of the nation. */
export const NATION_CODE = 'NL'

export const INDICATOR_DIRECTIONS = ['higher_is_better', 'lower_is_better', 'neither'] as const
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number]
export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  higher_is_better: 'hoger is beter',
  lower_is_better: 'lager is beter',
  neither: 'geen richting',
}

/**
 * How values of areas combine: counts add; ratios are recomputed from summed numerators and
 * denominators; ordinals and statuses become distributions; yes/no becomes the count and share of yes;
 * 'none' for figures that only exist at one level (a national estimate).
 */
export const AGGREGATION_RULES = ['sum', 'ratio', 'distribution', 'yes_share', 'none'] as const
export type AggregationRule = (typeof AGGREGATION_RULES)[number]
export const AGGREGATION_RULE_LABELS: Record<AggregationRule, string> = {
  sum: 'optellen',
  ratio: 'teller en noemer optellen, dan delen',
  distribution: 'verdeling over niveaus',
  yes_share: 'aantal en aandeel ja',
  none: 'niet samen te voegen',
}

/**
 * Where values come from, which decides who may see them per area (DESIGN.md visibility): public
 * statistics per area to anyone; what regions report per region only when signed in; computed from
 * the records like region-reported; national-only estimates to anyone.
 */
export const INDICATOR_ORIGINS = ['public_statistics', 'region_reported', 'computed'] as const
export type IndicatorOrigin = (typeof INDICATOR_ORIGINS)[number]
export const INDICATOR_ORIGIN_LABELS: Record<IndicatorOrigin, string> = {
  public_statistics: 'openbare statistiek',
  region_reported: 'door de regio gemeld',
  computed: 'berekend uit de registraties',
}

/** One level of an ordinal indicator. */
export interface OrdinalLevel {
  value: number
  label: string
}

/** An indicator in the catalogue (INDICATORS.md). Building blocks are numbers 1-10 (DOMAIN.md §2). */
export interface IndicatorDefinition {
  key: string
  label: string
  definition: string
  unit: IndicatorUnit
  nature: IndicatorNature
  levels: readonly AreaLevel[]
  periodKinds: readonly (typeof PERIOD_KINDS)[number][]
  direction: IndicatorDirection
  aggregation: AggregationRule
  buildingBlocks: readonly number[]
  origin: IndicatorOrigin
  source: string
  licence: string
  /** Also shown per 1,000 inhabitants (CBS inhabitants as denominator). */
  perThousand: boolean
  ordinalLevels: readonly OrdinalLevel[]
  /** A target value (in the unit; a ratio as a percentage) to reach by a date, or null. */
  target: { value: number; date: string } | null
}

const KEY_MESSAGE = 'Gebruik kleine letters, cijfers en liggende streepjes (bijvoorbeeld wmo_clients).'

/** Validates a catalogue entry as an analyst edits it; Dutch messages. */
export const IndicatorDefinitionSchema = z
  .object({
    key: z.string().trim().regex(/^[a-z][a-z0-9_]{1,59}$/, { error: KEY_MESSAGE }),
    label: z.string().trim().min(3, { error: 'Geef een naam van minstens 3 tekens.' }).max(160),
    definition: z.string().trim().min(10, { error: 'Beschrijf wat de indicator meet (minstens 10 tekens).' }).max(4000),
    unit: z.enum(INDICATOR_UNITS, { error: 'Kies een eenheid.' }),
    nature: z.enum(INDICATOR_NATURES, { error: 'Kies de aard: stand, stroom of unieke personen.' }),
    levels: z.array(z.enum(AREA_LEVELS)).min(1, { error: 'Kies minstens één niveau.' }),
    periodKinds: z.array(z.enum(PERIOD_KINDS)).min(1, { error: 'Kies minstens één soort periode.' }),
    direction: z.enum(INDICATOR_DIRECTIONS, { error: 'Kies een richting.' }),
    aggregation: z.enum(AGGREGATION_RULES, { error: 'Kies hoe waarden worden samengevoegd.' }),
    buildingBlocks: z.array(z.number().int().min(1).max(10)).min(1, { error: 'Kies minstens één bouwsteen.' }),
    origin: z.enum(INDICATOR_ORIGINS, { error: 'Kies de herkomst.' }),
    source: z.string().trim().min(2, { error: 'Noem de bron.' }).max(500),
    licence: z.string().trim().max(200),
    perThousand: z.boolean(),
    ordinalLevels: z.array(z.object({ value: z.number().int(), label: z.string().trim().min(1).max(80) })),
    target: z.object({ value: z.number().finite(), date: IsoDateSchema }).nullable(),
  })
  .superRefine((d, ctx) => {
    if (d.unit === 'ordinal' && d.ordinalLevels.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['ordinalLevels'], message: 'Een niveau-indicator heeft minstens twee niveaus.' })
    }
    if (d.unit === 'ordinal' && d.aggregation !== 'distribution') {
      ctx.addIssue({ code: 'custom', path: ['aggregation'], message: 'Niveaus worden nooit gemiddeld: kies "verdeling over niveaus".' })
    }
    if (d.unit === 'yes_no' && d.aggregation !== 'yes_share') {
      ctx.addIssue({ code: 'custom', path: ['aggregation'], message: 'Ja/nee wordt samengevoegd als aantal en aandeel ja.' })
    }
    if (d.unit === 'percentage' && d.aggregation === 'sum') {
      ctx.addIssue({ code: 'custom', path: ['aggregation'], message: 'Percentages tel je niet op: kies "teller en noemer optellen, dan delen".' })
    }
  })

export type IndicatorDefinitionInput = z.input<typeof IndicatorDefinitionSchema>

/** An analyst's edit of an existing entry: the entry plus the version it was read at. */
export const UpdateIndicatorSchema = z.object({
  indicator: IndicatorDefinitionSchema,
  version: z.number().int().positive().max(INT4_MAX),
})
