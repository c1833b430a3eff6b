// The full scenario (issue 18, "Speed"): the one-year pipeline (DOMAIN.md §6.0), the phase-in path
// of BW over all municipalities plus MO's over the centrumgemeenten (a region's total is BW + MO,
// like published region figures), the region risk figures (§6.6) and the Wlz ex-post settlement
// (§6.3). This is the single-scenario path; scenario-batch.ts computes many variations of one
// scenario with work shared between them and must give these very cents.
import {
  runBudgetPipeline,
  type BudgetPipelineInput,
  type BudgetPipelineResult,
} from './budget-pipeline.ts'
import { allocateShares } from './pipeline-splits.ts'
import { computePhaseInPath, type PhaseInPath } from './phase-in-path.ts'
import type { PhaseInScheduleSpec } from './phase-in-schedule.ts'
import { splitByBasisPoints } from './retain-central-share.ts'
import { computeRegionRiskFigures, type RegionRisk } from './risk-figures.ts'
import {
  settleWlzExPost,
  type WlzCentralMunicipality,
  type WlzSettlementLine,
  type WlzSettlementParameters,
} from './wlz-settlement.ts'
import { itemAt } from './checked.ts'

/** The Wlz settlement of a full scenario: the centrumgemeenten's clients, without their ex ante. */
export interface FullScenarioWlz {
  readonly centralMunicipalities: readonly Omit<WlzCentralMunicipality, 'exAnteCents'>[]
  readonly parameters?: WlzSettlementParameters
  /**
   * The macrobudget of the withdrawal being settled (issue 18 item 2: the withdrawal year's, e.g.
   * 2021); its ex ante is the scenario's Wlz percentage of it over the Wlz shares. Default: the
   * scenario's own withdrawal per centrumgemeente.
   */
  readonly exAnteMacroBudgetCents?: number
}

/** A full scenario: the pipeline's input and, optionally, the Wlz settlement's. */
export interface FullScenarioInput extends BudgetPipelineInput {
  readonly wlz?: FullScenarioWlz
}

/** What may vary between scenarios of one data set (the comparison's and the slider's parameters). */
export interface ScenarioVariation {
  readonly macroBudgetCents?: number
  readonly wlzWithdrawalBasisPoints?: number
  readonly schedule?: PhaseInScheduleSpec
}

/** The full scenario's results; path amounts are BW + MO per municipality. */
export interface FullScenarioResult {
  readonly pipeline: BudgetPipelineResult
  readonly path: PhaseInPath
  readonly risks: readonly RegionRisk[]
  readonly settlement: {
    readonly lines: readonly WlzSettlementLine[]
    readonly totalSettlementCents: number
  } | null
}

/** The base scenario with a variation's parameters in place. */
export function applyVariation(
  base: FullScenarioInput,
  variation: ScenarioVariation,
): FullScenarioInput {
  return {
    ...base,
    ...(variation.macroBudgetCents === undefined
      ? {}
      : { macroBudgetCents: variation.macroBudgetCents }),
    ...(variation.wlzWithdrawalBasisPoints === undefined
      ? {}
      : { wlzWithdrawalBasisPoints: variation.wlzWithdrawalBasisPoints }),
    ...(variation.schedule === undefined ? {} : { schedule: variation.schedule }),
  }
}

/** The ex ante per centrumgemeente the settlement compares with (cents by code). */
function exAnteByCode(
  input: FullScenarioInput,
  pipeline: BudgetPipelineResult,
  wlz: FullScenarioWlz,
) {
  if (wlz.exAnteMacroBudgetCents === undefined) {
    return new Map(pipeline.wlzWithdrawal.map((amount) => [amount.code, amount.amountCents]))
  }
  const [withdrawal] = splitByBasisPoints(
    wlz.exAnteMacroBudgetCents,
    input.wlzWithdrawalBasisPoints ?? 3_000,
  )
  const shares = input.wlzShares ?? input.historicalShares
  const field = input.wlzShares ? 'wlzShares' : 'historicalShares'
  return new Map(allocateShares(withdrawal, shares, field).map((a) => [a.code, a.amountCents]))
}

/**
 * Runs one full scenario: pipeline, BW (+ MO) path, region risk figures and, with `wlz`, the
 * settlement. Throws CalcError like the parts it runs.
 */
export function runFullScenario(input: FullScenarioInput): FullScenarioResult {
  const pipeline = runBudgetPipeline(input)
  const bw = computePhaseInPath({
    historical: pipeline.historical,
    objective: pipeline.objective.map((o) => ({ code: o.code, amountCents: o.amountCents })),
    startYear: input.startYear,
    ...(input.schedule ? { schedule: input.schedule } : {}),
  })
  const mo = pipeline.mo
    ? computePhaseInPath({
        historical: pipeline.mo.historical,
        objective: pipeline.mo.objective,
        startYear: input.startYear,
        ...(input.schedule ? { schedule: input.schedule } : {}),
      })
    : null
  const path: PhaseInPath = mo
    ? {
        ...bw,
        years: bw.years.map((year, k) => {
          const moYear = itemAt(mo.years, k)
          const moByCode = new Map(moYear.amounts.map((a) => [a.code, a.amountCents]))
          return {
            ...year,
            totalCents: year.totalCents + moYear.totalCents,
            amounts: year.amounts.map((a) => ({
              code: a.code,
              amountCents: a.amountCents + (moByCode.get(a.code) ?? 0),
            })),
          }
        }),
      }
    : bw
  const risks = computeRegionRiskFigures({ regions: input.regions, path })
  const wlz = input.wlz
  if (!wlz) return { pipeline, path, risks, settlement: null }
  const exAnte = exAnteByCode(input, pipeline, wlz)
  const settlement = settleWlzExPost({
    centralMunicipalities: wlz.centralMunicipalities.map((centre) => ({
      ...centre,
      exAnteCents: exAnte.get(centre.code) ?? 0,
    })),
    ...(wlz.parameters ? { parameters: wlz.parameters } : {}),
  })
  return { pipeline, path, risks, settlement }
}
