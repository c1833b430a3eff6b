/**
 * The closed set of broken preconditions calc reports (STYLE.md §6); api maps each to a Dutch field
 * message.
 */
export const CALC_ERROR_CODES = [
  'NOT_FINITE',
  'NOT_AN_INTEGER',
  'UNSAFE_INTEGER',
  'NEGATIVE_AMOUNT',
  'NEGATIVE_WEIGHT',
  'ZERO_TOTAL_WEIGHT',
  'DUPLICATE_KEY',
  'UNKNOWN_MUNICIPALITY',
  'MISSING_VALUE',
  'OVERLAPPING_MEMBERSHIP',
  'EMPTY_REGION',
  'INVALID_SCHEDULE',
  'OUT_OF_RANGE',
  'EXCEEDS_TOTAL',
  'TOTAL_MISMATCH',
  'INVALID_DATE',
  'INVALID_PERIOD',
] as const

/** One calc error code. */
export type CalcErrorCode = (typeof CALC_ERROR_CODES)[number]

/**
 * Where in the input the broken value sits, as a zod-style path: ['municipalities', 3,
 * 'inhabitants'].
 */
export type CalcErrorPath = readonly (string | number)[]

/** A value named by an error, kept structured so the api can build its own Dutch message. */
export type CalcErrorDetail = string | number | boolean | null

/**
 * A broken calc precondition: a code from CALC_ERROR_CODES, a message naming the values, the input
 * path.
 */
export class CalcError extends Error {
  override readonly name = 'CalcError'
  readonly code: CalcErrorCode
  readonly path: CalcErrorPath
  readonly details: Readonly<Record<string, CalcErrorDetail>>

  constructor(
    code: CalcErrorCode,
    message: string,
    options: { path?: CalcErrorPath; details?: Record<string, CalcErrorDetail> } = {},
  ) {
    super(message)
    this.code = code
    this.path = options.path ?? []
    this.details = options.details ?? {}
  }
}

/** Whether value is a CalcError, optionally with the given code. */
export function isCalcError(value: unknown, code?: CalcErrorCode): value is CalcError {
  return value instanceof CalcError && (code === undefined || value.code === code)
}

/**
 * Renders a path for messages: ['municipalities', 3, 'inhabitants'] →
 * 'municipalities[3].inhabitants'.
 */
export function formatPath(path: CalcErrorPath): string {
  let text = ''
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`
    else text += text === '' ? part : `.${part}`
  }
  return text === '' ? '(input)' : text
}
