import { z } from 'zod'
import type { BuildingBlockKey } from '../building-blocks.ts'
import { IsoDateSchema } from '../dates.ts'
import { RecordNumberSchema } from '../input-limits.ts'

// Signals (issue 16): conditions computed from published records and confirmed levels that may point
// to a bottleneck. A job recomputes them; a signal closes by itself when its cause goes.

/** The kinds of signal, each computed by one pure function in @bt/indicators' signals. */
export const SIGNAL_KINDS = [
  'agreement_overdue',
  'agreement_delayed',
  'condition_uncovered',
  'nvo_uncovered',
  'vision_not_adopted',
  'indicator_off_target',
  'budget_drop',
  'sub_line_pending',
  'edition_disputed',
  'edition_not_reported',
  'action_item_overdue',
  'financial_risk_unmeasured',
] as const

/** One kind of signal. */
export type SignalKind = (typeof SIGNAL_KINDS)[number]

/** Dutch label per kind, and the building block a signal of that kind belongs to when its records name none. */
export const SIGNAL_KIND_INFO: Record<SignalKind, { label: string; buildingBlock: BuildingBlockKey }> = {
  agreement_overdue: { label: 'Afspraak over de datum', buildingBlock: 'regional_cooperation' },
  agreement_delayed: { label: 'Afspraak sterk vertraagd', buildingBlock: 'regional_cooperation' },
  condition_uncovered: { label: 'Dannenberg-conditie zonder afspraak', buildingBlock: 'regional_cooperation' },
  nvo_uncovered: { label: 'NvO-afspraak zonder afspraak', buildingBlock: 'regional_cooperation' },
  vision_not_adopted: { label: 'Regiovisie niet door alle raden vastgesteld', buildingBlock: 'regional_cooperation' },
  indicator_off_target: { label: 'Indicator herhaaldelijk niet op doel', buildingBlock: 'monitoring' },
  budget_drop: { label: 'Sterke daling van het budget', buildingBlock: 'distribution_model' },
  sub_line_pending: { label: 'Bouwsteenonderdeel na de geplande datum nog open', buildingBlock: 'monitoring' },
  edition_disputed: { label: 'Editie betwist door de regio', buildingBlock: 'monitoring' },
  edition_not_reported: { label: 'Editie niet op tijd ingevuld', buildingBlock: 'monitoring' },
  action_item_overdue: { label: 'Actiepunt uit een overleg over de datum', buildingBlock: 'monitoring' },
  financial_risk_unmeasured: { label: 'Hoog financieel risico zonder maatregel', buildingBlock: 'distribution_model' },
}

/** Validates a signal kind; Dutch message. */
export const SignalKindSchema = z.enum(SIGNAL_KINDS, { error: 'Kies een soort signaal.' })

/**
 * The thresholds an analyst sets (audited). Defaults are a starting point, not policy: the delay
 * and drop limits follow the examples of the issue; the adoption deadline is the 2026 start.
 */
export const SignalThresholdsSchema = z.object({
  /** An agreement whose date moved later by more than this many days in total raises a signal. */
  agreementDelayDays: z.coerce
    .number({ error: 'Vul een aantal dagen in.' })
    .int({ error: 'Vul een geheel aantal dagen in.' })
    .min(1, { error: 'Vul minstens 1 dag in.' })
    .max(3650, { error: 'Vul hoogstens 3.650 dagen in.' }),
  /** Every member council should have adopted the regiovisie by this date. */
  visionAdoptionDeadline: IsoDateSchema,
  /** A region's budget falling by more than this percentage in one year of the phase-in path raises a signal. */
  budgetDropPercent: z.coerce
    .number({ error: 'Vul een percentage in.' })
    .gt(0, { error: 'Vul een percentage groter dan 0 in.' })
    .max(100, { error: 'Vul hoogstens 100 procent in.' }),
  /** An indicator off target this many periods running raises a signal (the issue: two). */
  offTargetPeriods: z.coerce
    .number({ error: 'Vul een aantal perioden in.' })
    .int({ error: 'Vul een geheel aantal perioden in.' })
    .min(2, { error: 'Vul minstens 2 perioden in.' })
    .max(12, { error: 'Vul hoogstens 12 perioden in.' }),
})
export type SignalThresholds = z.output<typeof SignalThresholdsSchema>

/** The thresholds until an analyst sets them. */
export const DEFAULT_SIGNAL_THRESHOLDS: SignalThresholds = {
  agreementDelayDays: 90,
  visionAdoptionDeadline: '2026-01-01',
  budgetDropPercent: 10,
  offTargetPeriods: 2,
}

/** An analyst saves the thresholds; `version` guards concurrent changes (0 while never saved). */
export const SaveSignalThresholdsSchema = z.object({
  thresholds: SignalThresholdsSchema,
  version: z.coerce.number().int().min(0).max(2_147_483_647),
})
export type SaveSignalThresholdsInput = z.input<typeof SaveSignalThresholdsSchema>

/** A link from a signal's evidence to the record it read. */
export interface SignalLink {
  kind: 'agreement' | 'region' | 'indicator' | 'sub_line' | 'scenario' | 'edition' | 'meeting'
  /** The record's id or key (agreement id, region code, indicator key, …). */
  ref: string
  label: string
}

/** One region's part of the latest edition: its state and the items it disputed. */
export interface SignalEditionRegion {
  editionKey: string
  editionLabel: string
  dueDate: string
  regionCode: string
  regionName: string
  /** 'not_started', 'draft', 'submitted', 'returned', 'approved' or 'confirmed'. */
  state: string
  disputes: readonly { itemLabel: string; reason: string }[]
}

/**
 * A signal as a pure function computes it: its dedupe key (stable while the cause lasts, so a
 * recompute updates rather than duplicates), where it belongs, a Dutch summary, the evidence as
 * plain JSON and links to the records it read.
 */
export interface ComputedSignal {
  kind: SignalKind
  dedupeKey: string
  regionCode: string | null
  buildingBlock: BuildingBlockKey
  summary: string
  evidence: Record<string, unknown>
  links: SignalLink[]
}

/** One signal by id. */
export const SignalIdSchema = z.object({ id: RecordNumberSchema })

/** Filters of the signal list. */
export const SignalFilterSchema = z.object({
  kind: SignalKindSchema.optional().catch(undefined),
  status: z.enum(['open', 'closed', 'all']).default('open').catch('open'),
})
export type SignalFilter = z.output<typeof SignalFilterSchema>
