// A logbook page's filter from its URL: Dutch parameter names (soort, door, regio, van, tot, voor),
// checked with the api's own schema so a bad value gets its Dutch message beside its field.
import { AuditLogFilterSchema, type AuditLogFilter } from '@bt/domain'

/** URL parameter → filter field. */
const PARAMS = { soort: 'entityType', door: 'actor', regio: 'regionCode', van: 'from', tot: 'until', voor: 'before' } as const

export type LogbookParam = keyof typeof PARAMS

export interface LogbookQuery {
  /** The raw values, to fill the form in again. */
  values: Partial<Record<LogbookParam, string>>
  /** The checked filter, or null when a value is wrong. */
  filter: AuditLogFilter | null
  /** Dutch messages per URL parameter. */
  problems: Partial<Record<LogbookParam, string>>
}

export function readLogbookQuery(request: Request): LogbookQuery {
  const url = new URL(request.url)
  const values: Partial<Record<LogbookParam, string>> = {}
  const input: Record<string, string> = {}
  for (const [param, field] of Object.entries(PARAMS)) {
    const value = url.searchParams.get(param)
    if (value === null) continue
    values[param as LogbookParam] = value // Object.entries loses the literal keys of PARAMS
    input[field] = value
  }
  const parsed = AuditLogFilterSchema.safeParse(input)
  if (parsed.success) return { values, filter: parsed.data, problems: {} }
  const problems: Partial<Record<LogbookParam, string>> = {}
  for (const issue of parsed.error.issues) {
    const param = (Object.keys(PARAMS) as LogbookParam[]).find((p) => PARAMS[p] === issue.path[0]) // keys of the const above
    if (param && !problems[param]) problems[param] = issue.message
  }
  return { values, filter: null, problems }
}
