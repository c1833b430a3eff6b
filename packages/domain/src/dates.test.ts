import { describe, expect, it } from 'vitest'
import { IsoDateSchema, PeriodSchema, isValidIsoDate, isValidPeriod } from './dates.ts'

const DATE_MESSAGE = 'Vul een geldige datum in (JJJJ-MM-DD).'

describe('isValidIsoDate', () => {
  it.each(['2020-12-07', '2024-02-29', '2000-02-29', '2026-01-01', '2025-12-31', '2025-04-30'])(
    'accepts %j',
    (value) => {
      expect(isValidIsoDate(value)).toBe(true)
    },
  )

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-7',
    '07-12-2020',
    '2020-12-07T00:00:00Z',
    '',
  ])('refuses %j', (value) => {
    expect(isValidIsoDate(value)).toBe(false)
  })
})

describe('IsoDateSchema', () => {
  it('accepts a real date and trims spaces', () => {
    expect(IsoDateSchema.parse('2024-02-29')).toBe('2024-02-29')
    expect(IsoDateSchema.parse(' 2020-12-07 ')).toBe('2020-12-07')
  })

  it.each(['2023-02-29', '2025-02-30', '7 december 2020', ''])('refuses %j in Dutch', (value) => {
    const result = IsoDateSchema.safeParse(value)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(DATE_MESSAGE)
  })

  it('refuses a non-string in Dutch', () => {
    expect(IsoDateSchema.safeParse(20201207).error?.issues[0]?.message).toBe(DATE_MESSAGE)
  })
})

describe('PeriodSchema', () => {
  it.each(['2026', '2026-Q1', '2026-Q4', '2026-H1', '2026-H2'])('accepts %j', (value) => {
    expect(PeriodSchema.parse(value)).toBe(value)
    expect(isValidPeriod(value)).toBe(true)
  })

  it('normalises lowercase and spaces', () => {
    expect(PeriodSchema.parse(' 2026-q2 ')).toBe('2026-Q2')
    expect(PeriodSchema.parse('2026-h1')).toBe('2026-H1')
  })

  it.each(['2026-Q0', '2026-Q5', '2026-H0', '2026-H3', '26', '2026-1', '2026-M01', '2026Q1', ''])(
    'refuses %j in Dutch',
    (value) => {
      const result = PeriodSchema.safeParse(value)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/^Vul een geldige periode in/)
      expect(isValidPeriod(value)).toBe(false)
    },
  )
})
