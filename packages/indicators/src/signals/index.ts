import { SIGNAL_KINDS, type ComputedSignal, type SignalEditionRegion, type SignalKind, type SignalThresholds } from '@bt/domain'
import { actionItemOverdueSignals, type SignalActionItem } from './action-items.ts'
import { agreementDelayedSignals, agreementOverdueSignals, type SignalAgreement } from './agreements.ts'
import { budgetDropSignals, type SignalReferenceScenario } from './budget.ts'
import { uncoveredSignals, type SignalRegionAgreements } from './coverage.ts'
import { editionSignals } from './editions.ts'
import { financialRiskSignals, type SignalFinancialRisks } from './financial-risks.ts'
import { offTargetSignals, type SignalIndicatorSeries } from './indicators.ts'
import { subLinePendingSignals, type SignalSubLine } from './sub-lines.ts'
import { visionNotAdoptedSignals, type SignalRegionVision } from './vision.ts'

export * from './action-items.ts'
export * from './agreements.ts'
export * from './budget.ts'
export * from './coverage.ts'
export * from './editions.ts'
export * from './financial-risks.ts'
export * from './indicators.ts'
export * from './sub-lines.ts'
export * from './vision.ts'

/** The kinds `computeSignals` computes (every kind of `SIGNAL_KINDS`). */
export const COMPUTED_SIGNAL_KINDS: readonly SignalKind[] = SIGNAL_KINDS

/** Everything the signals read: published records and confirmed values only, gathered by the api. */
export interface SignalData {
  today: string
  thresholds: SignalThresholds
  agreements: readonly SignalAgreement[]
  regions: readonly SignalRegionAgreements[]
  visions: readonly SignalRegionVision[]
  indicatorSeries: readonly SignalIndicatorSeries[]
  referenceScenario: SignalReferenceScenario | null
  subLines: readonly SignalSubLine[]
  /** Open action items of closed meetings (issue 17). */
  actionItems: readonly SignalActionItem[]
  /** Every region's part of the latest half-year edition (none before the first edition). */
  editionRegions: readonly SignalEditionRegion[]
  /** Every region's published financial risk register, high risks without a measure (issue 21). */
  financialRisks: readonly SignalFinancialRisks[]
}

/** Every signal that holds on `data.today`: pure, so the same data always gives the same signals. */
export function computeSignals(data: SignalData): ComputedSignal[] {
  const { thresholds, today } = data
  return [
    ...agreementOverdueSignals(data.agreements, today),
    ...agreementDelayedSignals(data.agreements, thresholds.agreementDelayDays),
    ...uncoveredSignals(data.regions),
    ...visionNotAdoptedSignals(data.visions, thresholds.visionAdoptionDeadline, today),
    ...offTargetSignals(data.indicatorSeries, thresholds.offTargetPeriods),
    ...budgetDropSignals(data.referenceScenario, thresholds.budgetDropPercent),
    ...subLinePendingSignals(data.subLines, today),
    ...actionItemOverdueSignals(data.actionItems, today),
    ...editionSignals(data.editionRegions, today),
    ...financialRiskSignals(data.financialRisks),
  ]
}
