import { describe, expect, it } from 'vitest'
import {
  centsToCsvEuros,
  formatBasisPoints,
  formatCents,
  formatCentsAsEuros,
  formatDateTime,
  formatDay,
  formatFileSize,
  formatInteger,
  formatIsoDate,
  formatWholePercent,
  pageTitle,
} from './format.ts'

describe('Dutch formatting', () => {
  it('groups thousands with dots', () => {
    expect(formatInteger(18_130_231)).toBe('18.130.231')
  })

  it('writes ISO dates as Dutch long dates whatever the server time zone', () => {
    expect(formatIsoDate('2020-12-07')).toBe('7 december 2020')
    expect(formatIsoDate('2026-01-01')).toBe('1 januari 2026')
  })

  it('writes moments in Dutch time (a UTC evening is the next day in winter)', () => {
    expect(formatDay('2026-11-23T23:30:00Z')).toBe('24 november 2026')
    expect(formatDateTime('2026-11-23T13:48:00Z')).toBe('23 november 2026 om 14:48')
  })

  it('writes cents as euros, in full and for CSV cells', () => {
    expect(formatCents(14_009_629_100).replace(/\s/g, ' ')).toBe('€ 140.096.291,00')
    expect(formatCentsAsEuros(14_009_629_150)).toBe('140.096.291,5')
    expect(centsToCsvEuros(-5)).toBe('-0,05')
  })

  it('writes basis points and fractions as percentages', () => {
    expect(formatBasisPoints(-1881)).toBe('-18,81%')
    expect(formatBasisPoints(null)).toBe('–')
    expect(formatWholePercent(0.125)).toBe('13%')
  })

  it('writes file sizes in kB and MB', () => {
    expect(formatFileSize(12_000)).toBe('12 kB')
    expect(formatFileSize(2_400_000)).toBe('2,3 MB')
  })

  it('suffixes page titles with the portal name', () => {
    expect(pageTitle('Regio Zwolle')).toBe('Regio Zwolle – Beschermd Thuis')
  })
})
