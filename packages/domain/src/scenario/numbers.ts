import { z } from 'zod'
import { MAX_SCENARIO_EUROS, MAX_SCENARIO_YEAR, MIN_SCENARIO_YEAR } from './constants.ts'
import { isList, itemAt } from '../checked.ts'

// Numbers as people type them: euros, percentages, whole numbers and lists, parsed into cents and
// basis points with a Dutch message naming the field.

/** The value of a form text, or undefined for a blank field. */
export const blankToUndefined = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
    ? undefined
    : value

/**
 * Reads a non-negative decimal as typed in Dutch or English: "1.900.000", "1900000", "2,5", "2.5",
 * "€ 140.096.291,00". A comma is the decimal mark (dots then group thousands); without a comma a dot
 * followed by groups of exactly three digits groups thousands, any other dot is the decimal mark.
 * Returns the digits as [integer part, fraction part], or null when it is not such a number.
 */
export function readDecimal(input: string | number): [string, string] | null {
  let text =
    typeof input === 'number' ? (Number.isFinite(input) && input >= 0 ? String(input) : '') : input
  text = text.replace(/[\s\u00a0€%]/g, '')
  if (text.includes(',')) {
    if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(text)) return null
    text = text.replace(/\./g, '').replace(',', '.')
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, '')
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return null
  return [itemAt(match, 1), match[2] ?? '']
}

interface ScaledOptions {
  /** Digits kept after the decimal mark: 2 for euros → cents and percent → basis points. */
  decimals: number
  min: number
  max: number
  required: string
  invalid: string
  tooManyDecimals: string
  outOfRange: string
}

/** A decimal scaled to an integer (euros → cents: decimals 2); min and max are in the typed unit. */
export function scaled(options: ScaledOptions) {
  return z.union([z.string(), z.number()], { error: options.required }).transform((value, ctx) => {
    const parts = readDecimal(value)
    if (!parts) {
      ctx.issues.push({ code: 'custom', message: options.invalid, input: value })
      return z.NEVER
    }
    const [whole, fraction] = parts
    if (fraction.replace(/0+$/, '').length > options.decimals) {
      ctx.issues.push({ code: 'custom', message: options.tooManyDecimals, input: value })
      return z.NEVER
    }
    const unit = 10n ** BigInt(options.decimals)
    const result =
      BigInt(whole) * unit +
      BigInt(fraction.padEnd(options.decimals, '0').slice(0, options.decimals) || '0')
    if (
      result < BigInt(Math.round(options.min * Number(unit))) ||
      result > BigInt(Math.round(options.max * Number(unit)))
    ) {
      ctx.issues.push({ code: 'custom', message: options.outOfRange, input: value })
      return z.NEVER
    }
    return Number(result)
  })
}

export const euroFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/** An amount in euros (at most two decimals) → integer cents. */
export function euros(
  what: string,
  { min = 0, max = MAX_SCENARIO_EUROS }: { min?: number; max?: number } = {},
) {
  return scaled({
    decimals: 2,
    min,
    max,
    required: `Vul ${what} in.`,
    invalid: `Vul ${what} in als bedrag in euro's, bijvoorbeeld 1.900.000 of 2500,50.`,
    tooManyDecimals: `Vul ${what} in met hoogstens twee cijfers achter de komma.`,
    outOfRange:
      min > 0
        ? `Vul voor ${what} een bedrag in van € ${euroFormat.format(min)} tot € ${euroFormat.format(max)}.`
        : `Vul voor ${what} een bedrag in van € 0 tot € ${euroFormat.format(max)}.`,
  })
}

/** A percentage (at most two decimals) → basis points. */
export function percent(what: string, max = 100) {
  return scaled({
    decimals: 2,
    min: 0,
    max,
    required: `Vul ${what} in.`,
    invalid: `Vul ${what} in als percentage, bijvoorbeeld 30 of 2,5.`,
    tooManyDecimals: `Vul ${what} in met hoogstens twee cijfers achter de komma.`,
    outOfRange: `Vul voor ${what} een percentage in van 0 tot en met ${max}.`,
  })
}

/** A whole number in a range, from a form text or a number. */
export function wholeNumber(what: string, min: number, max: number) {
  const outOfRange = `Vul voor ${what} een heel getal in van ${min} tot en met ${max}.`
  return z.coerce
    .number({ error: `Vul ${what} in als heel getal.` })
    .int({ error: outOfRange })
    .min(min, { error: outOfRange })
    .max(max, { error: outOfRange })
}

export const year = (what: string) => wholeNumber(what, MIN_SCENARIO_YEAR, MAX_SCENARIO_YEAR)

/** An optional field: blank (or absent) becomes undefined, so the default applies. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional())
}

/** A list typed as "1000; 900; 800" (semicolons, spaces or new lines between the values). */
export function splitList(text: string): string[] {
  return text
    .split(/[;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/**
 * A yes/no checkbox: a hidden "false" plus a checkbox "true" arrive as ['false', 'true'] when ticked;
 * absent (an API caller leaving it out) is undefined, so the caller's default applies.
 */
export function checkbox() {
  return z.preprocess((value) => {
    const last = isList(value) ? value.at(-1) : value
    if (last === undefined || last === null || last === '') return undefined
    return last === true || last === 'true' || last === 'on'
  }, z.boolean().optional())
}

/** An amount in euros that may be negative ("-1.250,50"), e.g. money received back → signed cents. */
export function signedEuros(what: string) {
  const magnitude = euros(what)
  return z.union([z.string(), z.number()], { error: `Vul ${what} in.` }).transform((value, ctx) => {
    const text = String(value).trim()
    const negative = /^[-−]/.test(text)
    const parsed = magnitude.safeParse(negative ? text.replace(/^[-−]\s*/, '') : text)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.issues.push({ code: 'custom', message: issue.message, input: value })
      return z.NEVER
    }
    return negative ? -parsed.data : parsed.data
  })
}
