import { describe, expect, it } from 'vitest'
import { buildPhaseInSchedule, getPhaseInStep } from './phase-in-schedule.ts'

describe('buildPhaseInSchedule', () => {
  it('defaults to ten linear steps, f_k = k/10 (DOMAIN.md §6.2, §8)', () => {
    const schedule = buildPhaseInSchedule()
    expect(schedule.steps).toBe(10)
    expect(schedule.fractions).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
  })

  it('takes the number of steps as a parameter', () => {
    expect(buildPhaseInSchedule({ kind: 'linear', steps: 4 }).fractions).toEqual([
      0, 0.25, 0.5, 0.75, 1,
    ])
  })

  it('derives f_k = 1 − existing_k / existing_0 from an outflow estimate (DOMAIN.md §6.2)', () => {
    const schedule = buildPhaseInSchedule({
      kind: 'outflow',
      existingClientsByStep: [1000, 900, 700, 700, 0],
    })
    expect(schedule).toEqual({ steps: 4, fractions: [0, 0.1, 0.3, 0.3, 1] })
  })

  it('accepts explicit fractions that rise from 0 to 1', () => {
    expect(buildPhaseInSchedule({ kind: 'custom', fractions: [0, 0.05, 0.05, 0.5, 1] }).steps).toBe(
      4,
    )
  })

  it.each([
    ['a first fraction above 0', { kind: 'custom', fractions: [0.1, 0.5, 1] }, /f_0 must be 0/],
    [
      'a last fraction below 1',
      { kind: 'custom', fractions: [0, 0.5, 0.9] },
      /f_N must be 1 .*got 0.9/,
    ],
    [
      'a falling fraction',
      { kind: 'custom', fractions: [0, 0.6, 0.4, 1] },
      /f_1 = 0.6 but f_2 = 0.4/,
    ],
    [
      'a fraction above 1 mid-way',
      { kind: 'custom', fractions: [0, 1.2, 1] },
      /f_1 = 1.2 but f_2 = 1/,
    ],
    [
      'growing existing clients',
      { kind: 'outflow', existingClientsByStep: [100, 90, 95, 0] },
      /from 90 at step 1 to 95/,
    ],
    [
      'existing clients left at the end',
      { kind: 'outflow', existingClientsByStep: [100, 50, 10] },
      /must be 0 so that f_N = 1; got 10/,
    ],
    [
      'no existing clients in year zero',
      { kind: 'outflow', existingClientsByStep: [0, 0] },
      /must be above 0/,
    ],
  ] as const)('rejects %s as INVALID_SCHEDULE', (_, spec, message) => {
    expect(() => buildPhaseInSchedule(spec)).toThrow(
      expect.objectContaining({ code: 'INVALID_SCHEDULE' }),
    )
    expect(() => buildPhaseInSchedule(spec)).toThrow(message)
  })

  it('rejects zero steps and a schedule with a single fraction as OUT_OF_RANGE', () => {
    expect(() => buildPhaseInSchedule({ kind: 'linear', steps: 0 })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['schedule', 'steps'] }),
    )
    expect(() => buildPhaseInSchedule({ kind: 'custom', fractions: [0] })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    )
  })

  it('rejects a NaN fraction as NOT_FINITE', () => {
    expect(() => buildPhaseInSchedule({ kind: 'custom', fractions: [0, Number.NaN, 1] })).toThrow(
      expect.objectContaining({ code: 'NOT_FINITE', path: ['schedule', 'fractions', 1] }),
    )
  })
})

describe('getPhaseInStep', () => {
  // DOMAIN.md §8: start moved to a target of 1 January 2026, after a year zero (2025) paid
  // historically.
  it.each([
    [2020, 0, 0],
    [2025, 0, 0],
    [2026, 1, 0.1],
    [2030, 5, 0.5],
    [2035, 10, 1],
    [2040, 10, 1],
  ])(
    'puts budget year %i on step %i (f = %f) when the path starts in 2026',
    (year, step, fraction) => {
      expect(getPhaseInStep({ year, startYear: 2026 })).toEqual({ step, fraction })
    },
  )

  it('follows a moved start year and a shorter path', () => {
    expect(
      getPhaseInStep({ year: 2022, startYear: 2022, schedule: { kind: 'linear', steps: 5 } }),
    ).toEqual({
      step: 1,
      fraction: 0.2,
    })
  })
})
