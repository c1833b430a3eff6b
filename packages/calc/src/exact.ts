// Exact arithmetic for calc. A double is read as the decimal it prints as (0.1 is 1/10, not
// 0.1000000000000000055…), so weights typed as decimals keep their ratios, and sums do not depend
// on the order of the terms. Internal: not re-exported.
import { itemAt } from './checked.ts'

/** value = coefficient × 10^exponent. */
export interface Decimal {
  readonly coefficient: bigint
  readonly exponent: number
}

/** A non-negative exact fraction with a positive denominator. */
export interface Fraction {
  readonly numerator: bigint
  readonly denominator: bigint
}

/**
 * The decimal a finite double prints as (String(0.731) is '0.731', String(1e-7) is '1e-7'). The
 * caller checked finiteness.
 */
export function toDecimal(value: number): Decimal {
  if (Number.isSafeInteger(value)) return { coefficient: BigInt(value), exponent: 0 }
  const text = String(value)
  const e = text.indexOf('e')
  const mantissa = e === -1 ? text : text.slice(0, e)
  const power = e === -1 ? 0 : Number(text.slice(e + 1))
  const dot = mantissa.indexOf('.')
  const digits = dot === -1 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1)
  const fractionLength = dot === -1 ? 0 : mantissa.length - dot - 1
  // Up to 15 digits read exactly as a double, and BigInt(number) is much faster than
  // BigInt(string).
  const asNumber = Number(digits)
  const coefficient = Number.isSafeInteger(asNumber) ? BigInt(asNumber) : BigInt(digits)
  return { coefficient, exponent: power - fractionLength }
}

const POWERS_OF_TEN: bigint[] = [1n]

/** 10^n as a bigint, cached. */
export function powerOfTen(n: number): bigint {
  for (let k = POWERS_OF_TEN.length; k <= n; k++) POWERS_OF_TEN.push(itemAt(POWERS_OF_TEN, k - 1) * 10n)
  return itemAt(POWERS_OF_TEN, n)
}

/** Scales decimals to integers over one common power of ten; ratios between them are exact. */
export function scaleDecimals(values: readonly Decimal[]): bigint[] {
  let minExponent = 0
  for (const value of values) {
    if (value.coefficient !== 0n && value.exponent < minExponent) minExponent = value.exponent
  }
  return values.map((value) =>
    value.coefficient === 0n ? 0n : value.coefficient * powerOfTen(value.exponent - minExponent),
  )
}

/** Scales finite non-negative doubles (or bigints) to integers with exactly the same ratios. */
export function scaleWeights(weights: readonly (number | bigint)[]): bigint[] {
  if (weights.every((weight) => typeof weight === 'bigint' || Number.isSafeInteger(weight))) {
    return weights.map((weight) => BigInt(weight))
  }
  return scaleDecimals(
    weights.map((weight) =>
      typeof weight === 'bigint' ? { coefficient: weight, exponent: 0 } : toDecimal(weight),
    ),
  )
}

/** An exact fraction from a finite double read as a decimal. */
export function decimalFraction(value: number): Fraction {
  const { coefficient, exponent } = toDecimal(value)
  return exponent >= 0
    ? { numerator: coefficient * powerOfTen(exponent), denominator: 1n }
    : { numerator: coefficient, denominator: powerOfTen(-exponent) }
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a
  let y = b < 0n ? -b : b
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

/** a/b + c/d, reduced. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.denominator === b.denominator) return reduce(a.numerator + b.numerator, a.denominator)
  return reduce(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  )
}

/** numerator/denominator in lowest terms (denominator > 0). */
export function reduce(numerator: bigint, denominator: bigint): Fraction {
  const divisor = gcd(numerator, denominator)
  if (divisor <= 1n) return { numerator, denominator }
  return { numerator: numerator / divisor, denominator: denominator / divisor }
}

/**
 * numerator / denominator rounded to the nearest integer, halves away from zero (denominator > 0).
 */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n
  const magnitude = negative ? -numerator : numerator
  const quotient = (2n * magnitude + denominator) / (2n * denominator)
  return negative ? -quotient : quotient
}
