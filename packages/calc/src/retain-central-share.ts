// A centrumgemeente retention (seed 004, IJssel-Vecht; DOMAIN.md §6.6): the centrumgemeente keeps a
// part of the region's budget for regional execution costs, as basis points of the budget
// (optionally capped) or as a fixed amount. Zwolle keeps about 2.5%; a 2023 covenant caps it at
// €2,324,582 (BW) and €4,334,882 (MO). Every member contributes pro rata its own amount: pays = its
// part of the retention; the centrumgemeente receives it.
import { itemAt } from './checked.ts'
import { allocateExact } from './allocate.ts'
import { CalcError, formatPath, type CalcErrorPath } from './errors.ts'
import { requireBasisPoints, requireCents } from './guards.ts'
import {
  buildLines,
  readMembers,
  requireMemberIndex,
  splitOver,
  type SharingLine,
  type SharingMember,
} from './sharing-common.ts'

/** IJssel-Vecht: Zwolle keeps "ca. 2,5%" of the region's rijksbudget for MO and BW (seed 004). */
export const IJSSEL_VECHT_RETENTION_BASIS_POINTS = 250

/**
 * IJssel-Vecht covenant 2023: the retention for BW is capped at €2,324,582 (DOMAIN.md §6.6), in
 * cents.
 */
export const IJSSEL_VECHT_RETENTION_CAP_BW_CENTS = 232_458_200

/**
 * IJssel-Vecht covenant 2023: the retention for MO is capped at €4,334,882 (DOMAIN.md §6.6), in
 * cents.
 */
export const IJSSEL_VECHT_RETENTION_CAP_MO_CENTS = 433_488_200

/**
 * How much the centrumgemeente keeps: basis points of the budget (optionally capped), or a fixed
 * amount in cents.
 */
export type RetentionRule =
  | { readonly kind: 'basisPoints'; readonly basisPoints: number; readonly capCents?: number }
  | { readonly kind: 'fixed'; readonly amountCents: number }
  | {
      readonly kind: 'basisPointsPerPart'
      readonly basisPoints: number
      /** The budget's parts (BW, MO), each retained and capped on its own; they sum to the budget. */
      readonly parts: readonly RetentionPart[]
    }

/** One part of the region's budget with its own cap (the covenant's BW and MO caps). */
export interface RetentionPart {
  readonly key: string
  readonly budgetCents: number
  readonly capCents?: number
}

/**
 * The retention on budgetCents: basis points via the one allocator (a half cent stays in the
 * budget), then the cap; or the fixed amount, which may not exceed the budget (EXCEEDS_TOTAL).
 * Internal.
 */
export function computeRetention(
  budgetCents: number,
  rule: RetentionRule,
  path: CalcErrorPath,
): number {
  if (rule.kind === 'fixed') {
    const amount = requireCents(rule.amountCents, [...path, 'amountCents'])
    if (amount > budgetCents) {
      throw new CalcError(
        'EXCEEDS_TOTAL',
        `${formatPath([...path, 'amountCents'])}: a retention of ${amount} cents exceeds the budget of ${budgetCents} cents`,
        { path: [...path, 'amountCents'], details: { amountCents: amount, budgetCents } },
      )
    }
    return amount
  }
  const basisPoints = requireBasisPoints(rule.basisPoints, [...path, 'basisPoints'])
  if (rule.kind === 'basisPointsPerPart')
    return retainPerPart(budgetCents, basisPoints, rule.parts, path)
  const [retained] = splitByBasisPoints(budgetCents, basisPoints)
  if (rule.capCents === undefined) return retained
  return Math.min(retained, requireCents(rule.capCents, [...path, 'capCents']))
}

// IJssel-Vecht's covenant: basis points of each part, each part capped on its own.
function retainPerPart(
  budgetCents: number,
  basisPoints: number,
  parts: readonly RetentionPart[],
  path: CalcErrorPath,
): number {
  let total = 0
  let retained = 0
  parts.forEach((part, index) => {
    const partPath = [...path, 'parts', index]
    const budget = requireCents(part.budgetCents, [...partPath, 'budgetCents'])
    total += budget
    const [share] = splitByBasisPoints(budget, basisPoints)
    retained +=
      part.capCents === undefined
        ? share
        : Math.min(share, requireCents(part.capCents, [...partPath, 'capCents']))
  })
  if (total !== budgetCents) {
    throw new CalcError(
      'TOTAL_MISMATCH',
      `${formatPath([...path, 'parts'])} sum to ${total} cents, but the budget is ${budgetCents} cents`,
      { path: [...path, 'parts'], details: { partsCents: total, budgetCents } },
    )
  }
  return retained
}

/**
 * [part, rest] of totalCents at basisPoints / 10,000, by the one allocator; on an exact half cent
 * the rest gets it (key 'rest' sorts before 'share'). Internal.
 */
export function splitByBasisPoints(totalCents: number, basisPoints: number): [number, number] {
  const amounts = allocateExact(
    totalCents,
    [BigInt(basisPoints), BigInt(10_000 - basisPoints)],
    ['share', 'rest'],
    ['basisPoints'],
  )
  return [itemAt(amounts, 0), itemAt(amounts, 1)]
}

/**
 * Input of retainCentralShare: members with own amounts (cents), the centrumgemeente's code, the
 * rule.
 */
export interface RetentionInput {
  readonly members: readonly SharingMember[]
  readonly centralMunicipalityCode: string
  readonly rule: RetentionRule
}

/**
 * Outcome: lines, the region budget (Σ own amounts), what is retained and what remains; Σ bears =
 * 0.
 */
export interface RetentionResult {
  readonly lines: readonly SharingLine[]
  readonly budgetCents: number
  readonly retainedCents: number
  readonly remainingCents: number
}

/**
 * Lets the centrumgemeente retain a share of the region's budget (cents), borne by the members pro
 * rata their own amounts. Throws CalcError for bad cents or basis points, no members, repeated
 * codes, a centrumgemeente that is not a member (UNKNOWN_MUNICIPALITY) or a fixed retention above
 * the budget (EXCEEDS_TOTAL).
 */
export function retainCentralShare(input: RetentionInput): RetentionResult {
  const { codes, amounts, budgetCents } = readMembers(input.members)
  const central = requireMemberIndex(codes, input.centralMunicipalityCode, [
    'centralMunicipalityCode',
  ])
  const retained = computeRetention(budgetCents, input.rule, ['rule'])
  const pays = splitOver(
    retained,
    amounts.map((amount) => BigInt(amount)),
    codes,
    ['members'],
  )
  const receives = codes.map((_, index) => (index === central ? retained : 0))
  return {
    lines: buildLines(codes, amounts, pays, receives),
    budgetCents,
    retainedCents: retained,
    remainingCents: budgetCents - retained,
  }
}
