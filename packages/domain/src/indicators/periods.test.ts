import { describe, expect, it } from 'vitest'
import { IndicatorPeriodSchema, isPeriodWithin, parsePeriod, getPeriod, previousPeriod, splitPeriod } from './periods.ts'

describe('parsePeriod', () => {
  it('reads a year, a half year and a quarter with their first and last day', () => {
    expect(getPeriod('2025')).toMatchObject({ kind: 'year', firstDay: '2025-01-01', lastDay: '2025-12-31' })
    expect(getPeriod('2025-h1')).toMatchObject({ key: '2025-H1', kind: 'half_year', lastDay: '2025-06-30' })
    expect(getPeriod(' 2025-Q3 ')).toMatchObject({ key: '2025-Q3', firstDay: '2025-07-01', lastDay: '2025-09-30' })
  })

  it('says a year has four quarters when it gets 2025-Q5', () => {
    expect(parsePeriod('2025-Q5')).toEqual({
      ok: false,
      message: "'2025-Q5': een jaar heeft vier kwartalen, gebruik 2025-Q1 tot en met 2025-Q4.",
    })
  })

  it('says a year has two half years when it gets 2025-H3, and names the accepted shapes otherwise', () => {
    expect(parsePeriod('2025-H3')).toMatchObject({ ok: false, message: expect.stringContaining('twee halfjaren') })
    expect(parsePeriod('Q1 2025')).toMatchObject({ ok: false, message: expect.stringContaining('een kwartaal (2025-Q1') })
    expect(parsePeriod('')).toMatchObject({ ok: false, message: expect.stringMatching(/^Een lege cel/) })
  })

  it('gives the schema message in Dutch and normalises the key', () => {
    expect(IndicatorPeriodSchema.parse('2024-q2')).toBe('2024-Q2')
    expect(IndicatorPeriodSchema.safeParse('2025-Q5').error?.issues[0]?.message).toContain('vier kwartalen')
  })
})

describe('period arithmetic', () => {
  it('splits a year into its quarters and knows what lies within what', () => {
    const year = getPeriod('2024')
    expect(splitPeriod(year, 'quarter').map((p) => p.key)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'])
    expect(isPeriodWithin(getPeriod('2024-Q3'), getPeriod('2024-H2'))).toBe(true)
    expect(isPeriodWithin(getPeriod('2024-Q2'), getPeriod('2024-H2'))).toBe(false)
    expect(previousPeriod(getPeriod('2025-Q1')).key).toBe('2024-Q4')
    expect(previousPeriod(getPeriod('2025-H2')).key).toBe('2025-H1')
  })
})
