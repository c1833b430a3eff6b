// The one allocator (STYLE.md §6, DESIGN.md Data): largest remainder, ties to the ascending key.
// Every calc rule that splits money calls it, so parts always add up to the total to the cent.
// Structure after dinero's `distribute.ts`, but with our ranking: floor every exact share, then
// hand the leftover cents one each to the largest remainders, ties broken by the key in ascending
// code-unit order ('GM0014' before 'GM0034'). Shares are computed exactly: €4 billion in cents ×
// 244,829 inhabitants is above 2^53, so products are split error-free in doubles where that is
// provably exact (exact-number.ts) and computed in bigint otherwise.
import { CalcError, formatPath, type CalcErrorPath } from './errors.ts'
import { scaleWeights } from './exact.ts'
import { divideProducts, gcdNumber, kthLargest, MAX_FAST_DIVISOR } from './exact-number.ts'
import { isWeight, requireCents, requireUniqueKeys, requireWeight } from './guards.ts'
import { itemAt } from './checked.ts'

/** One recipient of an allocation: a stable key (a municipality code) and a non-negative weight. */
export interface AllocationEntry {
  readonly key: string
  readonly weight: number | bigint
}

/** One recipient's share in whole cents. */
export interface Allocation {
  readonly key: string
  readonly amountCents: number
}

/**
 * Splits totalCents (non-negative integer cents) over entries pro rata weight by largest remainder,
 * ties to the ascending key; returns one share per entry in input order, summing exactly to
 * totalCents. Throws CalcError on a bad total, a negative or non-finite weight, a repeated key, or
 * a positive total over weights that sum to zero.
 */
export function allocate(
  totalCents: number,
  entries: readonly AllocationEntry[],
  path: CalcErrorPath = ['entries'],
): Allocation[] {
  requireCents(totalCents, ['totalCents'])
  const keys = entries.map((entry) => entry.key)
  requireUniqueKeys(keys, path, 'key')
  entries.forEach((entry, index) => {
    if (!isWeight(entry.weight)) requireWeight(entry.weight, [...path, index, 'weight'])
  })
  const weights = entries.map((entry) => entry.weight)
  const amounts = weights.every(
    (weight) => typeof weight === 'number' && Number.isSafeInteger(weight),
  )
    ? allocateCents(totalCents, weights.map(Number), keys, path)
    : allocateExact(totalCents, scaleWeights(weights), keys, path)
  return entries.map((entry, index) => ({ key: entry.key, amountCents: itemAt(amounts, index) }))
}

/**
 * The allocator's core over validated input with safe-integer weights: in plain doubles when that is
 * provably exact (exact-number.ts; after dividing total and weight sum by their gcd: total × weight
 * below 2^53 × 2^53 and the reduced weight sum at most 2^50), otherwise in bigint. Both give the
 * same cents (property test). Internal.
 */
export function allocateCents(
  totalCents: number,
  weights: readonly number[],
  keys: readonly string[],
  path: CalcErrorPath,
): number[] {
  let weightSum = 0
  for (const weight of weights) weightSum += weight
  // A sum of non-negative doubles that ends safe was exact at every step.
  if (totalCents === 0 || weightSum === 0 || !Number.isSafeInteger(weightSum)) {
    return allocateBigInt(totalCents, weights.map(BigInt), keys, path)
  }
  const divisor = gcdNumber(totalCents, weightSum)
  const reducedSum = weightSum / divisor
  if (reducedSum > MAX_FAST_DIVISOR) {
    return allocateBigInt(totalCents, weights.map(BigInt), keys, path)
  }
  const count = weights.length
  const quotients = new Float64Array(count)
  const remainders = new Float64Array(count)
  const handedOut = divideProducts(totalCents / divisor, weights, reducedSum, quotients, remainders)
  const amounts = Array.from(quotients)
  const leftover = totalCents - handedOut
  if (leftover === 0) return amounts
  // Remainders are exact here, so one threshold splits winners from ties, ranked by key.
  const threshold = kthLargest(remainders, leftover)
  const tied: number[] = []
  let given = 0
  for (let index = 0; index < count; index++) {
    const remainder = remainders[index] ?? 0
    if (remainder > threshold) {
      amounts[index] = (amounts[index] ?? 0) + 1
      given += 1
    } else if (remainder === threshold) tied.push(index)
  }
  if (given < leftover) {
    tied.sort((a, b) => compareKeys(keys[a] ?? '', keys[b] ?? ''))
    for (const index of tied.slice(0, leftover - given)) amounts[index] = (amounts[index] ?? 0) + 1
  }
  return amounts
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The allocator's core over validated input: totalCents a non-negative safe integer, weights
 * non-negative integers, keys unique. Internal: other calc files call it to skip re-validation.
 * Weights that sum to a safe integer take allocateCents' fast path.
 */
export function allocateExact(
  totalCents: number,
  weights: readonly bigint[],
  keys: readonly string[],
  path: CalcErrorPath,
): number[] {
  let weightSum = 0n
  for (const weight of weights) weightSum += weight
  if (weightSum > 0n && weightSum <= MAX_SAFE) {
    return allocateCents(totalCents, weights.map(Number), keys, path)
  }
  return allocateBigInt(totalCents, weights, keys, path)
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * The allocator in bigint only: exact for any weights. Every other path must give its cents (the
 * property test in allocate-fast.test.ts). Internal.
 */
export function allocateBigInt(
  totalCents: number,
  weights: readonly bigint[],
  keys: readonly string[],
  path: CalcErrorPath,
): number[] {
  const count = weights.length
  const amounts = new Array<number>(count).fill(0)
  if (totalCents === 0) return amounts
  let weightSum = 0n
  for (const weight of weights) weightSum += weight
  if (weightSum === 0n) {
    throw new CalcError(
      'ZERO_TOTAL_WEIGHT',
      `cannot split ${totalCents} cents over ${formatPath(path)}: ${count} entries whose weights sum to 0`,
      { path, details: { totalCents, entries: count } },
    )
  }
  const total = BigInt(totalCents)
  const remainders = new Array<bigint>(count)
  let handedOut = 0n
  for (let index = 0; index < count; index++) {
    const product = total * itemAt(weights, index)
    const floor = product / weightSum
    amounts[index] = Number(floor)
    remainders[index] = product - floor * weightSum
    handedOut += floor
  }
  const leftover = Number(total - handedOut)
  if (leftover === 0) return amounts
  // leftover < the number of positive remainders, because each remainder is below one whole cent.
  for (const index of pickLargestRemainders(remainders, weightSum, keys, leftover))
    amounts[index] = itemAt(amounts, index) + 1
  return amounts
}

// The `count` indices with the largest remainders, ties to the ascending key. A native sort of
// doubles finds the threshold: remainders shifted right so the weight sum fits 53 bits keep their
// order (strictly larger double means strictly larger remainder). Only the entries at the threshold
// are then ranked exactly, in bigint and by key.
function pickLargestRemainders(
  remainders: readonly bigint[],
  weightSum: bigint,
  keys: readonly string[],
  count: number,
): number[] {
  const shift = BigInt(Math.max(0, weightSum.toString(2).length - 53))
  const coarse = remainders.map((remainder) => Number(remainder >> shift))
  const sorted = Float64Array.from(coarse).sort()
  const threshold = itemAt(sorted, sorted.length - count)
  const winners: number[] = []
  const tied: number[] = []
  coarse.forEach((value, index) => {
    if (value > threshold) winners.push(index)
    else if (value === threshold) tied.push(index)
  })
  tied.sort((a, b) => {
    const ra = itemAt(remainders, a)
    const rb = itemAt(remainders, b)
    if (ra !== rb) return ra > rb ? -1 : 1
    return itemAt(keys, a) < itemAt(keys, b) ? -1 : itemAt(keys, a) > itemAt(keys, b) ? 1 : 0
  })
  return [...winners, ...tied.slice(0, count - winners.length)]
}
