// One step of the phase-in path (DOMAIN.md §6.2): amount = (1 − f) × historical + f × objective,
// per municipality. The blend keeps every cent: the exact blended amounts are the weights of one
// allocation of the year's total, never rounded one by one. Historical and objective must
// distribute the same total (the year's budget).
import { allocateCents, allocateExact } from './allocate.ts'
import { CalcError, formatPath } from './errors.ts'
import { decimalFraction, type Fraction } from './exact.ts'
import { requireFinite } from './guards.ts'
import { indexAmounts, type MunicipalityAmount } from './regions.ts'
import { itemAt } from './checked.ts'

/** Two distributions of the same total, checked and aligned on the objective's codes. Internal. */
export interface PreparedBlend {
  readonly codes: readonly string[]
  readonly historical: readonly number[]
  readonly objective: readonly number[]
  /** The largest amount of either: bounds the blend's weights. */
  readonly largestCents: number
  readonly totalCents: number
}

/**
 * Checks and aligns two distributions: codes unique, amounts valid cents, every historical code
 * among the objective codes (the municipalities), equal totals. Internal.
 */
export function prepareBlend(
  historical: readonly MunicipalityAmount[],
  objective: readonly MunicipalityAmount[],
): PreparedBlend {
  const historicalByCode = indexAmounts(historical, ['historical'])
  const objectiveByCode = indexAmounts(objective, ['objective'])
  historical.forEach((amount, index) => {
    if (!objectiveByCode.has(amount.code)) {
      const path = ['historical', index, 'code']
      throw new CalcError(
        'UNKNOWN_MUNICIPALITY',
        `${formatPath(path)} is ${amount.code}, which has no objective amount (not among the municipalities)`,
        { path, details: { municipalityCode: amount.code } },
      )
    }
  })
  let historicalTotal = 0n
  for (const cents of historicalByCode.values()) historicalTotal += BigInt(cents)
  let objectiveTotal = 0n
  for (const cents of objectiveByCode.values()) objectiveTotal += BigInt(cents)
  if (historicalTotal !== objectiveTotal) {
    throw new CalcError(
      'TOTAL_MISMATCH',
      `historical amounts sum to ${historicalTotal} cents but objective amounts to ${objectiveTotal} cents; a blend needs one total`,
      {
        path: ['historical'],
        details: {
          historicalCents: String(historicalTotal),
          objectiveCents: String(objectiveTotal),
        },
      },
    )
  }
  const codes = objective.map((amount) => amount.code)
  const historicalCents = codes.map((code) => historicalByCode.get(code) ?? 0)
  const objectiveCents = objective.map((amount) => amount.amountCents)
  return {
    codes,
    historical: historicalCents,
    objective: objectiveCents,
    largestCents: [...historicalCents, ...objectiveCents].reduce((a, b) => (b > a ? b : a), 0),
    totalCents: Number(objectiveTotal),
  }
}

/**
 * Blends a prepared pair at an exact fraction f in [0, 1]; amounts in the objective's order.
 * Internal.
 */
export function blendPrepared(prepared: PreparedBlend, fraction: Fraction): number[] {
  const { numerator, denominator } = fraction
  const keep = denominator - numerator
  const { historical, objective } = prepared
  // (d − n) × h + n × o ≤ d × the largest amount: in doubles while that is a safe integer.
  if (Number(denominator) * prepared.largestCents <= Number.MAX_SAFE_INTEGER) {
    const n = Number(numerator)
    const k = Number(keep)
    const weights = historical.map((h, index) => k * h + n * (objective[index] ?? 0))
    return allocateCents(prepared.totalCents, weights, prepared.codes, ['objective'])
  }
  const weights = historical.map(
    (h, index) => keep * BigInt(h) + numerator * BigInt(objective[index] ?? 0),
  )
  return allocateExact(prepared.totalCents, weights, prepared.codes, ['objective'])
}

/**
 * Blends two distributions of the same total (cents): (1 − fraction) × historical + fraction ×
 * objective per municipality, allocated so the result sums exactly to the total; order and codes
 * follow `objective`. Throws CalcError for bad cents, repeated codes, a historical code without
 * objective amount, unequal totals, or a fraction outside [0, 1].
 */
export function blendDistributions(input: {
  readonly historical: readonly MunicipalityAmount[]
  readonly objective: readonly MunicipalityAmount[]
  readonly fraction: number
}): MunicipalityAmount[] {
  const fraction = requireFinite(input.fraction, ['fraction'])
  if (fraction < 0 || fraction > 1) {
    throw new CalcError('OUT_OF_RANGE', `fraction must lie in [0, 1]; got ${fraction}`, {
      path: ['fraction'],
      details: { value: fraction, min: 0, max: 1 },
    })
  }
  const prepared = prepareBlend(input.historical, input.objective)
  const amounts = blendPrepared(prepared, decimalFraction(fraction))
  return prepared.codes.map((code, index) => ({ code, amountCents: itemAt(amounts, index) }))
}
