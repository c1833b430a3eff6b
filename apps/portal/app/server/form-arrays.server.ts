/**
 * `formDataToObject` nests dotted names into objects, so repeated rows named `fields.partners.0.name`
 * arrive as `{ partners: { '0': { name } } }`. This turns every object whose keys are all indexes
 * into an array in index order (gaps closed), the shape the domain schemas and react-hook-form use.
 */
export function withFormArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withFormArrays)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value)
  const isList = entries.length > 0 && entries.every(([key]) => /^(0|[1-9]\d{0,3})$/.test(key))
  if (isList) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => withFormArrays(item))
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, withFormArrays(item)]))
}

/** `withFormArrays` for a form's top-level object. */
export function withFormArraysIn(values: Record<string, unknown>): Record<string, unknown> {
  // withFormArrays keeps the top level an object (only nested groups become arrays).
  return withFormArrays(values) as Record<string, unknown>
}
