import type { FinancialAgreementContent } from '@bt/domain'
import type { FormFailure } from '#app/lib/forms.ts'

// What the financial-agreement page's sections share: the loader's agreement and a section's failure.

/** The API's agreement as the page receives it (dates as they come over the wire). */
export interface AgreementView {
  region: { code: string; name: string; slug: string }
  content: FinancialAgreementContent
  version: number | null
  members: { code: string; name: string }[]
  canEdit: boolean
}

/** The saved document a stale save (409) carries. */
export interface SavedAgreement {
  version: number
  content: FinancialAgreementContent
}

export function isSavedAgreement(value: unknown): value is SavedAgreement {
  return typeof value === 'object' && value !== null && 'version' in value && 'content' in value
}

/** A section's failure, when the last post was this section's. */
export function failureOf(failure: FormFailure | undefined, section: string): FormFailure | undefined {
  return failure?.intent === section ? failure : undefined
}

/** A posted value at a dotted path of the failure's values, as text. */
export function postedAt(failure: FormFailure | undefined, path: string): string | undefined {
  let value: unknown = failure?.values
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined
    value = Reflect.get(value, part)
  }
  return typeof value === 'string' ? value : undefined
}

/** The first message for a field of a failure. */
export function errorAt(failure: FormFailure | undefined, path: string): string | undefined {
  return failure?.fieldErrors?.[path]?.[0]
}

/** The label of the option with this key; `missing` when there is no such option (no choice made). */
export function optionLabel(options: readonly { key: string; label: string }[], key: string | null | undefined, missing = 'Geen keuze'): string {
  return options.find((o) => o.key === key)?.label ?? missing
}
