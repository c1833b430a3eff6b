// Reading back what a form posted, for showing the user's input again; client-safe.

/** A posted text value, or undefined when the field was not posted. */
export function postedText(values: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = values?.[name]
  return typeof value === 'string' ? value : undefined
}

/** The failure of one form of a page with several: only when the posted intent (and key) is this form's. */
export function failureFor<F extends { intent?: string; values: Record<string, unknown> }>(
  failure: F | undefined,
  intent: string,
  match?: { name: string; value: string },
): F | undefined {
  if (!failure || failure.intent !== intent) return undefined
  if (match && postedText(failure.values, match.name) !== match.value) return undefined
  return failure
}
