import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import { TRPCError } from '@trpc/server'
import type { ApiRuntime } from '../runtime.ts'
import type { CacheClass } from './dataset.ts'
import { API_BASE, buildOpenApiDocument } from './openapi.ts'
import type { ApiError } from './schemas.ts'

type Caller = ReturnType<ApiRuntime['caller']>

/** An answer of the public API before it becomes HTTP: status, JSON body, and how long it may be kept. */
export interface PublicApiAnswer {
  status: number
  body: unknown
  /** null for errors: they are never cached. */
  cache: CacheClass | null
}

const CODE_BY_STATUS: Record<number, ApiError['error']['code']> = {
  400: 'INVALID',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  429: 'TOO_MANY_REQUESTS',
  503: 'UNAVAILABLE',
}

/** An error in the API's one shape; 5xx other than an outage say nothing about the cause. */
export function apiError(status: number, message: string): PublicApiAnswer {
  const code = CODE_BY_STATUS[status] ?? 'INTERNAL'
  const body: ApiError = {
    error: {
      code,
      message:
        code === 'INTERNAL'
          ? 'Er ging iets mis aan onze kant. Probeer het later opnieuw.'
          : message,
    },
  }
  return { status, body, cache: null }
}

function fromError(error: unknown, requestId: string): PublicApiAnswer {
  if (error instanceof TRPCError) {
    const status = getHTTPStatusCodeFromError(error)
    // A zod error's text names internals: the API gives one Dutch sentence for a bad parameter.
    if (status === 400 && error.code === 'BAD_REQUEST' && !error.message.startsWith('Parameter'))
      return apiError(400, 'Een parameter van het verzoek klopt niet.')
    if (status < 500 || status === 503) return apiError(status, error.message)
  }
  console.error(`[${requestId}] public API failed`, error)
  return apiError(500, '')
}

/**
 * Answer a GET under /api/v1 (the path after the host, and the query). Every path the OpenAPI document
 * lists is answered here; anything else is a 404 in the same error shape.
 */
export async function answerPublicApi(
  caller: Caller,
  url: URL,
  requestId: string,
): Promise<PublicApiAnswer> {
  const path = url.pathname.replace(/\/+$/, '')
  try {
    if (path === `${API_BASE}/openapi.json`)
      return { status: 200, body: buildOpenApiDocument(), cache: 'current' }
    if (path === `${API_BASE}/datasets`)
      return { status: 200, body: await caller.openData.list(), cache: 'current' }
    const key = path.startsWith(`${API_BASE}/datasets/`)
      ? decodeURIComponent(path.slice(`${API_BASE}/datasets/`.length))
      : null
    if (key && !key.includes('/')) {
      const { file, cache } = await caller.openData.dataset({
        key,
        query: Object.fromEntries(url.searchParams),
      })
      return { status: 200, body: file, cache }
    }
    return apiError(
      404,
      `Het adres ${path} bestaat niet in deze API; zie ${API_BASE}/openapi.json.`,
    )
  } catch (error) {
    if (error instanceof URIError) return apiError(404, 'Dit adres bestaat niet in deze API.')
    return fromError(error, requestId)
  }
}
