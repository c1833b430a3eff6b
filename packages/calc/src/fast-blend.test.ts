// The blends in plain numbers (issue 18, speed): blendPrepared against the bigint allocator, and
// fast-blend.ts' blendInto — which the single path and the batch both use — against
// blendPrepared, for every kind of denominator, many ties, codes in and out of order, and the
// fallback outside its bounds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateBigInt } from './allocate.ts'
import { blendPrepared, prepareBlend } from './blend.ts'
import { blendInto, planBlend } from './fast-blend.ts'
import { municipalityCodes } from './fixtures/arbitraries.ts'

describe('the blend in plain numbers', () => {
  it('gives the cents the bigint blend gives, for every step of a path (fast-check)', () => {
    const arbitrary = municipalityCodes(24).chain((codes) =>
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
      { numRuns: 200 },
    )
  })

  it('blendInto gives blendPrepared’s cents: small and large denominators, ties, codes in any order (fast-check)', () => {
    const amounts = (length: number) =>
      fc.array(fc.oneof(fc.integer({ min: 0, max: 20_000_000_000 }), fc.constant(1_000)), {
        minLength: length,
        maxLength: length,
      })
    const arbitrary = municipalityCodes(24).chain((codes) =>
      fc.tuple(
        fc.oneof(fc.constant(codes), fc.constant([...codes].sort())),
        amounts(codes.length),
        amounts(codes.length),
        // Counting threshold (≤ 4,096), quickselect, and beyond the fast bounds (blendPrepared).
        fc.oneof(
          fc.integer({ min: 1, max: 4_096 }),
          fc.integer({ min: 4_097, max: 1_000_000 }),
          fc.integer({ min: 1_000_000, max: 1_000_000_000_000 }),
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
    )
    fc.assert(
      fc.property(arbitrary, ([codes, historicalCents, objectiveWeights, denominator, at]) => {
        const totalCents = historicalCents.reduce((a, b) => a + b, 0)
        const historical = codes.map((code, i) => ({ code, amountCents: historicalCents[i] ?? 0 }))
        const objectiveAmounts =
          totalCents === 0
            ? codes.map(() => 0)
            : allocateBigInt(
                totalCents,
                objectiveWeights.map((w) => BigInt(w + 1)),
                codes,
                ['o'],
              )
        const objective = codes.map((code, i) => ({ code, amountCents: objectiveAmounts[i] ?? 0 }))
        const prepared = prepareBlend(historical, objective)
        const plan = planBlend(prepared)
        const middle = Math.floor(denominator * at)
        for (const numerator of [0, 1, middle, denominator - 1, denominator]) {
          if (numerator < 0) continue
          const fraction = { numerator: BigInt(numerator), denominator: BigInt(denominator) }
          const out = new Float64Array(codes.length)
          expect(Array.from(blendInto(plan, fraction, out))).toEqual(
            blendPrepared(prepared, fraction),
          )
        }
      }),
      { numRuns: 200 },
    )
  })
})
