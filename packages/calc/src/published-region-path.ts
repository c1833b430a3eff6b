// A region's path from its published amounts (DOMAIN.md §8; issue 18 item 5): the objective model's
// publications give a region's historical and objective totals (Regio Zwolle, BW + MO: €140,096,291
// → €113,750,051), not a macrobudget. The region's amount in step k is (1 − f_k) × historical +
// f_k × objective, rounded once (halves away from zero); historically everything is the
// centrumgemeente's, objectively the members share by given weights (their objective amounts or
// shares). Each year's members are one allocation of the region's amount, so they add up to it to
// the cent.
import { allocateExact } from './allocate.ts'
import { CalcError, formatPath } from './errors.ts'
import { divideRounded } from './exact.ts'
import { requireCents, requireIntegerInRange, requireUniqueKeys } from './guards.ts'
import { LINEAR_TEN_STEPS, resolveSchedule, type PhaseInScheduleSpec } from './phase-in-schedule.ts'
import type { MunicipalityAmount } from './regions.ts'
import type { PhaseInPath } from './phase-in-path.ts'

/** Input of computePublishedRegionPath: the region's two published totals (cents) and its members. */
export interface PublishedRegionInput {
  readonly historicalCents: number
  readonly objectiveCents: number
  readonly centralMunicipalityCode: string
  /** Each member's weight in the objective amount (e.g. its objective amount in cents). */
  readonly memberWeights: readonly MunicipalityAmount[]
  readonly startYear: number
  readonly schedule?: PhaseInScheduleSpec
}

/**
 * The region's path from year zero (startYear − 1) to step N: each year's totalCents is the blended
 * region amount and its amounts (in memberWeights' order) sum to it exactly. Throws CalcError for
 * bad cents or weights, repeated codes, a centrumgemeente that is not a member, all-zero weights
 * with an objective amount to split, or a bad schedule.
 */
export function computePublishedRegionPath(input: PublishedRegionInput): PhaseInPath {
  const historical = BigInt(requireCents(input.historicalCents, ['historicalCents']))
  const objective = requireCents(input.objectiveCents, ['objectiveCents'])
  const startYear = requireIntegerInRange(input.startYear, ['startYear'], 1, 9999)
  const codes = input.memberWeights.map((member) => member.code)
  requireUniqueKeys(codes, ['memberWeights'], 'code')
  const central = codes.indexOf(input.centralMunicipalityCode)
  if (central === -1) {
    const path = ['centralMunicipalityCode']
    throw new CalcError(
      'UNKNOWN_MUNICIPALITY',
      `${formatPath(path)} is ${input.centralMunicipalityCode}, which is not among memberWeights`,
      { path, details: { municipalityCode: input.centralMunicipalityCode } },
    )
  }
  const weights = input.memberWeights.map((member, index) =>
    BigInt(requireCents(member.amountCents, ['memberWeights', index, 'amountCents'])),
  )
  const objectiveShares = allocateExact(objective, weights, codes, ['memberWeights']).map(BigInt)
  const fractions = resolveSchedule(input.schedule ?? LINEAR_TEN_STEPS)
  const years = fractions.map(({ numerator, denominator }, step) => {
    const keep = denominator - numerator
    const exact = keep * historical + numerator * BigInt(objective)
    const totalCents = Number(divideRounded(exact, denominator))
    const blendWeights = objectiveShares.map(
      (share, index) => numerator * share + (index === central ? keep * historical : 0n),
    )
    const amounts = allocateExact(totalCents, blendWeights, codes, ['memberWeights'])
    return {
      year: startYear - 1 + step,
      step,
      fraction: Number(numerator) / Number(denominator),
      totalCents,
      amounts: codes.map((code, index) => ({ code, amountCents: amounts[index]! })),
    }
  })
  return { startYear, steps: fractions.length - 1, years }
}
