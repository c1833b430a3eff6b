// Exact integer arithmetic in plain doubles, for the allocator's fast path (issue 18, speed).
// floor(a × b / d) and its remainder are exact for non-negative integers a, b < 2^53 and
// 0 < d ≤ 2^50, although a × b can reach 2^106: the product is split error-free into a double and
// its rounding error (Dekker's TwoProduct), and the remainder a × b − q × d, a small integer, is
// rebuilt from those parts without rounding. Callers outside these bounds use bigint (exact.ts).
// Internal: not re-exported.

/**
 * The largest divisor the fast path accepts: the quotient's estimate is off by a few units at most,
 * so the uncorrected remainder stays well inside ±2^53, where doubles are exact integers.
 */
export const MAX_FAST_DIVISOR = 2 ** 50

const SPLITTER = 2 ** 27 + 1

/** The rounding error of fl(a × b): a × b − fl(a × b), exactly (Dekker, Veltkamp split). */
function productError(a: number, b: number, product: number): number {
  let t = SPLITTER * a
  const aHigh = t - (t - a)
  const aLow = a - aHigh
  t = SPLITTER * b
  const bHigh = t - (t - b)
  const bLow = b - bHigh
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow
}

/**
 * a × b − q × d, exactly, when the true value lies in (−2^53, 2^53) and a, b, q, d are non-negative
 * integers below 2^53. Both products are integers; their rounded parts are within a factor 2 of each
 * other (Sterbenz: their difference is exact) and their errors are integers of at most 2^52.
 */
function productDifference(a: number, b: number, q: number, d: number): number {
  const left = a * b
  const right = q * d
  return left - right + (productError(a, b, left) - productError(q, d, right))
}

/** The greatest common divisor of two non-negative safe integers. */
export function gcdNumber(a: number, b: number): number {
  let x = a
  let y = b
  while (y !== 0) {
    const r = x % y
    x = y
    y = r
  }
  return x
}

/**
 * Writes floor(a × w / d) and (a × w) mod d for every w into quotients and remainders; a and every
 * w non-negative integers below 2^53, d an integer in 1..MAX_FAST_DIVISOR. Returns Σ quotients.
 */
export function divideProducts(
  a: number,
  weights: ArrayLike<number>,
  d: number,
  quotients: Float64Array,
  remainders: Float64Array,
): number {
  const ratio = a / d
  let handedOut = 0
  for (let index = 0; index < weights.length; index++) {
    const w = weights[index] ?? 0
    // The estimate is within a few units of the true quotient; the exact remainder corrects it.
    let q = Math.floor(ratio * w)
    let r = productDifference(a, w, q, d)
    while (r < 0) {
      q -= 1
      r += d
    }
    while (r >= d) {
      q += 1
      r -= d
    }
    quotients[index] = q
    remainders[index] = r
    handedOut += q
  }
  return handedOut
}

/**
 * The value of the count-th largest entry of values (count in 1..length), by quickselect on a
 * scratch copy (into `into` when given, of values' length); values themselves are left as they are.
 */
export function kthLargest(values: Float64Array, count: number, into?: Float64Array): number {
  const scratch = into ?? new Float64Array(values.length)
  scratch.set(values)
  let low = 0
  let high = scratch.length - 1
  const target = scratch.length - count
  while (low < high) {
    const pivot = scratch[(low + high) >> 1] ?? 0
    let i = low
    let j = high
    while (i <= j) {
      while ((scratch[i] ?? 0) < pivot) i++
      while ((scratch[j] ?? 0) > pivot) j--
      if (i <= j) {
        const swap = scratch[i] ?? 0
        scratch[i] = scratch[j] ?? 0
        scratch[j] = swap
        i++
        j--
      }
    }
    if (target <= j) high = j
    else if (target >= i) low = i
    else break
  }
  return scratch[target] ?? 0
}

/**
 * numerator / denominator rounded to the nearest integer, halves away from zero, like exact.ts'
 * divideRounded; null when |numerator| + denominator is not a safe integer (the caller uses bigint).
 */
export function divideRoundedNumber(numerator: number, denominator: number): number | null {
  const magnitude = Math.abs(numerator)
  if (!Number.isSafeInteger(magnitude + denominator) || denominator <= 0) return null
  let quotient = Math.floor(magnitude / denominator)
  let remainder = magnitude - quotient * denominator
  if (remainder < 0) {
    quotient -= 1
    remainder += denominator
  } else if (remainder >= denominator) {
    quotient += 1
    remainder -= denominator
  }
  if (2 * remainder >= denominator) quotient += 1
  return numerator < 0 ? 0 - quotient : quotient
}
