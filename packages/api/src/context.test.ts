import { describe, expect, it } from 'vitest'
import { amsterdamStartOfDay, toAmsterdamDate } from './context.ts'

describe('the Dutch calendar day', () => {
  it('starts at 00:00 in Amsterdam: 23:00 UTC the day before in winter, 22:00 in summer', () => {
    expect(amsterdamStartOfDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z')
    expect(amsterdamStartOfDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z')
  })

  it('holds on the days the clocks change (29 March and 25 October 2026)', () => {
    expect(amsterdamStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(amsterdamStartOfDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z')
    expect(amsterdamStartOfDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z')
    expect(amsterdamStartOfDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z')
  })

  it('is the first moment toAmsterdamDate gives that day', () => {
    for (const day of ['2026-02-10', '2026-03-29', '2026-08-31', '2026-10-25']) {
      const start = amsterdamStartOfDay(day)
      expect(toAmsterdamDate(start)).toBe(day)
      expect(toAmsterdamDate(new Date(start.getTime() - 1))).not.toBe(day)
    }
  })
})
