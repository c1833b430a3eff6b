// The batch of variations against the single path (issue 18, speed): for random variations of the
// macrobudget, the Wlz percentage and the schedule, prepareScenarioBatch gives runFullScenario's
// cents — at real scale, with and without MO and a fixed withdrawal year, at tiny totals (ties
// everywhere), with decimal schedules whose denominators leave the fast blend's bounds — and a
// variation the single path refuses throws the same CalcError.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCalcError } from './errors.ts'
import { applyVariation, runFullScenario, type ScenarioVariation } from './full-scenario.ts'
import { fullScenarioInput, generateWlzGroups } from './fixtures/full-scenario.ts'
import { generateCountry } from './fixtures/generated-country.ts'
import type { PhaseInScheduleSpec } from './phase-in-schedule.ts'
import {
  prepareScenarioBatch,
  toVariationResult,
  type ScenarioBatchBase,
} from './scenario-batch.ts'

const country = generateCountry(1)
const realScale = fullScenarioInput(country, generateWlzGroups(country))

const centres = country.historicalShares.map((share) => share.code)
const withMo: ScenarioBatchBase = {
  ...realScale,
  wlz: { ...realScale.wlz!, exAnteMacroBudgetCents: 250_000_000_000 },
  mo: {
    macroBudgetCents: 60_000_000_007,
    historicalShares: centres.map((code, i) => ({ code, amountCents: 1_000_000 + i * 7_919 })),
    measures: [{ key: 'people', weight: 1.5 }],
    centres: centres.map((code, i) => ({
      code,
      inhabitants: 10_000 + i,
      measureValues: { people: 100 + ((i * 37) % 11) },
    })),
  },
}

const schedule: fc.Arbitrary<PhaseInScheduleSpec | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 20 }).map((steps) => ({ kind: 'linear' as const, steps })),
  fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 12 }).map((drops) => {
    const counts = [drops.reduce((a, b) => a + b, 1)]
    for (const drop of drops) counts.push(counts[counts.length - 1]! - drop)
    counts.push(0)
    return { kind: 'outflow' as const, existingClientsByStep: counts }
  }),
  // Decimal fractions: denominators up to 10^9 (counting limit and the blendPrepared fallback).
  fc
    .array(fc.integer({ min: 1, max: 999_999_999 }), { minLength: 1, maxLength: 6 })
    .map((values) => ({
      kind: 'custom' as const,
      fractions: [0, ...values.sort((a, b) => a - b).map((v) => v / 1e9), 1],
    })),
)

function variation(
  macro: fc.Arbitrary<number>,
  maxBasisPoints = 10_000,
): fc.Arbitrary<ScenarioVariation> {
  return fc
    .record(
      {
        macroBudgetCents: macro,
        wlzWithdrawalBasisPoints: fc.integer({ min: 0, max: maxBasisPoints }),
        schedule,
      },
      { requiredKeys: [] },
    )
    .map((v) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)))
}

function single(base: ScenarioBatchBase, v: ScenarioVariation) {
  const input = applyVariation(base, v)
  return toVariationResult(input, runFullScenario(input))
}

function outcome(run: () => unknown) {
  try {
    return { result: run() }
  } catch (error) {
    if (!isCalcError(error)) throw error
    return { error: { code: error.code, path: error.path, message: error.message } }
  }
}

// The single path takes tens of milliseconds a run at real scale: generous time on a busy machine.
describe('prepareScenarioBatch', { timeout: 120_000 }, () => {
  it('gives the single path’s cents for random variations at real scale', () => {
    const batch = prepareScenarioBatch(realScale)
    fc.assert(
      fc.property(
        variation(fc.integer({ min: 1_000_000_000, max: 800_000_000_000 }), 6_000),
        (v) => {
          expect(outcome(() => batch.run(v))).toEqual(outcome(() => single(realScale, v)))
        },
      ),
      { numRuns: 60 },
    )
    // Most ran batched (a test that only compared the single path with itself could not fail).
    expect(batch.counts().batched).toBeGreaterThan(50)
  })

  it('keeps MO apart and settles against a fixed withdrawal year like the single path', () => {
    const batch = prepareScenarioBatch(withMo)
    fc.assert(
      fc.property(
        variation(fc.integer({ min: 1_000_000_000, max: 800_000_000_000 }), 6_000),
        (v) => {
          expect(outcome(() => batch.run(v))).toEqual(outcome(() => single(withMo, v)))
        },
      ),
      { numRuns: 60 },
    )
    expect(batch.counts().batched).toBeGreaterThan(50)
  })

  it('breaks the many ties of tiny totals by code like the single path', () => {
    const tiny: ScenarioBatchBase = { ...realScale, nationalPurchasingCents: 0 }
    const batch = prepareScenarioBatch(tiny)
    fc.assert(
      fc.property(variation(fc.integer({ min: 0, max: 5_000 }), 300), (v) => {
        expect(outcome(() => batch.run(v))).toEqual(outcome(() => single(tiny, v)))
      }),
      { numRuns: 80 },
    )
    expect(batch.counts().batched).toBeGreaterThan(50)
  })

  it('throws the single path’s CalcError for a variation it refuses', () => {
    const batch = prepareScenarioBatch(realScale)
    const refused: ScenarioVariation[] = [
      { macroBudgetCents: -1 },
      { macroBudgetCents: 1.5 },
      { macroBudgetCents: 100 },
      { wlzWithdrawalBasisPoints: 10_001 },
      { schedule: { kind: 'linear', steps: 0 } },
      { schedule: { kind: 'custom', fractions: [0, 0.7, 0.5, 1] } },
    ]
    for (const v of refused) {
      const batched = outcome(() => batch.run(v))
      expect(batched.error).toBeDefined()
      expect(batched).toEqual(outcome(() => single(realScale, v)))
    }
    expect(batch.counts()).toEqual({ batched: 0, single: refused.length })
  })

  it('runs many variations in order', () => {
    const batch = prepareScenarioBatch(realScale)
    const variations = [{ wlzWithdrawalBasisPoints: 2_000 }, {}, { macroBudgetCents: 1e11 }]
    expect(batch.runAll(variations)).toEqual(variations.map((v) => single(realScale, v)))
  })
})
