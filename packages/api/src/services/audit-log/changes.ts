// The before/after of one audit entry as a short list of changed fields in words, so a logbook can
// show what changed without a reader opening JSON.
import { auditFieldLabel } from '@bt/domain'

export interface FieldChange {
  field: string
  before: string | null
  after: string | null
}

/** Longer values are cut: the logbook shows what changed, the record's own page shows it whole. */
const MAX_VALUE_LENGTH = 300

/** Bookkeeping fields that change with every save and say nothing to a reader. */
const IGNORED = new Set(['version', 'updatedAt', 'updatedByLabel', 'createdAt', 'id', 'passwordHash'])

/** The fields that differ between before and after (every field of `after` for a creation). */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const from = asRecord(before)
  const to = asRecord(after)
  if (!from && !to) return []
  const fields = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])].filter((f) => !IGNORED.has(f))
  return fields.flatMap((field) => {
    const was = from ? show(from[field]) : null
    const is = to ? show(to[field]) : null
    if (was === is) return []
    // A field only in `before` was not part of the save (before is often the whole row)
    if (from && to && !(field in to)) return []
    return [{ field: auditFieldLabel(field), before: was, after: is }]
  })
}

function asRecord(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  return Object.fromEntries(Object.entries(value))
}

function show(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? formatScalar(value)
        : Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')
          ? value.join(', ')
          : JSON.stringify(value)
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text
}

function formatScalar(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nee'
  return value.toLocaleString('nl-NL')
}
