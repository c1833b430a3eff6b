import type { paths } from './openapi-types.ts'

/**
 * A small typed client of the public API, on the types openapi-typescript generates from the OpenAPI
 * document. It is type-checked with the package, and the leak test uses it, so a change of the document
 * that breaks a consumer breaks the build (issue 15).
 */

/** Every path of the API. */
export type ApiPath = keyof paths

/** The JSON a path answers with 200. */
export type ApiAnswer<P extends ApiPath> =
  paths[P]['get']['responses'][200]['content']['application/json']

/** GET a path of the public API from a portal at `baseUrl`; throws with the API's Dutch message on an error. */
export async function getFromApi<P extends ApiPath>(
  baseUrl: string,
  path: P,
  query: Record<string, string> = {},
): Promise<ApiAnswer<P>> {
  const search = new URLSearchParams(query).toString()
  const response = await fetch(`${baseUrl}${path}${search ? `?${search}` : ''}`, {
    headers: { Accept: 'application/json' },
  })
  const body: unknown = await response.json()
  if (!response.ok) {
    // Every error has the documented shape { error: { code, message } }.
    const error = (body as { error?: { message?: string } }).error
    throw new Error(`${response.status}: ${error?.message ?? 'onbekende fout'}`)
  }
  // The answer is what the document says for this path (the leak test checks it against the document).
  return body as ApiAnswer<P>
}
