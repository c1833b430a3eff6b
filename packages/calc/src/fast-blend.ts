// The phase-in blend for many fractions over one prepared pair (issue 18, speed: the batch of
// scenario-batch.ts). A step's amounts are the one allocator's split of the total T by the weights
// (d − n) × h_i + n × o_i, whose sum is d × T; so each share is exactly ((d − n) × h_i + n × o_i) / d:
// the floor and remainder of one small division, no gcd, no big products. The leftover cents go to
// the largest remainders, ties to the ascending code: the municipalities' code order is sorted once,
// and with a small d the threshold remainder is found by counting. The same cents as blendPrepared
// (property test in scenario-batch.test.ts); outside the bounds it calls blendPrepared itself.
import { blendPrepared, type PreparedBlend } from './blend.ts'
import type { Fraction } from './exact.ts'
import { kthLargest } from './exact-number.ts'

/** A prepared pair with the code order and scratch space of the fast blend. Internal. */
export interface BlendPlan {
  readonly codes: readonly string[]
  readonly totalCents: number
  readonly largestCents: number
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
  const codeOrder = Int32Array.from(prepared.codes.keys()).sort((a, b) => {
    const x = prepared.codes[a] ?? ''
    const y = prepared.codes[b] ?? ''
    return x < y ? -1 : x > y ? 1 : 0
  })
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
  let handedOut = 0
  for (let i = 0; i < out.length; i++) {
    // Exact: the weight is an integer at most d × the largest amount, a safe integer.
    const weight = keep * (historical[i] ?? 0) + n * (objective[i] ?? 0)
    const quotient = Math.floor(weight / d)
    let remainder = weight - quotient * d
    let q = quotient
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
    if (counting) counts[remainder] = (counts[remainder] ?? 0) + 1
    handedOut += q
  }
  const leftover = total - handedOut
  if (leftover === 0) return out
  const { limit, above } = threshold(plan, d, leftover)
  for (let i = 0; i < out.length; i++) if ((remainders[i] ?? 0) > limit) out[i] = (out[i] ?? 0) + 1
  // The rest go to the remainders at the threshold, in ascending code order.
  let atLimit = leftover - above
  const order = plan.codeOrder
  for (let k = 0; atLimit > 0 && k < order.length; k++) {
    const index = order[k] ?? 0
    if (remainders[index] === limit) {
      out[index] = (out[index] ?? 0) + 1
      atLimit -= 1
    }
  }
  return out
}
