// The one allocator prepared once for many totals over the same weights (issue 18, speed: the
// batch of scenario-batch.ts splits every variation's total over weights that do not vary). With a
// weight sum of at most 2^50 the reduction by gcd(total, sum) that allocateCents makes is skipped:
// it divides every remainder by the same number, so it changes neither a quotient nor the ranking
// of the remainders. The sum, the weights' Veltkamp splits, the key order of the tie-break and the
// scratch space are made once; the shares are then allocateCents' cents (property test in
// allocate-fast.test.ts). Outside those bounds it calls allocateCents itself. Internal.
import { allocateCents } from './allocate.ts'
import type { CalcErrorPath } from './errors.ts'
import { kthLargest, MAX_FAST_DIVISOR } from './exact-number.ts'

/** Writes the split of totalCents (non-negative safe integer cents) into out; returns out. */
export type PreparedAllocation = (totalCents: number, out: Float64Array) => Float64Array

const SPLITTER = 2 ** 27 + 1

function splitHigh(value: number): number {
  const t = SPLITTER * value
  return t - (t - value)
}

/** Prepares allocateCents over fixed weights (non-negative safe integers) and unique keys. */
export function prepareAllocation(
  weights: readonly number[],
  keys: readonly string[],
  path: CalcErrorPath,
): PreparedAllocation {
  let weightSum = 0
  for (const weight of weights) weightSum += weight
  // A sum of non-negative doubles that ends safe was exact at every step.
  if (weightSum === 0 || !Number.isSafeInteger(weightSum) || weightSum > MAX_FAST_DIVISOR) {
    return (totalCents, out) => (out.set(allocateCents(totalCents, weights, keys, path)), out)
  }
  const count = weights.length
  const w = Float64Array.from(weights)
  const wHigh = w.map(splitHigh)
  const wLow = w.map((value, i) => value - (wHigh[i] ?? 0))
  const d = weightSum
  const dHigh = splitHigh(d)
  const dLow = d - dHigh
  const keyOrder = Int32Array.from(keys.keys()).sort((a, b) => {
    const x = keys[a] ?? ''
    const y = keys[b] ?? ''
    return x < y ? -1 : x > y ? 1 : 0
  })
  const remainders = new Float64Array(count)
  const scratch = new Float64Array(count)

  return (totalCents, out) => {
    if (totalCents === 0) return (out.fill(0), out)
    const a = totalCents
    const aHigh = splitHigh(a)
    const aLow = a - aHigh
    const ratio = a / d
    let handedOut = 0
    for (let i = 0; i < count; i++) {
      // floor(a × w / d) and its remainder exactly, as exact-number.ts' divideProducts: the
      // products' rounding errors (Dekker) from the splits made once.
      const wi = w[i] ?? 0
      const wh = wHigh[i] ?? 0
      const wl = wLow[i] ?? 0
      let q = Math.floor(ratio * wi)
      const left = a * wi
      const leftError = aHigh * wh - left + aHigh * wl + aLow * wh + aLow * wl
      const qHigh = splitHigh(q)
      const qLow = q - qHigh
      const right = q * d
      const rightError = qHigh * dHigh - right + qHigh * dLow + qLow * dHigh + qLow * dLow
      let r = left - right + (leftError - rightError)
      while (r < 0) {
        q -= 1
        r += d
      }
      while (r >= d) {
        q += 1
        r -= d
      }
      out[i] = q
      remainders[i] = r
      handedOut += q
    }
    const leftover = totalCents - handedOut
    if (leftover === 0) return out
    // Remainders are exact, so one threshold splits winners from ties; ties by ascending key.
    const threshold = kthLargest(remainders, leftover, scratch)
    let given = 0
    for (let i = 0; i < count; i++) {
      if ((remainders[i] ?? 0) > threshold) {
        out[i] = (out[i] ?? 0) + 1
        given += 1
      }
    }
    for (let k = 0; given < leftover && k < count; k++) {
      const index = keyOrder[k] ?? 0
      if (remainders[index] === threshold) {
        out[index] = (out[index] ?? 0) + 1
        given += 1
      }
    }
    return out
  }
}
