// Test support for the scenario schema tests: a zod result's issues as dotted path → message.

/** The issues of a failed parse, each message under its dotted path (the last one where a path repeats). */
export function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))
}
