// A region's path from its published amounts (DOMAIN.md §8; issue 18 item 5): the objective model's
// publications give a region's historical and objective totals (Regio Zwolle, BW + MO: €140,096,291
// → €113,750,051), not a macrobudget. The region's amount in step k is (1 − f_k) × historical +
// f_k × objective, rounded once (halves away from zero); historically everything is the
// centrumgemeente's, objectively the members share by given weights (their objective amounts or
// shares). Each year's members are one allocation of the region's amount, so they add up to it to
// the cent. When the published totals include MO (seed 000 §3.2: MO is not decentralised), its part
// is blended on its own and stays with the centrumgemeente; the members share only BW's part.
import { allocateExact } from './allocate.ts'
import { CalcError, formatPath } from './errors.ts'
import { divideRounded } from './exact.ts'
import { requireCents, requireIntegerInRange, requireUniqueKeys } from './guards.ts'
import { LINEAR_TEN_STEPS, resolveSchedule, type PhaseInScheduleSpec } from './phase-in-schedule.ts'
import type { MunicipalityAmount } from './regions.ts'
import type { PhaseInPath } from './phase-in-path.ts'
import { itemAt } from './checked.ts'

/** Input of computePublishedRegionPath: the region's two published totals (cents) and its members. */
export interface PublishedRegionInput {
  readonly historicalCents: number
  readonly objectiveCents: number
  readonly centralMunicipalityCode: string
  /** Each member's weight in the objective amount (e.g. its objective amount in cents). */
  readonly memberWeights: readonly MunicipalityAmount[]
  readonly startYear: number
  readonly schedule?: PhaseInScheduleSpec
  /** The MO part of the two totals (cents), kept with the centrumgemeente; memberWeights are BW's. */
  readonly mo?: { readonly historicalCents: number; readonly objectiveCents: number }
}

/** The region's path, and per year the MO part of the centrumgemeente's amount (0 without MO). */
export interface PublishedRegionPath extends PhaseInPath {
  readonly moCentsByYear: readonly number[]
}

/**
 * The region's path from year zero (startYear − 1) to step N: each year's totalCents is the blended
 * region amount and its amounts (in memberWeights' order) sum to it exactly. Throws CalcError for
 * bad cents or weights, repeated codes, a centrumgemeente that is not a member, all-zero weights
 * with an objective amount to split, or a bad schedule.
 */
export function computePublishedRegionPath(input: PublishedRegionInput): PublishedRegionPath {
  const historicalTotal = BigInt(requireCents(input.historicalCents, ['historicalCents']))
  const objectiveTotal = requireCents(input.objectiveCents, ['objectiveCents'])
  const mo = requireMoPart(input, historicalTotal, objectiveTotal)
  const historical = historicalTotal - mo.historical
  const objective = objectiveTotal - Number(mo.objective)
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
  const moCentsByYear: number[] = []
  const years = fractions.map(({ numerator, denominator }, step) => {
    const keep = denominator - numerator
    // The region's total is rounded once, as published; MO's part is rounded and BW gets the rest.
    const exact = keep * historicalTotal + numerator * BigInt(objectiveTotal)
    const totalCents = Number(divideRounded(exact, denominator))
    const moCents = Number(
      divideRounded(keep * mo.historical + numerator * mo.objective, denominator),
    )
    moCentsByYear.push(moCents)
    const blendWeights = objectiveShares.map(
      (share, index) => numerator * share + (index === central ? keep * historical : 0n),
    )
    const amounts = allocateExact(totalCents - moCents, blendWeights, codes, ['memberWeights'])
    amounts[central] = (amounts[central] ?? 0) + moCents
    return {
      year: startYear - 1 + step,
      step,
      fraction: Number(numerator) / Number(denominator),
      totalCents,
      amounts: codes.map((code, index) => ({ code, amountCents: itemAt(amounts, index) })),
    }
  })
  return { startYear, steps: fractions.length - 1, years, moCentsByYear }
}

/** The MO part as bigints, each within its total (0 without MO). */
function requireMoPart(
  input: PublishedRegionInput,
  historicalTotal: bigint,
  objectiveTotal: number,
): { historical: bigint; objective: bigint } {
  if (!input.mo) return { historical: 0n, objective: 0n }
  const historical = requireCents(input.mo.historicalCents, ['mo', 'historicalCents'])
  const objective = requireCents(input.mo.objectiveCents, ['mo', 'objectiveCents'])
  const check = (part: number, total: number, field: string) => {
    if (part <= total) return
    const path = ['mo', field]
    throw new CalcError(
      'OUT_OF_RANGE',
      `${formatPath(path)} is ${part}, more than the region's ${field} ${total} it is part of`,
      { path, details: { value: part, max: total } },
    )
  }
  check(historical, Number(historicalTotal), 'historicalCents')
  check(objective, objectiveTotal, 'objectiveCents')
  return { historical: BigInt(historical), objective: BigInt(objective) }
}
