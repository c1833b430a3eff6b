// The phase-in path (ingroeipad; DOMAIN.md §6.2, §8; seeds 000 §2.1, 003): year zero is 100%
// historical, then step k = 1..N pays (1 − f_k) × historical + f_k × objective, f_N = 1. Each year
// is one allocation of the total, so every year keeps every cent; the ends equal the two
// distributions exactly. Each year is blended by fast-blend.ts (one small division per
// municipality; its cents are blendPrepared's, property test in fast-blend.test.ts).
import { prepareBlend } from './blend.ts'
import { blendInto, planBlend } from './fast-blend.ts'
import { requireIntegerInRange } from './guards.ts'
import { LINEAR_TEN_STEPS, resolveSchedule, type PhaseInScheduleSpec } from './phase-in-schedule.ts'
import type { MunicipalityAmount } from './regions.ts'
import { itemAt } from './checked.ts'

/**
 * Input of computePhaseInPath: two distributions of one total, the year of step 1, the schedule
 * (default linear 10).
 */
export interface PhaseInPathInput {
  readonly historical: readonly MunicipalityAmount[]
  readonly objective: readonly MunicipalityAmount[]
  readonly startYear: number
  readonly schedule?: PhaseInScheduleSpec
}

/**
 * One year on the path: its step k, f_k as a display double, the amounts (objective's order) and
 * their total.
 */
export interface PhaseInYear {
  readonly year: number
  readonly step: number
  readonly fraction: number
  readonly totalCents: number
  readonly amounts: readonly MunicipalityAmount[]
}

/** The whole path, year zero (startYear − 1) to step N. */
export interface PhaseInPath {
  readonly startYear: number
  readonly steps: number
  readonly years: readonly PhaseInYear[]
}

/**
 * Computes the path from historical to objective (cents) for years startYear − 1 (step 0) ..
 * startYear − 1 + N, each year summing exactly to the common total. Throws CalcError for a bad
 * schedule (INVALID_SCHEDULE, OUT_OF_RANGE), bad cents, repeated or unknown codes, or unequal
 * totals (TOTAL_MISMATCH).
 */
export function computePhaseInPath(input: PhaseInPathInput): PhaseInPath {
  const startYear = requireIntegerInRange(input.startYear, ['startYear'], 1, 9999)
  const fractions = resolveSchedule(input.schedule ?? LINEAR_TEN_STEPS)
  const prepared = prepareBlend(input.historical, input.objective)
  const plan = planBlend(prepared)
  const years = fractions.map((fraction, step) => {
    const amounts = blendInto(plan, fraction, new Float64Array(prepared.codes.length))
    return {
      year: startYear - 1 + step,
      step,
      fraction: Number(fraction.numerator) / Number(fraction.denominator),
      totalCents: prepared.totalCents,
      amounts: prepared.codes.map((code, index) => ({ code, amountCents: itemAt(amounts, index) })),
    }
  })
  return { startYear, steps: fractions.length - 1, years }
}
