// Compensation afterwards of locally paid support (seed 004, Midden-Holland; DOMAIN.md §6.6): from
// the BW budget the centrumgemeente pays only the beds; all other intensive support is indicated
// and paid locally and compensated afterwards from the BW budget. When the claims exceed what is
// left after the beds, each claim is compensated pro rata by the one allocator (our reading; the
// seed names a "compensatieregeling" without its shortfall rule). What remains after beds and
// compensation stays with the centrumgemeente, the budget holder. Flows: pays = own amount (pooled
// into the BW budget); receives = compensation (+ the remainder for the centre).
import { CalcError } from './errors.ts'
import { requireCents, toSafeNumber } from './guards.ts'
import {
  buildLines,
  readMembers,
  requireMemberIndex,
  splitOver,
  type SharingLine,
  type SharingMember,
} from './sharing-common.ts'
import { itemAt } from './checked.ts'

/**
 * Input of compensateLocalSupport: members with own amounts and locally paid support (cents), the
 * centre, the bed costs.
 */
export interface LocalCompensationInput {
  readonly members: readonly SharingMember[]
  readonly centralMunicipalityCode: string
  readonly bedCostsCents: number
}

/** A line with the member's claim and the part of it left uncompensated (cents). */
export interface LocalCompensationLine extends SharingLine {
  readonly localSupportCents: number
  readonly uncompensatedCents: number
}

/**
 * Outcome: lines and the budget's use; budget = beds + compensated + remainder, and Σ result =
 * budget − beds.
 */
export interface LocalCompensationResult {
  readonly lines: readonly LocalCompensationLine[]
  readonly budgetCents: number
  readonly bedCostsCents: number
  readonly claimedCents: number
  readonly compensatedCents: number
  readonly remainderCents: number
}

/**
 * Compensates members' locally paid support (cents) afterwards from the pooled BW budget after the
 * beds, pro rata the claims when short. Throws CalcError for bad cents, no members, repeated codes,
 * a missing claim (MISSING_VALUE), a centrumgemeente that is not a member, or bed costs above the
 * budget (EXCEEDS_TOTAL).
 */
export function compensateLocalSupport(input: LocalCompensationInput): LocalCompensationResult {
  const { codes, amounts, budgetCents } = readMembers(input.members)
  const central = requireMemberIndex(codes, input.centralMunicipalityCode, [
    'centralMunicipalityCode',
  ])
  const bedCosts = requireCents(input.bedCostsCents, ['bedCostsCents'])
  if (bedCosts > budgetCents) {
    throw new CalcError(
      'EXCEEDS_TOTAL',
      `bed costs of ${bedCosts} cents exceed the BW budget of ${budgetCents} cents`,
      {
        path: ['bedCostsCents'],
        details: { bedCostsCents: bedCosts, budgetCents },
      },
    )
  }
  const claims = input.members.map((member, index) => {
    const path = ['members', index, 'localSupportCents']
    if (member.localSupportCents === undefined) {
      throw new CalcError(
        'MISSING_VALUE',
        `members[${index}].localSupportCents is missing for ${member.code}`,
        {
          path,
          details: { municipalityCode: member.code },
        },
      )
    }
    return requireCents(member.localSupportCents, path)
  })
  let claimedTotal = 0n
  for (const claim of claims) claimedTotal += BigInt(claim)
  const claimed = toSafeNumber(claimedTotal, ['members', 'localSupportCents'])
  const available = budgetCents - bedCosts
  const compensation =
    claimed <= available
      ? claims
      : splitOver(
          available,
          claims.map((claim) => BigInt(claim)),
          codes,
          ['members'],
        )
  const compensated = Math.min(claimed, available)
  const remainder = available - compensated
  const receives = compensation.map((cents, index) => cents + (index === central ? remainder : 0))
  return {
    lines: buildLines(codes, amounts, amounts, receives).map((line, index) => ({
      ...line,
      localSupportCents: itemAt(claims, index),
      uncompensatedCents: itemAt(claims, index) - itemAt(compensation, index),
    })),
    budgetCents,
    bedCostsCents: bedCosts,
    claimedCents: claimed,
    compensatedCents: compensated,
    remainderCents: remainder,
  }
}
