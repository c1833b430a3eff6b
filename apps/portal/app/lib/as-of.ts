import { EditionKeySchema } from '@bt/domain'

/** The `per` search parameter as a moment id, or undefined for "now" (a malformed value is ignored). */
export function asOfParam(request: Request): number | undefined {
  const raw = new URL(request.url).searchParams.get('per')
  if (!raw || !/^\d{1,9}$/.test(raw)) return undefined
  return Number(raw)
}

/** The `editie` search parameter as an edition key, or undefined for the live view (a malformed value is ignored). */
export function editionParam(request: Request): string | undefined {
  const parsed = EditionKeySchema.safeParse(new URL(request.url).searchParams.get('editie'))
  return parsed.success ? parsed.data : undefined
}
