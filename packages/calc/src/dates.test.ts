import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMonths, formatIsoDate, parseIsoDate } from './dates.ts'

// Date is used here only as an independent oracle; calc itself never touches it.
const isoDay = fc
  .integer({ min: -719_162, max: 2_932_896 }) // 0001-01-01 .. 9999-12-31
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10))

describe('dates', () => {
  it('counts UTC days from 1970-01-01', () => {
    expect(parseIsoDate('1970-01-01', [])).toBe(0)
    expect(parseIsoDate('2025-03-01', []) - parseIsoDate('2024-03-01', [])).toBe(365)
    expect(parseIsoDate('2024-03-01', []) - parseIsoDate('2023-03-01', [])).toBe(366)
  })

  it('agrees with Date.UTC and round-trips (fast-check)', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const day = parseIsoDate(iso, [])
        expect(day * 86_400_000).toBe(Date.parse(`${iso}T00:00:00Z`))
        expect(formatIsoDate(day)).toBe(iso)
      }),
    )
  })

  it('adds calendar months, clamping to the end of the month', () => {
    const plus = (iso: string, months: number) =>
      formatIsoDate(addMonths(parseIsoDate(iso, []), months))
    expect(plus('2023-03-10', 12)).toBe('2024-03-10')
    expect(plus('2024-02-29', 12)).toBe('2025-02-28')
    expect(plus('2024-01-31', 1)).toBe('2024-02-29')
    expect(plus('2024-12-15', 1)).toBe('2025-01-15')
  })

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-1-5', '', '2024-04-31'])(
    'rejects %j',
    (value) => {
      expect(() => parseIsoDate(value, ['someDate'])).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE', path: ['someDate'] }),
      )
    },
  )
})
