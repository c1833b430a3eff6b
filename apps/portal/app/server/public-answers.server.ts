import { createHash } from 'node:crypto'
import { apiError, type CacheClass } from '@bt/api'
import { TRPCError } from '@bt/api/http'
import type { RouterContextProvider } from 'react-router'
import { requestContext } from './api.server.ts'

/**
 * HTTP for open data and the public API (issue 15, ADR 022): the rate limit per client address, and
 * safe caching with strong ETags. Both downloads under /open-data and /api/v1 use these.
 */

/**
 * How long each kind of answer may be kept. Frozen editions never change (immutable in the database);
 * a past decision moment changes only by an analyst's correction, so a day; the rest five minutes. An
 * ETag makes revalidation after that cheap.
 */
export const CACHE_CONTROL: Record<CacheClass, string> = {
  frozen: 'public, max-age=31536000, immutable',
  past: 'public, max-age=86400',
  current: 'public, max-age=300',
  // A signed-in visitor's file holds what only they may see: like every signed-in download, not stored.
  private: 'private, no-store',
}

/** The error answer of the public API: the one JSON shape, never cached. */
export function apiErrorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(apiError(status, message).body, {
    status,
    headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*', ...headers },
  })
}

/**
 * Count this request against the client address's quota (counters in PostgreSQL, so every portal
 * process shares them). Returns a 429 with Retry-After when the quota is spent, else null. The address
 * is the one our server set from the socket or, with TRUST_PROXY, from the trusted proxy.
 */
export async function refuseOverQuota(
  context: Readonly<RouterContextProvider>,
): Promise<Response | null> {
  const { runtime, clientAddress } = context.get(requestContext)
  const answer = await runtime.takePublicRequest(clientAddress).catch((error: unknown) => {
    // The database is down (the runtime rethrows that as SERVICE_UNAVAILABLE): a 503 in the API's shape.
    if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE')
      throw apiErrorResponse(503, error.message)
    throw error
  })
  if (answer.allowed) return null
  const wait = String(answer.retryAfterSeconds)
  return apiErrorResponse(
    429,
    `Te veel verzoeken vanaf uw adres. Probeer het over ${wait} seconden opnieuw.`,
    { 'Retry-After': wait },
  )
}

/** A strong ETag: the SHA-256 of the exact bytes sent. */
function etagOf(body: string | Uint8Array<ArrayBuffer>): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`
}

/** Whether an If-None-Match header names this ETag (a list, or `*`); weak validators never match a strong one. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t === etag
  })
}

/** An answer with a strong ETag and the cache lifetime of its class; 304 when the client has it already. */
export function cacheableResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  options: { contentType: string; cache: CacheClass; headers?: Record<string, string> },
): Response {
  const etag = etagOf(body)
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL[options.cache], ...options.headers }
  if (matches(request.headers.get('If-None-Match'), etag))
    return new Response(null, { status: 304, headers })
  return new Response(body, { headers: { 'Content-Type': options.contentType, ...headers } })
}
