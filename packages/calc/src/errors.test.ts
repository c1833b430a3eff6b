import { describe, expect, it } from 'vitest'
import {
  allocate,
  assessNewClient,
  blendDistributions,
  buildPhaseInSchedule,
  CALC_ERROR_CODES,
  CalcError,
  distributeObjectively,
  isCalcError,
  retainCentralShare,
  sumByRegion,
  type CalcErrorCode,
} from './index.ts'

const ONE = [{ code: 'GM0193', amountCents: 1 }]

// Each code with one broken precondition that raises it, through the public surface. The Record
// type makes a new code without a case a type error; the test below makes it a failure too.
const CASES: Record<
  CalcErrorCode,
  { call: () => unknown; path: readonly (string | number)[]; names: string }
> = {
  NOT_FINITE: {
    call: () => allocate(1, [{ key: 'a', weight: Infinity }]),
    path: ['entries', 0, 'weight'],
    names: 'Infinity',
  },
  NOT_AN_INTEGER: { call: () => allocate(12.5, []), path: ['totalCents'], names: '12.5' },
  UNSAFE_INTEGER: {
    call: () => allocate(2 ** 53, []),
    path: ['totalCents'],
    names: '9007199254740992',
  },
  NEGATIVE_AMOUNT: { call: () => allocate(-7, []), path: ['totalCents'], names: '-7' },
  NEGATIVE_WEIGHT: {
    call: () => allocate(1, [{ key: 'a', weight: -0.5 }]),
    path: ['entries', 0, 'weight'],
    names: '-0.5',
  },
  ZERO_TOTAL_WEIGHT: {
    call: () => allocate(42, [{ key: 'a', weight: 0 }]),
    path: ['entries'],
    names: '42 cents',
  },
  DUPLICATE_KEY: {
    call: () =>
      allocate(1, [
        { key: 'GM0193', weight: 1 },
        { key: 'GM0193', weight: 1 },
      ]),
    path: ['entries', 1, 'key'],
    names: 'GM0193',
  },
  UNKNOWN_MUNICIPALITY: {
    call: () =>
      sumByRegion({ regions: [{ code: 'GM0193', memberCodes: ['GM0999'] }], amounts: ONE }),
    path: ['regions', 0, 'memberCodes', 0],
    names: 'GM0999',
  },
  MISSING_VALUE: {
    call: () =>
      distributeObjectively({
        budgetCents: 1,
        measures: [{ key: 'households', weight: 1 }],
        municipalities: [{ code: 'GM0193', inhabitants: 1, measureValues: {} }],
      }),
    path: ['municipalities', 0, 'measureValues', 'households'],
    names: 'households',
  },
  OVERLAPPING_MEMBERSHIP: {
    call: () =>
      sumByRegion({
        regions: [
          { code: 'GM0193', memberCodes: ['GM0193'] },
          { code: 'GM0148', memberCodes: ['GM0193'] },
        ],
        amounts: ONE,
      }),
    path: ['regions', 1, 'memberCodes', 0],
    names: 'GM0148',
  },
  EMPTY_REGION: {
    call: () => sumByRegion({ regions: [{ code: 'GM0193', memberCodes: [] }], amounts: ONE }),
    path: ['regions', 0, 'memberCodes'],
    names: 'GM0193',
  },
  INVALID_SCHEDULE: {
    call: () => buildPhaseInSchedule({ kind: 'custom', fractions: [0, 0.7, 0.3, 1] }),
    path: ['schedule', 'fractions', 2],
    names: '0.7',
  },
  OUT_OF_RANGE: {
    call: () => buildPhaseInSchedule({ kind: 'linear', steps: 0 }),
    path: ['schedule', 'steps'],
    names: '0',
  },
  EXCEEDS_TOTAL: {
    call: () =>
      retainCentralShare({
        members: ONE.map((m) => ({ ...m })),
        centralMunicipalityCode: 'GM0193',
        rule: { kind: 'fixed', amountCents: 2 },
      }),
    path: ['rule', 'amountCents'],
    names: '2 cents',
  },
  TOTAL_MISMATCH: {
    call: () =>
      blendDistributions({
        historical: ONE,
        objective: [{ code: 'GM0193', amountCents: 3 }],
        fraction: 0.5,
      }),
    path: ['historical'],
    names: '3 cents',
  },
  INVALID_DATE: {
    call: () =>
      assessNewClient({
        reportDate: '2025-02-29',
        regionMunicipalityCodes: ['GM0193'],
        history: [],
      }),
    path: ['reportDate'],
    names: '2025-02-29',
  },
  INVALID_PERIOD: {
    call: () =>
      assessNewClient({
        reportDate: '2025-03-01',
        regionMunicipalityCodes: ['GM0193'],
        history: [
          {
            kind: 'use',
            startDate: '2024-06-01',
            endDate: '2024-05-31',
            municipalityCode: 'GM0193',
          },
        ],
      }),
    path: ['history', 0, 'endDate'],
    names: '2024-05-31',
  },
}

function thrownBy(call: () => unknown): unknown {
  try {
    call()
  } catch (error) {
    return error
  }
  return undefined
}

describe('CalcError', () => {
  it('has a case for every code in the closed union', () => {
    expect(Object.keys(CASES).sort()).toEqual([...CALC_ERROR_CODES].sort())
  })

  it.each(CALC_ERROR_CODES)(
    'is thrown with code %s, a path and a message naming the value',
    (code) => {
      const { call, path, names } = CASES[code]
      const error = thrownBy(call)
      expect(error).toBeInstanceOf(CalcError)
      expect(isCalcError(error, code)).toBe(true)
      if (!isCalcError(error)) return
      expect(error).toBeInstanceOf(Error)
      expect(error.name).toBe('CalcError')
      expect(error.path).toEqual(path)
      expect(error.message).toContain(names)
    },
  )

  it('tells a CalcError from other errors', () => {
    expect(isCalcError(new Error('x'))).toBe(false)
    expect(isCalcError(new CalcError('EMPTY_REGION', 'x'), 'EMPTY_REGION')).toBe(true)
    expect(isCalcError(new CalcError('EMPTY_REGION', 'x'), 'INVALID_DATE')).toBe(false)
  })
})
