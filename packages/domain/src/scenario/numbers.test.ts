// readDecimal: numbers as people type them (Dutch and English separators, euro signs), and what it refuses.
import { describe, expect, it } from 'vitest'
import { readDecimal } from '../scenarios.ts'

describe('reading numbers as people type them', () => {
  it.each([
    ['1.900.000.000', ['1900000000', '']],
    ['€ 140.096.291,00', ['140096291', '00']],
    ['2,5', ['2', '5']],
    ['2.5', ['2', '5']],
    ['1900000', ['1900000', '']],
    [30, ['30', '']],
  ] as const)('reads %s', (input, expected) => {
    expect(readDecimal(input)).toEqual(expected)
  })

  it.each(['abc', '-5', '1,2,3', '1.90.000', '', '1e5'])('refuses %s', (input) => {
    expect(readDecimal(input)).toBeNull()
  })
})
