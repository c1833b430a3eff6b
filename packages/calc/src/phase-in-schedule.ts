// The phase-in schedule (ingroeipad; DOMAIN.md §6.2, seeds 000 §2.1, 003): fractions
// f_0 = 0 ≤ f_1 ≤ … ≤ f_N = 1 of the objective distribution per step. Linear f_k = k/N (N = 10) is
// only the default; the schedule can be derived from the estimated outflow of existing clients,
// f_k = 1 − existing_k / existing_0, or given outright. Start year and N moved in reality
// (DOMAIN.md §8), so both are parameters; calc blends with exact fractions.
import { CalcError, formatPath } from './errors.ts'
import { decimalFraction, reduce, type Fraction } from './exact.ts'
import { requireCount, requireFinite, requireIntegerInRange } from './guards.ts'
import { itemAt } from './checked.ts'

/** Ten steps after year zero, as agreed in the BO of 2 July 2019 (seed 000 §2.1). */
export const DEFAULT_PHASE_IN_STEPS = 10

/** The largest number of steps calc accepts; a guard against typos, not a policy. */
export const MAX_PHASE_IN_STEPS = 100

/**
 * How the schedule is made: linear over `steps` (default 10); from the existing clients still in
 * care at step k = 0..N (non-increasing, ending at 0); or explicit fractions f_0..f_N
 * (non-decreasing from 0 to 1).
 */
export type PhaseInScheduleSpec =
  | { readonly kind: 'linear'; readonly steps?: number }
  | { readonly kind: 'outflow'; readonly existingClientsByStep: readonly number[] }
  | { readonly kind: 'custom'; readonly fractions: readonly number[] }

/**
 * A schedule for display: N and f_0..f_N as doubles (calc itself blends with the exact fractions).
 */
export interface PhaseInSchedule {
  readonly steps: number
  readonly fractions: readonly number[]
}

/** The linear ten-step default. */
export const LINEAR_TEN_STEPS: PhaseInScheduleSpec = {
  kind: 'linear',
  steps: DEFAULT_PHASE_IN_STEPS,
}

/**
 * Builds f_0..f_N from a schedule spec (display doubles). Throws INVALID_SCHEDULE when the
 * fractions are not non-decreasing from 0 to 1 (or the outflow does not fall to 0), OUT_OF_RANGE
 * for N outside 1..100.
 */
export function buildPhaseInSchedule(
  spec: PhaseInScheduleSpec = LINEAR_TEN_STEPS,
): PhaseInSchedule {
  const fractions = resolveSchedule(spec)
  return {
    steps: fractions.length - 1,
    fractions: fractions.map(
      (fraction) => Number(fraction.numerator) / Number(fraction.denominator),
    ),
  }
}

/** The exact fractions f_0..f_N of a schedule spec, validated. Internal. */
export function resolveSchedule(spec: PhaseInScheduleSpec): Fraction[] {
  switch (spec.kind) {
    case 'linear': {
      const steps = requireIntegerInRange(
        spec.steps ?? DEFAULT_PHASE_IN_STEPS,
        ['schedule', 'steps'],
        1,
        MAX_PHASE_IN_STEPS,
      )
      return Array.from({ length: steps + 1 }, (_, k) => reduce(BigInt(k), BigInt(steps)))
    }
    case 'outflow':
      return outflowFractions(spec.existingClientsByStep)
    case 'custom':
      return customFractions(spec.fractions)
  }
}

function invalidSchedule(
  message: string,
  path: (string | number)[],
  details: Record<string, number>,
): CalcError {
  return new CalcError('INVALID_SCHEDULE', `${formatPath(path)}: ${message}`, { path, details })
}

function requireStepCount(length: number, field: string): void {
  requireIntegerInRange(length - 1, ['schedule', field, 'length'], 1, MAX_PHASE_IN_STEPS)
}

// f_k = 1 − existing_k / existing_0 (DOMAIN.md §6.2): existing clients can only leave, and f_N = 1
// needs 0 left.
function outflowFractions(existing: readonly number[]): Fraction[] {
  requireStepCount(existing.length, 'existingClientsByStep')
  existing.forEach((count, k) => requireCount(count, ['schedule', 'existingClientsByStep', k]))
  const start = itemAt(existing, 0)
  if (start === 0) {
    throw invalidSchedule(
      'existing clients in year zero must be above 0 to derive a schedule; got 0',
      ['schedule', 'existingClientsByStep', 0],
      { value: 0 },
    )
  }
  existing.forEach((count, k) => {
    const previous = k === 0 ? start : itemAt(existing, k - 1)
    if (count > previous) {
      throw invalidSchedule(
        `existing clients cannot grow from ${previous} at step ${k - 1} to ${count} at step ${k}`,
        ['schedule', 'existingClientsByStep', k],
        { step: k, previous, value: count },
      )
    }
  })
  const last = itemAt(existing, existing.length - 1)
  if (last !== 0) {
    throw invalidSchedule(
      `existing clients at the last step must be 0 so that f_N = 1; got ${last}`,
      ['schedule', 'existingClientsByStep', existing.length - 1],
      { value: last },
    )
  }
  return existing.map((count) => reduce(BigInt(start - count), BigInt(start)))
}

function customFractions(values: readonly number[]): Fraction[] {
  requireStepCount(values.length, 'fractions')
  const fractions = values.map((value, k) => {
    requireFinite(value, ['schedule', 'fractions', k])
    return decimalFraction(value)
  })
  const last = values.length - 1
  if (values[0] !== 0) {
    throw invalidSchedule(
      `f_0 must be 0 (year zero is 100% historical); got ${values[0]}`,
      ['schedule', 'fractions', 0],
      { value: itemAt(values, 0) },
    )
  }
  if (values[last] !== 1) {
    throw invalidSchedule(
      `f_N must be 1 (the path ends objective); got ${values[last]}`,
      ['schedule', 'fractions', last],
      { value: itemAt(values, last) },
    )
  }
  values.forEach((value, k) => {
    if (k > 0 && value < itemAt(values, k - 1)) {
      throw invalidSchedule(
        `fractions must not decrease; f_${k - 1} = ${values[k - 1]} but f_${k} = ${value}`,
        ['schedule', 'fractions', k],
        { step: k, previous: itemAt(values, k - 1), value },
      )
    }
  })
  return fractions
}

/**
 * Which step a budget year is on: years before startYear are step 0 (historical), after the path
 * step N.
 */
export function stepOfYear(year: number, startYear: number, steps: number): number {
  return Math.min(steps, Math.max(0, year - startYear + 1))
}

/**
 * The step and fraction (display double) that apply to a budget year; startYear is the year of step
 * 1, so year zero is startYear − 1. Throws like buildPhaseInSchedule, and OUT_OF_RANGE for a
 * non-integer year.
 */
export function getPhaseInStep(input: {
  readonly year: number
  readonly startYear: number
  readonly schedule?: PhaseInScheduleSpec
}): { readonly step: number; readonly fraction: number } {
  requireIntegerInRange(input.year, ['year'], 1, 9999)
  requireIntegerInRange(input.startYear, ['startYear'], 1, 9999)
  const { steps, fractions } = buildPhaseInSchedule(input.schedule)
  const step = stepOfYear(input.year, input.startYear, steps)
  return { step, fraction: itemAt(fractions, step) }
}
