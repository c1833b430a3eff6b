// The money pipeline for one budget year (DOMAIN.md §6.0): macrobudget − national purchasing
// top-slice (§6.5) − Wlz ex-ante withdrawal (§6.3: default 30% of the macrobudget, over the
// centrumgemeenten pro rata their share of the historical BW macrobudget) → historical and
// objective distributions (§6.1) → phase-in blend (§6.2) → regional sums and, where a region has
// chosen one, its sharing model (§6.6). Every split is the one allocator.
import { applySharingModel, type SharingModel, type SharingResult } from './apply-sharing-model.ts'
import { blendPrepared, prepareBlend } from './blend.ts'
import { CalcError, formatPath } from './errors.ts'
import { requireCents, requireIntegerInRange } from './guards.ts'
import { distributeMo, type MoBudgetInput, type MoDistribution } from './mo-budget.ts'
import {
  distributeObjectively,
  type MeasuredMunicipality,
  type Measure,
  type ObjectiveShare,
} from './objective-distribution.ts'
import {
  LINEAR_TEN_STEPS,
  resolveSchedule,
  stepOfYear,
  type PhaseInScheduleSpec,
} from './phase-in-schedule.ts'
import { indexMemberships, type MunicipalityAmount, type Region } from './regions.ts'
import { splitByBasisPoints } from './retain-central-share.ts'
import type { SharingMember } from './sharing-common.ts'
import { allocateShares, blendMo, netHistorical, requireNotAbove } from './pipeline-splits.ts'
import { itemAt, mapValue } from './checked.ts'

/**
 * The ex-ante Wlz withdrawal agreed for 2021: 30% of the macrobudget (seed 000 §2.4), in basis
 * points.
 */
export const DEFAULT_WLZ_WITHDRAWAL_BASIS_POINTS = 3_000

/**
 * A region's chosen sharing model, with any member data the pipeline cannot know (cents per member
 * code).
 */
export interface RegionSharing {
  readonly regionCode: string
  readonly model: SharingModel
  readonly memberData?: Readonly<
    Record<
      string,
      { readonly wmoIntegrationPaymentCents?: number; readonly localSupportCents?: number }
    >
  >
}

/**
 * Input of runBudgetPipeline: one budget year's money (cents), shares, measures, regions and path
 * parameters.
 */
export interface BudgetPipelineInput {
  readonly year: number
  readonly macroBudgetCents: number
  readonly nationalPurchasingCents: number
  readonly wlzWithdrawalBasisPoints?: number
  /** The centrumgemeenten's historical amounts: the weights of the historical distribution. */
  readonly historicalShares: readonly MunicipalityAmount[]
  /**
   * Their historical BW macrobudget, the weights of the Wlz withdrawal; defaults to
   * historicalShares.
   */
  readonly wlzShares?: readonly MunicipalityAmount[]
  readonly measures: readonly Measure[]
  readonly municipalities: readonly MeasuredMunicipality[]
  readonly regions: readonly Region[]
  /** The year of step 1 of the phase-in path; year zero is startYear − 1. */
  readonly startYear: number
  readonly schedule?: PhaseInScheduleSpec
  readonly sharing?: readonly RegionSharing[]
  /**
   * The MO budget, kept apart (DOMAIN.md §6.0): not withdrawn for the Wlz, not phased in to all
   * municipalities; the other money fields are BW.
   */
  readonly mo?: MoBudgetInput
}

/**
 * A region's historical, objective and blended totals for the year (cents, BW + MO, comparable with
 * published region figures), and the MO part of each (its centrumgemeente's).
 */
export interface PipelineRegion {
  readonly code: string
  readonly historicalCents: number
  readonly objectiveCents: number
  readonly blendedCents: number
  readonly mo: {
    readonly historicalCents: number
    readonly objectiveCents: number
    readonly blendedCents: number
  }
}

/**
 * Every stage of the pipeline for one year, in cents; each list sums exactly to its stage's total.
 */
export interface BudgetPipelineResult {
  readonly year: number
  readonly step: number
  readonly fraction: number
  readonly macroBudgetCents: number
  readonly nationalPurchasingCents: number
  readonly wlzWithdrawalCents: number
  readonly distributableCents: number
  readonly wlzWithdrawal: readonly MunicipalityAmount[]
  readonly historical: readonly MunicipalityAmount[]
  readonly objective: readonly ObjectiveShare[]
  readonly blended: readonly MunicipalityAmount[]
  readonly regions: readonly PipelineRegion[]
  readonly sharing: readonly { readonly regionCode: string; readonly result: SharingResult }[]
  /** MO over the centrumgemeenten, with the year's blend; null without an MO budget. */
  readonly mo: (MoDistribution & { readonly blended: readonly MunicipalityAmount[] }) | null
}

/**
 * Runs DOMAIN.md §6.0 for one budget year (cents): top-slice, Wlz withdrawal, historical and
 * objective distributions, the blend for the year's step, regional totals and sharing models.
 * Throws CalcError for any broken precondition: bad cents or basis points, deductions above the
 * budget (EXCEEDS_TOTAL), unknown codes, overlapping memberships, empty regions, a bad schedule, or
 * whatever a sharing model rejects.
 */
export function runBudgetPipeline(input: BudgetPipelineInput): BudgetPipelineResult {
  const year = requireIntegerInRange(input.year, ['year'], 1, 9999)
  const startYear = requireIntegerInRange(input.startYear, ['startYear'], 1, 9999)
  const macro = requireCents(input.macroBudgetCents, ['macroBudgetCents'])
  const purchasing = requireCents(input.nationalPurchasingCents, ['nationalPurchasingCents'])
  const basisPoints = input.wlzWithdrawalBasisPoints ?? DEFAULT_WLZ_WITHDRAWAL_BASIS_POINTS
  requireIntegerInRange(basisPoints, ['wlzWithdrawalBasisPoints'], 0, 10_000)
  requireNotAbove(purchasing, macro, 'nationalPurchasingCents', 'the macrobudget')
  const afterPurchasing = macro - purchasing
  const [withdrawal] = splitByBasisPoints(macro, basisPoints)
  requireNotAbove(
    withdrawal,
    afterPurchasing,
    'wlzWithdrawalBasisPoints',
    'the macrobudget less national purchasing',
  )
  const distributable = afterPurchasing - withdrawal

  const wlzShares = input.wlzShares ?? input.historicalShares
  const gross = allocateShares(afterPurchasing, input.historicalShares, 'historicalShares')
  const withdrawn = allocateShares(
    withdrawal,
    wlzShares,
    input.wlzShares ? 'wlzShares' : 'historicalShares',
  )
  const historical = netHistorical(input.historicalShares, gross, wlzShares, withdrawn)

  const objective = distributeObjectively({
    budgetCents: distributable,
    measures: input.measures,
    municipalities: input.municipalities,
  })
  const objectiveAmounts = objective.municipalities.map(({ code, amountCents }) => ({
    code,
    amountCents,
  }))
  const prepared = prepareBlend(historical, objectiveAmounts)
  const fractions = resolveSchedule(input.schedule ?? LINEAR_TEN_STEPS)
  const step = stepOfYear(year, startYear, fractions.length - 1)
  const fraction = itemAt(fractions, step)
  const blendedCents = blendPrepared(prepared, fraction)
  const blended = prepared.codes.map((code, index) => ({ code, amountCents: itemAt(blendedCents, index) }))

  const mo = input.mo ? blendMo(distributeMo(input.mo), fraction) : null
  const moByCode = (list: readonly MunicipalityAmount[] | undefined) =>
    new Map((list ?? []).map((amount) => [amount.code, amount.amountCents]))
  const moHistorical = moByCode(mo?.historical)
  const moObjective = moByCode(mo?.objective)
  const moBlended = moByCode(mo?.blended)

  indexMemberships(input.regions, new Set(prepared.codes))
  const historicalByCode = new Map(historical.map((amount) => [amount.code, amount.amountCents]))
  const objectiveByCode = new Map(objective.municipalities.map((share) => [share.code, share]))
  const blendedByCode = new Map(blended.map((amount) => [amount.code, amount.amountCents]))
  const sum = (codes: readonly string[], of: (code: string) => number) =>
    codes.reduce((total, code) => total + of(code), 0)
  const regions = input.regions.map((region) => {
    const regionMo = {
      historicalCents: moHistorical.get(region.code) ?? 0,
      objectiveCents: moObjective.get(region.code) ?? 0,
      blendedCents: moBlended.get(region.code) ?? 0,
    }
    return {
      code: region.code,
      historicalCents:
        sum(region.memberCodes, (code) => historicalByCode.get(code) ?? 0) +
        regionMo.historicalCents,
      objectiveCents:
        sum(region.memberCodes, (code) => mapValue(objectiveByCode, code).amountCents) +
        regionMo.objectiveCents,
      blendedCents:
        sum(region.memberCodes, (code) => mapValue(blendedByCode, code)) + regionMo.blendedCents,
      mo: regionMo,
    }
  })

  const sharing = (input.sharing ?? []).map((choice, index) => {
    const region = input.regions.find((candidate) => candidate.code === choice.regionCode)
    if (region === undefined) {
      const path = ['sharing', index, 'regionCode']
      throw new CalcError(
        'UNKNOWN_MUNICIPALITY',
        `${formatPath(path)} is ${choice.regionCode}, which is not a region`,
        {
          path,
          details: { regionCode: choice.regionCode },
        },
      )
    }
    const members: SharingMember[] = region.memberCodes.map((code) => ({
      code,
      amountCents: mapValue(blendedByCode, code) + (moBlended.get(code) ?? 0),
      inhabitants: mapValue(objectiveByCode, code).inhabitants,
      objectiveAmountCents: mapValue(objectiveByCode, code).amountCents,
      ...choice.memberData?.[code],
    }))
    return { regionCode: region.code, result: applySharingModel(members, choice.model) }
  })

  return {
    year,
    step,
    fraction: Number(fraction.numerator) / Number(fraction.denominator),
    macroBudgetCents: macro,
    nationalPurchasingCents: purchasing,
    wlzWithdrawalCents: withdrawal,
    distributableCents: distributable,
    wlzWithdrawal: withdrawn,
    historical,
    objective: objective.municipalities,
    blended,
    regions,
    sharing,
    mo,
  }
}
