// Many variations of one full scenario (issue 18, "Speed": compare many, move a slider), with the
// work that does not depend on the varied parameters done once: validation, the objective scores,
// the MO distribution and its path per schedule, the three splits over fixed weights
// (allocate-prepared.ts), the code order of the tie-break, the region members' positions, the Wlz
// clients' disappearing costs and, per Wlz percentage, the ex ante of a fixed withdrawal year.
// Each variation then runs only what moves: the top-slice, the Wlz withdrawal and historical
// split, the objective split, the path's blends (fast-blend.ts), region sums and risk figures, and
// the settlement as actual − ex ante. Results are the single path's cents (full-scenario.ts;
// property test), in compact typed arrays cut from shared slabs (cents-slab.ts); a variation that
// single path would refuse is run through it, so it throws the same CalcError.
import { allocateCents, allocateExact } from './allocate.ts'
import { prepareAllocation } from './allocate-prepared.ts'
import { centsSlab } from './cents-slab.ts'
import { type BudgetPipelineResult } from './budget-pipeline.ts'
import { isCalcError } from './errors.ts'
import type { Fraction } from './exact.ts'
import { blendInto, planBlend, type BlendPlan } from './fast-blend.ts'
import { prepareBlend } from './blend.ts'
import {
  applyVariation,
  runFullScenario,
  type FullScenarioInput,
  type FullScenarioResult,
  type ScenarioVariation,
} from './full-scenario.ts'
import { isCents } from './guards.ts'
import { scoreMunicipalities } from './objective-distribution.ts'
import {
  LINEAR_TEN_STEPS,
  resolveSchedule,
  stepOfYear,
  type PhaseInScheduleSpec,
} from './phase-in-schedule.ts'
import { splitByBasisPoints } from './retain-central-share.ts'
import { NotInBatch, prepareSettlement, regionFigures, regionMembers } from './batch-figures.ts'
import { toVariationResult, type VariationResult } from './variation-result.ts'

export type { VariationRegion, VariationResult } from './variation-result.ts'
export { toVariationResult } from './variation-result.ts'

/** The batch's base: a full scenario without sharing models (the compact result has none). */
export type ScenarioBatchBase = Omit<FullScenarioInput, 'sharing'>

/** A prepared batch: run one variation, or many. */
export interface ScenarioBatch {
  run(variation: ScenarioVariation): VariationResult
  runAll(variations: readonly ScenarioVariation[]): VariationResult[]
  /** How many variations ran batched and how many through the single path (refused or out of bounds). */
  counts(): { readonly batched: number; readonly single: number }
}

/**
 * Prepares many variations of `base` (which must itself compute: its CalcError is thrown here).
 * Each variation's results equal runFullScenario's for the base with the variation applied.
 */
export function prepareScenarioBatch(base: ScenarioBatchBase): ScenarioBatch {
  const baseResult: FullScenarioResult = runFullScenario(base)
  const single = (variation: ScenarioVariation) => {
    const input = applyVariation(base, variation)
    return toVariationResult(input, runFullScenario(input))
  }
  const pipeline: BudgetPipelineResult = baseResult.pipeline
  const historicalShares = base.historicalShares
  const wlzShares = base.wlzShares ?? base.historicalShares
  const historicalCodes = historicalShares.map((s) => s.code)
  const wlzCodes = wlzShares.map((s) => s.code)
  const historicalWeights = historicalShares.map((s) => s.amountCents)
  const wlzWeights = wlzShares.map((s) => s.amountCents)
  const wlzField = [base.wlzShares ? 'wlzShares' : 'historicalShares']
  const withdrawnIndex = new Map(wlzCodes.map((code, i) => [code, i]))
  const centreWithdrawn = Int32Array.from(historicalCodes, (code) => withdrawnIndex.get(code) ?? -1)

  const codes = pipeline.objective.map((o) => o.code)
  const scores = scoreMunicipalities(base.measures, base.municipalities)
  let scoreSum = 0n
  for (const score of scores) scoreSum += score
  // The three splits of every variation, over weights that do not vary, prepared once.
  const splitHistorical = prepareAllocation(historicalWeights, historicalCodes, [
    'historicalShares',
  ])
  const splitWithdrawal = prepareAllocation(wlzWeights, wlzCodes, wlzField)
  const splitObjective =
    scoreSum > 0n && scoreSum <= BigInt(Number.MAX_SAFE_INTEGER)
      ? prepareAllocation(scores.map(Number), codes, ['municipalities'])
      : (total: number, out: Float64Array) => (
          out.set(allocateExact(total, scores, codes, ['municipalities'])),
          out
        )
  const gross = new Float64Array(historicalCodes.length)
  // The variations' result arrays, cut from shared slabs.
  const take = centsSlab()
  const position = new Map(codes.map((code, i) => [code, i]))
  const centrePosition = Int32Array.from(historicalCodes, (code) => position.get(code) ?? -1)

  // The BW plan's amounts and totals are overwritten per variation; its codes, order and scratch
  // are kept.
  const bwPlan = planBlend(prepareBlend(pipeline.historical, amountsOfObjective(pipeline)))
  const mo = pipeline.mo
    ? planBlend(prepareBlend(pipeline.mo.historical, pipeline.mo.objective))
    : null
  const moPosition = mo ? Int32Array.from(mo.codes, (code) => position.get(code) ?? -1) : null
  const regions = regionMembers(base.regions, position)

  // MO does not vary: its path per schedule is blended once.
  const moPaths = new Map<Fraction[], Float64Array[]>()
  const moPathOf = (fractions: Fraction[]): Float64Array[] | null => {
    if (!mo) return null
    const cached = moPaths.get(fractions)
    if (cached) return cached
    const path = fractions.map((f) => blendInto(mo, f, new Float64Array(mo.codes.length)))
    moPaths.set(fractions, path)
    return path
  }

  const schedules = new Map<PhaseInScheduleSpec | number, Fraction[]>()
  const fractionsOf = (spec: PhaseInScheduleSpec): Fraction[] => {
    const key = spec.kind === 'linear' ? (spec.steps ?? 10) : spec
    const cached = schedules.get(key)
    if (cached) return cached
    const fractions = resolveSchedule(spec)
    schedules.set(key, fractions)
    return fractions
  }

  const wlz = base.wlz
  const settled = wlz && prepareSettlement(base, wlz, take)
  const exAnteByPercent = new Map<number, Float64Array>()
  const fixedExAnte = (bp: number, macro: number): Float64Array => {
    const cached = exAnteByPercent.get(bp)
    if (cached) return cached
    const [withdrawal] = splitByBasisPoints(macro, bp)
    const amounts = Float64Array.from(allocateCents(withdrawal, wlzWeights, wlzCodes, wlzField))
    exAnteByPercent.set(bp, amounts)
    return amounts
  }

  function compute(variation: ScenarioVariation): VariationResult {
    const macro = variation.macroBudgetCents ?? base.macroBudgetCents
    const bp = variation.wlzWithdrawalBasisPoints ?? base.wlzWithdrawalBasisPoints ?? 3_000
    if (!isCents(macro) || !Number.isInteger(bp) || bp < 0 || bp > 10_000) throw new NotInBatch()
    const afterPurchasing = macro - base.nationalPurchasingCents
    const [withdrawal] = splitByBasisPoints(macro, bp)
    if (afterPurchasing < 0 || withdrawal > afterPurchasing) throw new NotInBatch()
    const distributable = afterPurchasing - withdrawal
    splitHistorical(afterPurchasing, gross)
    const withdrawn = splitWithdrawal(withdrawal, take(wlzCodes.length))
    const historical = take(gross.length)
    for (let i = 0; i < gross.length; i++) {
      const index = centreWithdrawn[i] ?? -1
      const net = (gross[i] ?? 0) - (index === -1 ? 0 : (withdrawn[index] ?? 0))
      if (net < 0) throw new NotInBatch()
      historical[i] = net
    }
    const objective = splitObjective(distributable, take(codes.length))
    const fractions = fractionsOf(variation.schedule ?? base.schedule ?? LINEAR_TEN_STEPS)
    const steps = fractions.length - 1

    bwPlan.historical.fill(0)
    let largest = 0
    for (let i = 0; i < historical.length; i++) {
      const value = historical[i] ?? 0
      bwPlan.historical[centrePosition[i] ?? -1] = value
      if (value > largest) largest = value
    }
    bwPlan.objective.set(objective)
    for (let i = 0; i < objective.length; i++) largest = Math.max(largest, objective[i] ?? 0)
    const plan: BlendPlan = bwPlan
    plan.largestCents = largest
    plan.totalCents = distributable
    const moPath = moPathOf(fractions)
    const totalCents = distributable + (mo?.totalCents ?? 0)
    // One buffer for the whole path, a view per year.
    const n = codes.length
    const buffer = take(n * fractions.length)
    const years = fractions.map((fraction, step) => {
      const amounts = blendInto(plan, fraction, buffer.subarray(step * n, (step + 1) * n))
      const moAmounts = moPath?.[step]
      if (moAmounts && moPosition) {
        for (let j = 0; j < moPosition.length; j++) {
          const at = moPosition[j] ?? -1
          if (at !== -1) amounts[at] = (amounts[at] ?? 0) + (moAmounts[j] ?? 0)
        }
      }
      return {
        year: base.startYear - 1 + step,
        step,
        fraction: Number(fraction.numerator) / Number(fraction.denominator),
        totalCents,
        amounts,
      }
    })
    const regionResults = regionFigures(regions, years, take)
    const settlement = settled
      ? settled.settle(
          wlz?.exAnteMacroBudgetCents === undefined
            ? settled.exAnteOf(withdrawn)
            : settled.exAnteOf(fixedExAnte(bp, wlz.exAnteMacroBudgetCents)),
        )
      : null
    return {
      macroBudgetCents: macro,
      wlzWithdrawalBasisPoints: bp,
      wlzWithdrawalCents: withdrawal,
      distributableCents: distributable,
      step: stepOfYear(base.year, base.startYear, steps),
      wlzWithdrawal: withdrawn,
      historical,
      objective,
      years,
      regions: regionResults,
      settlement,
    }
  }

  let batched = 0
  let singly = 0
  function run(variation: ScenarioVariation): VariationResult {
    try {
      const result = compute(variation)
      batched += 1
      return result
    } catch (error) {
      if (!(error instanceof NotInBatch || isCalcError(error))) throw error
      singly += 1
      return single(variation)
    }
  }
  return {
    run,
    runAll: (variations) => variations.map(run),
    counts: () => ({ batched, single: singly }),
  }
}

function amountsOfObjective(pipeline: BudgetPipelineResult) {
  return pipeline.objective.map((o) => ({ code: o.code, amountCents: o.amountCents }))
}

// Each region's amount per year: one pass over the municipalities per year (members' positions
// are fixed), then the risk figures of computeRegionRiskFigures.
