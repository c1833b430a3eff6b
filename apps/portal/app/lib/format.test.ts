import { describe, expect, it } from 'vitest'
import { formatInteger, formatIsoDate, pageTitle } from './format.ts'

describe('Dutch formatting', () => {
  it('groups thousands with dots', () => {
    expect(formatInteger(18_130_231)).toBe('18.130.231')
  })

  it('writes ISO dates as Dutch long dates whatever the server time zone', () => {
    expect(formatIsoDate('2020-12-07')).toBe('7 december 2020')
    expect(formatIsoDate('2026-01-01')).toBe('1 januari 2026')
  })

  it('suffixes page titles with the portal name', () => {
    expect(pageTitle('Regio Zwolle')).toBe('Regio Zwolle – Beschermd Thuis')
  })
})
