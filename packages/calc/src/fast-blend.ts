// The phase-in blend for many fractions over one prepared pair (issue 18, speed: the path of
// phase-in-path.ts and the batch of scenario-batch.ts). A step's amounts are the one allocator's split of the total T by the weights
// (d − n) × h_i + n × o_i, whose sum is d × T; so each share is exactly ((d − n) × h_i + n × o_i) / d:
// the floor and remainder of one small division, no gcd, no big products. The leftover cents go to
// the largest remainders, ties to the ascending code: the municipalities' code order is sorted once,
// and with a small d the threshold remainder is found by counting. The same cents as blendPrepared
// (property test in fast-blend.test.ts); outside the bounds it calls blendPrepared itself.
import { blendPrepared, type PreparedBlend } from './blend.ts'
import type { Fraction } from './exact.ts'
import { kthLargest } from './exact-number.ts'

/**
 * A prepared pair with the code order and scratch space of the fast blend. Internal. The batch
 * reuses one plan for every variation: it overwrites the amounts and sets the totals.
 */
export interface BlendPlan {
  readonly codes: readonly string[]
  totalCents: number
  largestCents: number
  readonly historical: Float64Array
  readonly objective: Float64Array
  /** Indices into the codes, in ascending code order (the allocator's tie-break). */
  readonly codeOrder: Int32Array
  readonly remainders: Float64Array
  readonly counts: Int32Array
}

const COUNTING_LIMIT = 4_096

/** Plans the fast blend of a checked pair (prepareBlend). */
export function planBlend(prepared: PreparedBlend): BlendPlan {
  const { codes } = prepared
  const codeOrder = Int32Array.from(codes.keys())
  // Municipalities usually come in code order already: then no sort.
  if (!codes.every((code, i) => i === 0 || (codes[i - 1] ?? '') < code)) {
    codeOrder.sort((a, b) => {
      const x = codes[a] ?? ''
      const y = codes[b] ?? ''
      return x < y ? -1 : x > y ? 1 : 0
    })
  }
  return {
    codes: prepared.codes,
    totalCents: prepared.totalCents,
    largestCents: prepared.largestCents,
    historical: Float64Array.from(prepared.historical),
    objective: Float64Array.from(prepared.objective),
    codeOrder,
    remainders: new Float64Array(prepared.codes.length),
    counts: new Int32Array(COUNTING_LIMIT),
  }
}

/**
 * The remainder threshold (the count-th largest of remainders in [0, d)) and how many remainders
 * lie above it; with a small d from the counts of each remainder.
 */
function threshold(plan: BlendPlan, d: number, count: number): { limit: number; above: number } {
  const remainders = plan.remainders
  if (d > COUNTING_LIMIT) {
    const limit = kthLargest(remainders, count)
    let above = 0
    for (let i = 0; i < remainders.length; i++) if ((remainders[i] ?? 0) > limit) above += 1
    return { limit, above }
  }
  const counts = plan.counts
  let seen = 0
  for (let value = d - 1; value > 0; value--) {
    const atValue = counts[value] ?? 0
    if (seen + atValue >= count) return { limit: value, above: seen }
    seen += atValue
  }
  return { limit: 0, above: seen }
}

/**
 * Writes the blend at fraction n/d into `out` (the codes' order), summing exactly to the total.
 * Returns `out`.
 */
export function blendInto(plan: BlendPlan, fraction: Fraction, out: Float64Array): Float64Array {
  const d = Number(fraction.denominator)
  const total = plan.totalCents
  // The rounded quotient is at most one too high, so q × d stays within d × (largest + 1).
  if (d * (plan.largestCents + 1) > Number.MAX_SAFE_INTEGER || total === 0) {
    const prepared: PreparedBlend = {
      codes: plan.codes,
      historical: Array.from(plan.historical),
      objective: Array.from(plan.objective),
      largestCents: plan.largestCents,
      totalCents: total,
    }
    out.set(blendPrepared(prepared, fraction))
    return out
  }
  const n = Number(fraction.numerator)
  // The ends are the two distributions themselves (year zero and the last step).
  if (n === 0) return (out.set(plan.historical), out)
  if (n === d) return (out.set(plan.objective), out)
  const keep = d - n
  const { historical, objective, remainders, counts } = plan
  const counting = d <= COUNTING_LIMIT
  if (counting) counts.fill(0, 0, d)
  const inverse = 1 / d
  let handedOut = 0
  for (let i = 0; i < out.length; i++) {
    // Exact: the weight is an integer at most d × the largest amount, a safe integer. The
    // estimate by the inverse is at most one off (d ≥ 2 here), so q × d stays a safe integer.
    const weight = keep * (historical[i] ?? 0) + n * (objective[i] ?? 0)
    let q = Math.floor(weight * inverse)
    let remainder = weight - q * d
    while (remainder < 0) {
      q -= 1
      remainder += d
    }
    while (remainder >= d) {
      q += 1
      remainder -= d
    }
    out[i] = q
    remainders[i] = remainder
    if (counting) {
      const slot = remainder | 0
      counts[slot] = (counts[slot] ?? 0) + 1
    }
    handedOut += q
  }
  const leftover = total - handedOut
  if (leftover === 0) return out
  const { limit, above } = threshold(plan, d, leftover)
  // One pass in ascending code order: a cent to every remainder above the threshold, and the
  // rest to the first remainders at it. About half lie above, at random: below 2^31 the test is
  // the sign bit of limit − remainder, without a branch to mispredict.
  let atLimit = leftover - above
  const order = plan.codeOrder
  const signBit = d <= 2 ** 31
  for (let k = 0; k < order.length; k++) {
    const index = order[k] ?? 0
    const remainder = remainders[index] ?? 0
    let add = signBit ? (limit - remainder) >>> 31 : Number(remainder > limit)
    if (remainder === limit && atLimit > 0) {
      add = 1
      atLimit -= 1
    }
    out[index] = (out[index] ?? 0) + add
  }
  return out
}
