// The plain-number fast path against the bigint allocator (issue 18, speed): the same cents on
// random inputs, at the edges of the fast path's bounds, and for its two primitives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateBigInt, allocateCents, allocateExact } from './allocate.ts'
import { blendPrepared, prepareBlend } from './blend.ts'
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

function problem(maxLength: number) {
  return fc
    .tuple(municipalityCodes(maxLength), total)
    .chain(([keys, totalCents]) =>
      fc
        .array(weight, { minLength: keys.length, maxLength: keys.length })
        .map((weights) => ({ keys, totalCents, weights })),
    )
}

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
      fc.property(problem(60), ({ keys, totalCents, weights }) => {
        expect(fast(totalCents, weights, keys)).toEqual(bigintOracle(totalCents, weights, keys))
      }),
      { numRuns: 3_000 },
    )
  })

  it('agrees at the fast path’s edge: weight sums just below and above 2^50 (fast-check)', () => {
    const edge = fc
      .tuple(
        municipalityCodes(8),
        fc.integer({ min: 1, max: MAX }),
        fc.integer({ min: -3, max: 3 }),
      )
      .map(([keys, totalCents, offset]) => {
        const share = Math.floor(MAX_FAST_DIVISOR / keys.length)
        const weights = keys.map((_, index) => share + (index === 0 ? offset + 3 : 0))
        return { keys, totalCents, weights }
      })
    fc.assert(
      fc.property(edge, ({ keys, totalCents, weights }) => {
        expect(fast(totalCents, weights, keys)).toEqual(bigintOracle(totalCents, weights, keys))
      }),
      { numRuns: 2_000 },
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
      fc.property(problem(30), ({ keys, totalCents, weights }) => {
        let viaExact: number[] | string
        try {
          viaExact = allocateExact(totalCents, weights.map(BigInt), keys, ['entries'])
        } catch (error) {
          viaExact = String(error)
        }
        expect(viaExact).toEqual(bigintOracle(totalCents, weights, keys))
      }),
      { numRuns: 1_000 },
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
      { numRuns: 5_000 },
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
      { numRuns: 5_000 },
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
      }),
    )
  })
})

describe('the blend in plain numbers', () => {
  it('gives the cents the bigint blend gives, for every step of a path (fast-check)', () => {
    const arbitrary = municipalityCodes(40).chain((codes) =>
      fc.tuple(
        fc.constant(codes),
        fc.array(fc.integer({ min: 0, max: 20_000_000_000 }), {
          minLength: codes.length,
          maxLength: codes.length,
        }),
        fc.array(fc.integer({ min: 0, max: 20_000_000_000 }), {
          minLength: codes.length,
          maxLength: codes.length,
        }),
        fc.integer({ min: 1, max: 100_000 }),
      ),
    )
    fc.assert(
      fc.property(arbitrary, ([codes, historicalWeights, objectiveWeights, denominator]) => {
        const totalCents = historicalWeights.reduce((a, b) => a + b, 0)
        fc.pre(totalCents > 0)
        const historical = codes.map((code, i) => ({
          code,
          amountCents: historicalWeights[i] ?? 0,
        }))
        const objectiveAmounts = allocateBigInt(
          totalCents,
          objectiveWeights.map((w) => BigInt(w + 1)),
          codes,
          ['objective'],
        )
        const objective = codes.map((code, i) => ({ code, amountCents: objectiveAmounts[i] ?? 0 }))
        const prepared = prepareBlend(historical, objective)
        for (const numerator of [0, 1, Math.floor(denominator / 3), denominator]) {
          const fraction = { numerator: BigInt(numerator), denominator: BigInt(denominator) }
          const weights = codes.map(
            (_, i) =>
              BigInt(denominator - numerator) * BigInt(prepared.historical[i] ?? 0) +
              BigInt(numerator) * BigInt(prepared.objective[i] ?? 0),
          )
          expect(blendPrepared(prepared, fraction)).toEqual(
            allocateBigInt(totalCents, weights, codes, ['objective']),
          )
        }
      }),
      { numRuns: 500 },
    )
  })
})
