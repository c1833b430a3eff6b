// Passend aandeel (seed 004, IJssel-Vecht; DOMAIN.md §6.6): the members pool their budget, and each
// shares in the advantages and disadvantages by its share of a chosen base: the Wmo integration
// payment (the example: "alle Wmo-integratie-uitkeringen worden bij elkaar opgeteld (= 100%)"), the
// objective amount, or inhabitants. Optionally the centrumgemeente first retains its execution
// costs. Expected advantages are paid out beforehand: pass the budgeted costs. Flows: pays = own
// amount + share of a deficit; receives = share of a surplus (+ retention).
import { CalcError } from './errors.ts'
import { requireCents } from './guards.ts'
import { computeRetention, type RetentionRule } from './retain-central-share.ts'
import {
  baseWeights,
  buildLines,
  readMembers,
  requireMemberIndex,
  splitOver,
  type ShareBase,
  type SharingLine,
  type SharingMember,
} from './sharing-common.ts'
import { itemAt } from './checked.ts'

/**
 * Input of shareByAppropriateShare: members with own amounts and the base, the region's costs
 * (cents), an optional retention.
 */
export interface AppropriateShareInput {
  readonly members: readonly SharingMember[]
  readonly base: ShareBase
  readonly costsCents: number
  readonly retention?: { readonly centralMunicipalityCode: string; readonly rule: RetentionRule }
}

/** A line with the member's passend aandeel in basis points (the shares sum to exactly 10,000). */
export interface AppropriateShareLine extends SharingLine {
  readonly shareBasisPoints: number
}

/**
 * Outcome: lines, the pooled budget, the retention, the costs and the signed result shared; Σ
 * result = budget − costs.
 */
export interface AppropriateShareResult {
  readonly lines: readonly AppropriateShareLine[]
  readonly budgetCents: number
  readonly retainedCents: number
  readonly costsCents: number
  readonly sharedResultCents: number
}

/**
 * Shares a region's advantage or disadvantage (budget − retention − costs, cents) by each member's
 * share of a base (passend aandeel). Throws CalcError for bad cents, no members, repeated codes, a
 * member without the base value (MISSING_VALUE), an all-zero base with something to share
 * (ZERO_TOTAL_WEIGHT), a centrumgemeente that is not a member, or a retention above the budget.
 */
export function shareByAppropriateShare(input: AppropriateShareInput): AppropriateShareResult {
  const { codes, amounts, budgetCents } = readMembers(input.members)
  const weights = baseWeights(input.members, input.base)
  const costs = requireCents(input.costsCents, ['costsCents'])
  let retained = 0
  let central = -1
  if (input.retention !== undefined) {
    central = requireMemberIndex(codes, input.retention.centralMunicipalityCode, [
      'retention',
      'centralMunicipalityCode',
    ])
    retained = computeRetention(budgetCents, input.retention.rule, ['retention', 'rule'])
  }
  const shared = budgetCents - retained - costs
  if (weights.every((weight) => weight === 0n)) {
    throw new CalcError(
      'ZERO_TOTAL_WEIGHT',
      `every member's ${input.base} is 0, so there is no passend aandeel to share by`,
      {
        path: ['members'],
        details: { base: input.base },
      },
    )
  }
  const shareBasisPoints = splitOver(10_000, weights, codes, ['members'])
  const surplus = splitOver(Math.max(shared, 0), weights, codes, ['members'])
  const deficit = splitOver(Math.max(-shared, 0), weights, codes, ['members'])
  const pays = codes.map((_, index) => itemAt(amounts, index) + itemAt(deficit, index))
  const receives = codes.map((_, index) => itemAt(surplus, index) + (index === central ? retained : 0))
  return {
    lines: buildLines(codes, amounts, pays, receives).map((line, index) => ({
      ...line,
      shareBasisPoints: itemAt(shareBasisPoints, index),
    })),
    budgetCents,
    retainedCents: retained,
    costsCents: costs,
    sharedResultCents: shared,
  }
}
