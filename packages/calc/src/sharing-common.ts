// What every regional sharing model (DOMAIN.md §6.6, seed 004) takes and returns. A member brings
// its own amount (what the fund pays it this year, e.g. from the phase-in path; historically only
// the centrumgemeente has one); the model says what it pays into the regional arrangement and
// receives from it. Per line: bears = pays − receives (its net burden) and result = amount − bears
// (what it ends up with).
import { allocateExact } from './allocate.ts'
import { CalcError, formatPath, type CalcErrorPath } from './errors.ts'
import {
  isCents,
  requireCents,
  requireCount,
  requireSafeResult,
  requireUniqueKeys,
  toSafeNumber,
} from './guards.ts'
import { itemAt } from './checked.ts'

/** A region member as a sharing model sees it; the optional fields are bases some models need. */
export interface SharingMember {
  readonly code: string
  readonly amountCents: number
  readonly inhabitants?: number
  readonly wmoIntegrationPaymentCents?: number
  readonly objectiveAmountCents?: number
  readonly localSupportCents?: number
}

/**
 * One member's outcome: own amount, pays into / receives from the arrangement, bears = pays −
 * receives, result = amount − bears.
 */
export interface SharingLine {
  readonly code: string
  readonly amountCents: number
  readonly paysCents: number
  readonly receivesCents: number
  readonly bearsCents: number
  readonly resultCents: number
}

/**
 * What a passend aandeel (or a retention) is measured by: inhabitants, the Wmo integration payment,
 * the objective amount.
 */
export type ShareBase = 'inhabitants' | 'wmoIntegrationPayment' | 'objectiveAmount'

const BASE_FIELD = {
  inhabitants: 'inhabitants',
  wmoIntegrationPayment: 'wmoIntegrationPaymentCents',
  objectiveAmount: 'objectiveAmountCents',
} as const satisfies Record<ShareBase, keyof SharingMember>

/**
 * Checks members (non-empty, unique codes, valid cents) and returns their codes and own amounts.
 * Internal.
 */
export function readMembers(
  members: readonly SharingMember[],
  path: CalcErrorPath = ['members'],
): { codes: string[]; amounts: number[]; budgetCents: number } {
  if (members.length === 0) {
    throw new CalcError(
      'EMPTY_REGION',
      `${formatPath(path)} is empty: a sharing model needs at least one member`,
      {
        path,
        details: { members: 0 },
      },
    )
  }
  const codes = members.map((member) => member.code)
  requireUniqueKeys(codes, path, 'code')
  const amounts = members.map((member, index) =>
    isCents(member.amountCents)
      ? member.amountCents
      : requireCents(member.amountCents, [...path, index, 'amountCents']),
  )
  let budget = 0n
  for (const amount of amounts) budget += BigInt(amount)
  return { codes, amounts, budgetCents: toSafeNumber(budget, [...path, 'amountCents']) }
}

/**
 * Each member's value of a base as a weight; throws MISSING_VALUE when a member lacks it. Internal.
 */
export function baseWeights(
  members: readonly SharingMember[],
  base: ShareBase,
  path: CalcErrorPath = ['members'],
): bigint[] {
  const field = BASE_FIELD[base]
  return members.map((member, index) => {
    const value = member[field]
    const fieldPath = [...path, index, field]
    if (value === undefined) {
      throw new CalcError(
        'MISSING_VALUE',
        `${formatPath(fieldPath)} is missing: sharing by ${base} needs it for ${member.code}`,
        { path: fieldPath, details: { municipalityCode: member.code, base } },
      )
    }
    return BigInt(
      base === 'inhabitants' ? requireCount(value, fieldPath) : requireCents(value, fieldPath),
    )
  })
}

/** Splits cents over members by weights with the one allocator. Internal. */
export function splitOver(
  cents: number,
  weights: readonly bigint[],
  codes: readonly string[],
  path: CalcErrorPath,
): number[] {
  return allocateExact(cents, weights, codes, path)
}

/**
 * The index of the centrumgemeente among the members; throws UNKNOWN_MUNICIPALITY when absent.
 * Internal.
 */
export function requireMemberIndex(
  codes: readonly string[],
  code: string,
  path: CalcErrorPath,
): number {
  const index = codes.indexOf(code)
  if (index === -1) {
    throw new CalcError(
      'UNKNOWN_MUNICIPALITY',
      `${formatPath(path)} is ${code}, which is not among the region's members (${codes.join(', ')})`,
      { path, details: { municipalityCode: code } },
    )
  }
  return index
}

/** Builds the lines from own amounts and the pays/receives columns. Internal. */
export function buildLines(
  codes: readonly string[],
  amounts: readonly number[],
  pays: readonly number[],
  receives: readonly number[],
): SharingLine[] {
  return codes.map((code, index) => {
    const amountCents = itemAt(amounts, index)
    const paysCents = itemAt(pays, index)
    const receivesCents = itemAt(receives, index)
    const path = ['members', index]
    const bearsCents = requireSafeResult(paysCents - receivesCents, [...path, 'bearsCents'])
    const resultCents = requireSafeResult(amountCents - bearsCents, [...path, 'resultCents'])
    return { code, amountCents, paysCents, receivesCents, bearsCents, resultCents }
  })
}
