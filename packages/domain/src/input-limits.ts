import { z } from 'zod'

// Limits every input meets before it reaches PostgreSQL, so bad input is a Dutch field message and
// never a database error (issue 11 item 5). The database constraints stay as the backstop.

/** The largest PostgreSQL `integer` (int4): ids, versions and revision numbers are int4 columns. */
export const INT4_MAX = 2_147_483_647

const NUMBER_TOO_LARGE = 'Dit nummer is te groot.'
const NOT_A_NUMBER = 'Vul een geheel getal in.'

/** A record id, version or revision number: a positive int4, from a number or a form string. */
export const RecordNumberSchema = z.coerce
  .number({ error: NOT_A_NUMBER })
  .int({ error: NOT_A_NUMBER })
  .positive({ error: 'Vul een getal groter dan 0 in.' })
  .max(INT4_MAX, { error: NUMBER_TOO_LARGE })

/** A version that may be 0 (nothing saved yet): a non-negative int4. */
export const VersionOrZeroSchema = z.coerce
  .number({ error: NOT_A_NUMBER })
  .int({ error: NOT_A_NUMBER })
  .nonnegative({ error: 'Vul 0 of een groter getal in.' })
  .max(INT4_MAX, { error: NUMBER_TOO_LARGE })

/** Dutch message for a text with a NUL character, which PostgreSQL cannot store in text or jsonb. */
export const NUL_CHARACTER_MESSAGE = 'De tekst bevat een ongeldig teken (NUL). Haal het weg en probeer het opnieuw.'

/**
 * The path of the first string (or object key) in `value` that holds a NUL character, or undefined.
 * Every input passes this check at the edge (tRPC and forms), whatever its schema.
 */
export function findNulCharacter(value: unknown, path: readonly (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? [...path] : undefined
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNulCharacter(item, [...path, i])
      if (found) return found
    }
    return undefined
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key]
      const found = findNulCharacter(item, [...path, key])
      if (found) return found
    }
  }
  return undefined
}
