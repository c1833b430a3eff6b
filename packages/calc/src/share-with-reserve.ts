// Pro rata inhabitants with an earmarked reserve (seed 004, Gooi en Vechtstreek): the common
// arrangement is funded beforehand by contributions pro rata inhabitants; what is left after the
// actual costs goes into an earmarked reserve up to its cap, anything above is paid back pro rata
// inhabitants. A shortfall is drawn from the reserve first and the rest raised pro rata inhabitants
// (our reading: the reserve exists to absorb risk). Members keep their own amounts: pays =
// contribution, receives = payback.
import { requireCents, requireSafeResult } from './guards.ts'
import {
  baseWeights,
  buildLines,
  readMembers,
  splitOver,
  type SharingLine,
  type SharingMember,
} from './sharing-common.ts'

// seed 004: "Geld dat overblijft, wordt in een bestemmingsreserve gestort die maximaal € 2 miljoen
// bedraagt."
/** The Gooi en Vechtstreek reserve cap: €2 million, in cents. */
export const GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS = 200_000_000

/** Input of shareByInhabitantsWithReserve; all amounts in cents, members need inhabitants. */
export interface ReserveSharingInput {
  readonly members: readonly SharingMember[]
  readonly budgetedCostsCents: number
  readonly actualCostsCents: number
  readonly reserveBalanceCents: number
  readonly reserveCapCents: number
}

/**
 * Outcome: lines, plus the surplus (budgeted − actual, signed) and where it went; Σ bears = actual
 * + addition − withdrawal.
 */
export interface ReserveSharingResult {
  readonly lines: readonly SharingLine[]
  readonly contributionsCents: number
  readonly surplusCents: number
  readonly reserveAdditionCents: number
  readonly reserveWithdrawalCents: number
  readonly reserveBalanceAfterCents: number
  readonly paybackCents: number
  readonly extraContributionCents: number
}

/**
 * Shares a region's costs pro rata inhabitants with an earmarked reserve (cents): contributions =
 * budgeted costs (+ any shortfall the reserve cannot cover), the surplus fills the reserve up to
 * the cap and the rest is paid back. Throws CalcError for bad cents or inhabitants, no members,
 * repeated codes, a missing inhabitants count, or positive amounts to split over zero inhabitants.
 */
export function shareByInhabitantsWithReserve(input: ReserveSharingInput): ReserveSharingResult {
  const { codes, amounts } = readMembers(input.members)
  const weights = baseWeights(input.members, 'inhabitants')
  const budgeted = requireCents(input.budgetedCostsCents, ['budgetedCostsCents'])
  const actual = requireCents(input.actualCostsCents, ['actualCostsCents'])
  const balance = requireCents(input.reserveBalanceCents, ['reserveBalanceCents'])
  const cap = requireCents(input.reserveCapCents, ['reserveCapCents'])
  const surplus = budgeted - actual
  // A balance already above the cap (a lowered cap) is left alone: the cap limits additions only.
  const addition = surplus > 0 ? Math.min(surplus, Math.max(0, cap - balance)) : 0
  const withdrawal = surplus < 0 ? Math.min(-surplus, balance) : 0
  const payback = surplus > 0 ? surplus - addition : 0
  const extra = surplus < 0 ? -surplus - withdrawal : 0
  const contributions = requireSafeResult(budgeted + extra, ['budgetedCostsCents'])
  const pays = splitOver(contributions, weights, codes, ['members'])
  const receives = splitOver(payback, weights, codes, ['members'])
  return {
    lines: buildLines(codes, amounts, pays, receives),
    contributionsCents: contributions,
    surplusCents: surplus,
    reserveAdditionCents: addition,
    reserveWithdrawalCents: withdrawal,
    reserveBalanceAfterCents: balance + addition - withdrawal,
    paybackCents: payback,
    extraContributionCents: extra,
  }
}

/** One year of a region's costs for shareWithReserveOverYears (cents). */
export interface ReserveYear {
  readonly members: readonly SharingMember[]
  readonly budgetedCostsCents: number
  readonly actualCostsCents: number
}

/**
 * Gooi en Vechtstreek year after year: the reserve carries over, each year opening with the
 * balance the previous one closed with (surplus in up to the cap, the excess paid back, a shortfall
 * drawn from it first). Throws CalcError as shareByInhabitantsWithReserve, with the year's index
 * first in the path.
 */
export function shareWithReserveOverYears(input: {
  readonly years: readonly ReserveYear[]
  readonly openingBalanceCents: number
  readonly reserveCapCents: number
}): ReserveSharingResult[] {
  let balance = input.openingBalanceCents
  return input.years.map((year) => {
    const result = shareByInhabitantsWithReserve({
      ...year,
      reserveBalanceCents: balance,
      reserveCapCents: input.reserveCapCents,
    })
    balance = result.reserveBalanceAfterCents
    return result
  })
}
