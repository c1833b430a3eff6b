// The compact result of one scenario variation (scenario-batch.ts), and the single path's result
// (full-scenario.ts) in that shape: what the batch's property test compares, cent for cent.
import type { FullScenarioResult } from './full-scenario.ts'
import type { YearlyChange } from './risk-figures.ts'
import type { ScenarioBatchBase } from './scenario-batch.ts'

/** One region's series and risk figures in a variation (cents; basis points). */
export interface VariationRegion {
  readonly code: string
  readonly amountsByYear: Float64Array
  readonly historicalCents: number
  readonly objectiveCents: number
  readonly changeCents: number
  readonly changeBasisPoints: number | null
  readonly largestDecline: YearlyChange | null
}

/** One variation's results, compact: the single path's figures, amounts as typed arrays of cents. */
export interface VariationResult {
  readonly macroBudgetCents: number
  readonly wlzWithdrawalBasisPoints: number
  readonly wlzWithdrawalCents: number
  readonly distributableCents: number
  /** The budget year's step on the path. */
  readonly step: number
  /** Per Wlz share (in their order), per centrumgemeente (historical shares' order). */
  readonly wlzWithdrawal: Float64Array
  readonly historical: Float64Array
  /** Per municipality, in the municipalities' order. */
  readonly objective: Float64Array
  /** The path, year zero to step N; amounts BW + MO per municipality, municipalities' order. */
  readonly years: readonly {
    readonly year: number
    readonly step: number
    readonly fraction: number
    readonly totalCents: number
    readonly amounts: Float64Array
  }[]
  readonly regions: readonly VariationRegion[]
  /** Per settled centrumgemeente (wlz input's order); null without Wlz input. */
  readonly settlement: {
    /** The clients' indexed, extrapolated costs: the same in every variation. */
    readonly disappearingCostsCents: Float64Array
    readonly exAnteCents: Float64Array
    readonly settlementCents: Float64Array
    readonly totalSettlementCents: number
  } | null
}

const amountsOf = (list: readonly { amountCents: number }[]) =>
  Float64Array.from(list, (item) => item.amountCents)

/** The single path's result in the batch's compact shape. */
export function toVariationResult(
  input: ScenarioBatchBase,
  result: FullScenarioResult,
): VariationResult {
  const { pipeline, path, risks, settlement } = result
  return {
    macroBudgetCents: pipeline.macroBudgetCents,
    wlzWithdrawalBasisPoints: input.wlzWithdrawalBasisPoints ?? 3_000,
    wlzWithdrawalCents: pipeline.wlzWithdrawalCents,
    distributableCents: pipeline.distributableCents,
    step: pipeline.step,
    wlzWithdrawal: amountsOf(pipeline.wlzWithdrawal),
    historical: amountsOf(pipeline.historical),
    objective: amountsOf(pipeline.objective),
    years: path.years.map((y) => ({
      year: y.year,
      step: y.step,
      fraction: y.fraction,
      totalCents: y.totalCents,
      amounts: amountsOf(y.amounts),
    })),
    regions: risks.map((risk) => ({
      code: risk.code,
      amountsByYear: amountsOf(risk.years),
      historicalCents: risk.historicalCents,
      objectiveCents: risk.objectiveCents,
      changeCents: risk.changeCents,
      changeBasisPoints: risk.changeBasisPoints,
      largestDecline: risk.largestDecline,
    })),
    settlement: settlement && {
      disappearingCostsCents: Float64Array.from(
        settlement.lines,
        (line) => line.disappearingCostsCents,
      ),
      exAnteCents: Float64Array.from(settlement.lines, (line) => line.exAnteCents),
      settlementCents: Float64Array.from(settlement.lines, (line) => line.settlementCents),
      totalSettlementCents: settlement.totalSettlementCents,
    },
  }
}
