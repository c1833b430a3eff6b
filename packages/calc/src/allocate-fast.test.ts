// The plain-number fast paths against the bigint allocator (issue 18, speed): the same cents on
// random inputs, at the edges of the fast path's bounds, for its two primitives and for the
// allocation prepared once over fixed weights (the blends: fast-blend.test.ts). Kept cheap (it runs on a busy shared machine): small
// inputs and modest run counts, with the cases that matter (ties, sums beyond 2^53 and at 2^50,
// zeros, the largest values) given as explicit examples so every run checks them.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateBigInt, allocateCents, allocateExact } from './allocate.ts'
import { prepareAllocation } from './allocate-prepared.ts'
import { divideRounded } from './exact.ts'
import {
  divideProducts,
  divideRoundedNumber,
  kthLargest,
  MAX_FAST_DIVISOR,
} from './exact-number.ts'
import { municipalityCodes } from './fixtures/arbitraries.ts'

const MAX = Number.MAX_SAFE_INTEGER

/** Weights of every size: small, cents-like, near 2^53; many equal ones (ties). */
const weight = fc.oneof(
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: 500_000_000_000 }),
  fc.integer({ min: 0, max: MAX }),
  fc.constant(7),
)

const total = fc.oneof(
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: 0, max: 500_000_000_000 }),
  fc.integer({ min: 0, max: MAX }),
)

interface Problem {
  keys: string[]
  totalCents: number
  weights: number[]
}

function problem(maxLength: number): fc.Arbitrary<Problem> {
  return fc
    .tuple(municipalityCodes(maxLength), total)
    .chain(([keys, totalCents]) =>
      fc
        .array(weight, { minLength: keys.length, maxLength: keys.length })
        .map((weights) => ({ keys, totalCents, weights })),
    )
}

/** Weight sums just below and above 2^50 (the fast path's largest divisor). */
const edge: fc.Arbitrary<Problem> = fc
  .tuple(municipalityCodes(8), fc.integer({ min: 1, max: MAX }), fc.integer({ min: -3, max: 3 }))
  .map(([keys, totalCents, offset]) => {
    const share = Math.floor(MAX_FAST_DIVISOR / keys.length)
    const weights = keys.map((_, index) => share + (index === 0 ? offset + 3 : 0))
    return { keys, totalCents, weights }
  })

const KEYS = ['GM0003', 'GM0001', 'GM0004', 'GM0002']
const QUARTER = MAX_FAST_DIVISOR / 4
/** The cases every run checks, whatever fast-check draws. */
const EXAMPLES: Problem[] = [
  // Ties everywhere, broken by key (keys not in code order).
  { keys: KEYS, totalCents: 7, weights: [7, 7, 7, 7] },
  { keys: KEYS, totalCents: 1_000_000_001, weights: [1, 1, 1, 1] },
  // A weight sum beyond 2^53: the bigint path.
  { keys: KEYS, totalCents: MAX, weights: [MAX, MAX, 1, 0] },
  // Sums at 2^50 and one above.
  { keys: KEYS, totalCents: MAX, weights: [QUARTER, QUARTER, QUARTER, QUARTER] },
  { keys: KEYS, totalCents: MAX - 2, weights: [QUARTER + 1, QUARTER, QUARTER, QUARTER] },
  // Zeros: no total, and a total over weights that sum to zero (an error).
  { keys: KEYS, totalCents: 0, weights: [3, 0, 5, 1] },
  { keys: KEYS, totalCents: 12, weights: [0, 0, 0, 0] },
  // One recipient, the largest total.
  { keys: ['GM0363'], totalCents: MAX, weights: [MAX] },
]

function bigintOracle(totalCents: number, weights: readonly number[], keys: readonly string[]) {
  try {
    return allocateBigInt(totalCents, weights.map(BigInt), keys, ['entries'])
  } catch (error) {
    return String(error)
  }
}

function fast(totalCents: number, weights: readonly number[], keys: readonly string[]) {
  try {
    return allocateCents(totalCents, weights, keys, ['entries'])
  } catch (error) {
    return String(error)
  }
}

describe('allocateCents (plain numbers, bigint only when a bound could overflow)', () => {
  it('gives exactly the bigint allocator’s cents on random inputs (fast-check)', () => {
    fc.assert(
      fc.property(problem(24), ({ keys, totalCents, weights }) => {
        expect(fast(totalCents, weights, keys)).toEqual(bigintOracle(totalCents, weights, keys))
      }),
      { numRuns: 500, examples: EXAMPLES.map((example) => [example]) },
    )
  })

  it('agrees at the fast path’s edge: weight sums just below and above 2^50 (fast-check)', () => {
    fc.assert(
      fc.property(edge, ({ keys, totalCents, weights }) => {
        expect(fast(totalCents, weights, keys)).toEqual(bigintOracle(totalCents, weights, keys))
      }),
      { numRuns: 300 },
    )
  })

  it('agrees on large realistic splits: €1.6 bn over 342 cent-sized weights', () => {
    const keys = Array.from({ length: 342 }, (_, i) => `GM${String(i).padStart(4, '0')}`)
    const weights = keys.map((_, i) => ((i * 2_654_435_761) % 9_000_000_000) + 1_000_000)
    const totalCents = 160_000_000_017
    const amounts = fast(totalCents, weights, keys)
    expect(amounts).toEqual(bigintOracle(totalCents, weights, keys))
  })

  it('is what allocateExact gives for bigint weights that fit (its dispatcher)', () => {
    fc.assert(
      fc.property(problem(16), ({ keys, totalCents, weights }) => {
        let viaExact: number[] | string
        try {
          viaExact = allocateExact(totalCents, weights.map(BigInt), keys, ['entries'])
        } catch (error) {
          viaExact = String(error)
        }
        expect(viaExact).toEqual(bigintOracle(totalCents, weights, keys))
      }),
      { numRuns: 200, examples: EXAMPLES.map((example) => [example]) },
    )
  })
})

describe('prepareAllocation (many totals over the same weights)', () => {
  it('gives allocateCents’ cents for every total, in and outside its bounds (fast-check)', () => {
    const arbitrary = fc.tuple(
      fc.oneof(problem(24), edge),
      fc.array(total, { minLength: 1, maxLength: 4 }),
    )
    const examples = EXAMPLES.map((e): [[Problem, number[]]] => [[e, [e.totalCents, 0, 1, MAX]]])
    fc.assert(
      fc.property(arbitrary, ([{ keys, weights }, totals]) => {
        const prepared = prepareAllocation(weights, keys, ['entries'])
        for (const totalCents of totals) {
          let split: number[] | string
          try {
            split = Array.from(prepared(totalCents, new Float64Array(keys.length)))
          } catch (error) {
            split = String(error)
          }
          expect(split).toEqual(fast(totalCents, weights, keys))
        }
      }),
      { numRuns: 300, examples },
    )
  })
})

describe('divideProducts and kthLargest', () => {
  it('gives floor(a × w / d) and the remainder exactly, though a × w reaches 2^106 (fast-check)', () => {
    const arbitrary = fc.tuple(
      fc.integer({ min: 0, max: MAX }),
      fc.integer({ min: 0, max: MAX }),
      fc.integer({ min: 1, max: MAX_FAST_DIVISOR }),
    )
    fc.assert(
      fc.property(arbitrary, ([a, w, d]) => {
        // Only quotients that are safe integers are asked for: the allocator's are at most its total.
        fc.pre((BigInt(a) * BigInt(w)) / BigInt(d) <= BigInt(MAX))
        const quotients = new Float64Array(1)
        const remainders = new Float64Array(1)
        divideProducts(a, [w], d, quotients, remainders)
        const product = BigInt(a) * BigInt(w)
        expect(BigInt(quotients[0] ?? -1)).toBe(product / BigInt(d))
        expect(BigInt(remainders[0] ?? -1)).toBe(product % BigInt(d))
      }),
      {
        numRuns: 1_000,
        examples: [
          [[MAX, MAX_FAST_DIVISOR, MAX_FAST_DIVISOR]],
          [[MAX, MAX_FAST_DIVISOR - 1, MAX_FAST_DIVISOR]],
          [[MAX, 1, 1]],
          [[0, MAX, 7]],
          [[MAX - 1, MAX_FAST_DIVISOR / 2 + 1, MAX_FAST_DIVISOR]],
        ],
      },
    )
  })

  it('rounds a quotient half away from zero as the bigint divideRounded does (fast-check)', () => {
    const arbitrary = fc.tuple(
      fc.oneof(fc.integer({ min: -1_000, max: 1_000 }), fc.integer({ min: -MAX, max: MAX })),
      fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: MAX })),
    )
    fc.assert(
      fc.property(arbitrary, ([numerator, denominator]) => {
        const fast = divideRoundedNumber(numerator, denominator)
        if (!Number.isSafeInteger(Math.abs(numerator) + denominator)) expect(fast).toBeNull()
        else expect(fast).toBe(Number(divideRounded(BigInt(numerator), BigInt(denominator))))
      }),
      {
        numRuns: 1_000,
        examples: [
          [[5, 2]],
          [[-5, 2]],
          [[7, 2]],
          [[-1, 2]],
          [[MAX - 1, 1]],
          [[MAX, 1]],
          [[-MAX, MAX]],
        ],
      },
    )
  })

  it('finds the k-th largest value (fast-check)', () => {
    const arbitrary = fc
      .array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 50 })
      .chain((values) => fc.tuple(fc.constant(values), fc.integer({ min: 1, max: values.length })))
    fc.assert(
      fc.property(arbitrary, ([values, k]) => {
        const sorted = [...values].sort((a, b) => b - a)
        expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1])
        // Into a scratch array of its own, the same.
        const scratch = new Float64Array(values.length)
        expect(kthLargest(Float64Array.from(values), k, scratch)).toBe(sorted[k - 1])
      }),
    )
  })
})
