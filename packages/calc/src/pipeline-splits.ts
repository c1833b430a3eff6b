// The pipeline's splits of one budget year (DOMAIN.md §6.0, §6.3): shares of a total by the one
// allocator, the net historical amount after the Wlz withdrawal, and the MO blend. Internal.
import { allocateCents } from './allocate.ts'
import { blendPrepared, prepareBlend } from './blend.ts'
import { CalcError, formatPath } from './errors.ts'
import type { Fraction } from './exact.ts'
import { isCents, requireCents, requireUniqueKeys } from './guards.ts'
import type { MoDistribution } from './mo-budget.ts'
import type { MunicipalityAmount } from './regions.ts'
import { itemAt } from './checked.ts'

export function requireNotAbove(amount: number, limit: number, field: string, what: string): void {
  if (amount > limit) {
    throw new CalcError(
      'EXCEEDS_TOTAL',
      `${field} takes ${amount} cents, more than ${what} (${limit} cents)`,
      {
        path: [field],
        details: { amountCents: amount, limitCents: limit },
      },
    )
  }
}

export function allocateShares(
  totalCents: number,
  shares: readonly MunicipalityAmount[],
  field: string,
): MunicipalityAmount[] {
  const codes = shares.map((share) => share.code)
  requireUniqueKeys(codes, [field], 'code')
  const weights = shares.map((share, index) =>
    isCents(share.amountCents)
      ? share.amountCents
      : requireCents(share.amountCents, [field, index, 'amountCents']),
  )
  const amounts = allocateCents(totalCents, weights, codes, [field])
  return codes.map((code, index) => ({ code, amountCents: itemAt(amounts, index) }))
}

// Net historical amount per centrumgemeente: its share of the budget after the top-slice, less its
// Wlz withdrawal.
export function netHistorical(
  shares: readonly MunicipalityAmount[],
  gross: readonly MunicipalityAmount[],
  wlzShares: readonly MunicipalityAmount[],
  withdrawn: readonly MunicipalityAmount[],
): MunicipalityAmount[] {
  const withdrawnByCode = new Map(withdrawn.map((amount) => [amount.code, amount.amountCents]))
  const known = new Set(shares.map((share) => share.code))
  wlzShares.forEach((share, index) => {
    if (!known.has(share.code)) {
      const path = ['wlzShares', index, 'code']
      throw new CalcError(
        'UNKNOWN_MUNICIPALITY',
        `${formatPath(path)} is ${share.code}, which has no historical share`,
        {
          path,
          details: { municipalityCode: share.code },
        },
      )
    }
  })
  return gross.map(({ code, amountCents }, index) => {
    const net = amountCents - (withdrawnByCode.get(code) ?? 0)
    if (net < 0) {
      throw new CalcError(
        'EXCEEDS_TOTAL',
        `the Wlz withdrawal of ${withdrawnByCode.get(code)} cents for ${code} exceeds its historical amount of ${amountCents} cents`,
        { path: ['wlzShares'], details: { municipalityCode: code, historicalIndex: index } },
      )
    }
    return { code, amountCents: net }
  })
}

/** MO's historical and objective distributions blended for the year's step. */
export function blendMo(mo: MoDistribution, fraction: Fraction) {
  const prepared = prepareBlend(mo.historical, mo.objective)
  const amounts = blendPrepared(prepared, fraction)
  return { ...mo, blended: prepared.codes.map((code, i) => ({ code, amountCents: itemAt(amounts, i) })) }
}
