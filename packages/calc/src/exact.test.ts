import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { divideRounded, toDecimal } from './exact.ts'

describe('toDecimal', () => {
  it.each([
    [0.731, 731n, -3],
    [1e-7, 1n, -7],
    [1.5e-7, 15n, -8],
    [1e21, 1n, 21],
    [-2.5, -25n, -1],
    [123456.789, 123456789n, -3],
    [0.30000000000000004, 30000000000000004n, -17],
  ])('reads %d as the decimal it prints as', (value, coefficient, exponent) => {
    expect(toDecimal(value)).toEqual({ coefficient, exponent })
  })

  it('gives back the same double (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const { coefficient, exponent } = toDecimal(value)
        expect(Number(`${coefficient}e${exponent}`)).toBe(value === 0 ? 0 : value)
      }),
    )
  })
})

describe('divideRounded', () => {
  it('rounds halves away from zero', () => {
    expect([5n, 7n, -5n, -7n, 4n].map((n) => divideRounded(n, 2n))).toEqual([3n, 4n, -3n, -4n, 2n])
  })
})
