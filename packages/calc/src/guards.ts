// Precondition guards shared by every calc operation (dinero `helpers/assert.ts`). Internal: not
// re-exported.
import { CalcError, formatPath, type CalcErrorPath } from './errors.ts'
import { itemAt } from './checked.ts'

function requireInteger(value: number, path: CalcErrorPath, what: string): void {
  if (!Number.isFinite(value)) {
    throw new CalcError(
      'NOT_FINITE',
      `${formatPath(path)} must be a finite ${what}; got ${value}`,
      {
        path,
        details: { value: String(value) },
      },
    )
  }
  if (!Number.isInteger(value)) {
    throw new CalcError(
      'NOT_AN_INTEGER',
      `${formatPath(path)} must be a whole ${what}; got ${value}`,
      {
        path,
        details: { value },
      },
    )
  }
  if (!Number.isSafeInteger(value)) {
    throw new CalcError(
      'UNSAFE_INTEGER',
      `${formatPath(path)} is beyond the safe integer range (±${Number.MAX_SAFE_INTEGER}); got ${value}`,
      { path, details: { value } },
    )
  }
}

/**
 * Fast check for hot loops: a non-negative safe integer (cents or a count); call the require… guard
 * when false.
 */
export function isCents(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0
}

/** Fast check for hot loops: a finite non-negative weight; call requireWeight when false. */
export function isWeight(value: number | bigint): boolean {
  return typeof value === 'bigint' ? value >= 0n : Number.isFinite(value) && value >= 0
}

/** A non-negative safe integer number of cents. */
export function requireCents(value: number, path: CalcErrorPath): number {
  requireInteger(value, path, 'number of cents')
  if (value < 0) {
    throw new CalcError(
      'NEGATIVE_AMOUNT',
      `${formatPath(path)} must not be negative; got ${value} cents`,
      {
        path,
        details: { value },
      },
    )
  }
  return value
}

/** A safe integer number of cents that may be negative (a settlement, a previous round). */
export function requireSignedCents(value: number, path: CalcErrorPath): number {
  requireInteger(value, path, 'number of cents')
  return value
}

/** A non-negative safe integer count (inhabitants, clients, days). */
export function requireCount(value: number, path: CalcErrorPath): number {
  requireInteger(value, path, 'count')
  if (value < 0) {
    throw new CalcError(
      'NEGATIVE_AMOUNT',
      `${formatPath(path)} must not be negative; got ${value}`,
      {
        path,
        details: { value },
      },
    )
  }
  return value
}

/** A safe integer (a year, a number of steps) within [min, max]. */
export function requireIntegerInRange(
  value: number,
  path: CalcErrorPath,
  min: number,
  max: number,
): number {
  requireInteger(value, path, 'number')
  if (value < min || value > max) {
    throw new CalcError(
      'OUT_OF_RANGE',
      `${formatPath(path)} must lie in [${min}, ${max}]; got ${value}`,
      {
        path,
        details: { value, min, max },
      },
    )
  }
  return value
}

/** Basis points: a whole number from 0 to 10,000 (100%). */
export function requireBasisPoints(value: number, path: CalcErrorPath): number {
  return requireIntegerInRange(value, path, 0, 10_000)
}

/** A finite double (a fraction, a factor). */
export function requireFinite(value: number, path: CalcErrorPath): number {
  if (!Number.isFinite(value)) {
    throw new CalcError('NOT_FINITE', `${formatPath(path)} must be a finite number; got ${value}`, {
      path,
      details: { value: String(value) },
    })
  }
  return value
}

/** A finite, non-negative weight (a measure value, a measure weight, a base value). */
export function requireWeight(value: number | bigint, path: CalcErrorPath): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CalcError('NOT_FINITE', `${formatPath(path)} must be a finite weight; got ${value}`, {
      path,
      details: { value: String(value) },
    })
  }
  if (value < 0) {
    throw new CalcError(
      'NEGATIVE_WEIGHT',
      `${formatPath(path)} must not be negative; got ${value}`,
      {
        path,
        details: { value: typeof value === 'bigint' ? String(value) : value },
      },
    )
  }
}

/** Every key occurs once; `at` names the list (e.g. ['municipalities']) and the key field. */
export function requireUniqueKeys(keys: readonly string[], at: CalcErrorPath, field: string): void {
  const seen = new Set<string>()
  for (let index = 0; index < keys.length; index++) {
    const key = itemAt(keys, index)
    if (!seen.has(key)) {
      seen.add(key)
      continue
    }
    const first = keys.indexOf(key)
    throw new CalcError(
      'DUPLICATE_KEY',
      `${formatPath([...at, index, field])} repeats '${key}', already at ${formatPath([...at, first, field])}`,
      { path: [...at, index, field], details: { key, firstIndex: first, index } },
    )
  }
}

/** Converts an exact bigint result to a number, asserting it is a safe integer. */
export function toSafeNumber(value: bigint, path: CalcErrorPath): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new CalcError(
      'UNSAFE_INTEGER',
      `${formatPath(path)} came to ${value} cents, beyond the safe integer range (±${Number.MAX_SAFE_INTEGER})`,
      { path, details: { value: String(value) } },
    )
  }
  return Number(value)
}

/** Asserts that a result computed in doubles from safe integers is itself a safe integer. */
export function requireSafeResult(value: number, path: CalcErrorPath): number {
  if (!Number.isSafeInteger(value)) {
    throw new CalcError(
      'UNSAFE_INTEGER',
      `${formatPath(path)} came to ${value} cents, beyond the safe integer range (±${Number.MAX_SAFE_INTEGER})`,
      { path, details: { value } },
    )
  }
  return value
}

/** A value from a lookup that the caller must supply. */
export function requirePresent<T>(value: T | undefined, path: CalcErrorPath, what: string): T {
  if (value === undefined) {
    throw new CalcError('MISSING_VALUE', `${formatPath(path)} is missing: ${what}`, {
      path,
      details: { what },
    })
  }
  return value
}
