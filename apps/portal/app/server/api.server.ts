import type { ApiRuntime, RequestScope } from '@bt/api'
import { getHTTPStatusCodeFromError, TRPCError } from '@bt/api/http'
import { createContext, data, redirect, type MiddlewareFunction, type RouterContextProvider } from 'react-router'
import { getRuntime } from './runtime.server.ts'
import { isCrossSiteMutation } from './same-origin.server.ts'
import { clearSessionCookie, readSessionToken, sessionCookie } from './session.server.ts'

/** The API caller of the current request, acting as its actor. */
export type ApiCaller = ReturnType<ApiRuntime['caller']>

/** Per-request facts: the id that ties log lines to the error page, and the runtime scope. */
export interface RequestState {
  requestId: string
  scope: RequestScope
  runtime: ApiRuntime
  clientAddress: string | null
}

export const requestContext = createContext<RequestState>()

/** Shown when the database cannot be reached: the page answers 503, never a stack trace. */
const UNAVAILABLE = 'De portal kan de database nu niet bereiken. Probeer het over enkele minuten opnieuw.'

/** Header our server sets from the socket (or trusted proxy) address; a client cannot supply it. */
export const CLIENT_ADDRESS_HEADER = 'x-bt-client-address'

/**
 * Root middleware: give every loader and action a request id, the API runtime and the actor behind
 * the session cookie; renew or clear the cookie on the way out.
 */
export const apiMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const requestId = crypto.randomUUID()
  if (isCrossSiteMutation(request)) throw data({ message: 'Dit verzoek komt niet van deze site.' }, { status: 403 })
  const runtime = await getRuntime().catch((error: unknown) => {
    console.error(`[${requestId}] API runtime unavailable`, error)
    throw data({ message: UNAVAILABLE, requestId }, { status: 503 })
  })
  const token = readSessionToken(request)
  const session = token ? await runtime.authenticate(token).catch(toRouteError) : undefined
  const clientAddress = request.headers.get(CLIENT_ADDRESS_HEADER)
  context.set(requestContext, { requestId, runtime, clientAddress, scope: { actor: session?.actor ?? null, requestId, hasDemoData: session?.hasDemoData } })
  const response = await next()
  // Nothing a signed-in user sees may be stored by a browser or proxy (drafts, names): the page and
  // its `.data` alike. Signed-in HTML also carries a per-request CSP nonce. A route that already
  // forbids storing (downloads: `private, no-store`) keeps its own value.
  if (session && !/\bno-store\b/.test(response.headers.get('Cache-Control') ?? '')) {
    response.headers.set('Cache-Control', 'no-store')
  }
  if (token && !session) response.headers.append('Set-Cookie', clearSessionCookie())
  if (token && session?.renewed) response.headers.append('Set-Cookie', sessionCookie(token, session.expiresAt))
  return response
}

/** The signed-in actor, or a redirect to the login page that comes back here afterwards. */
export function requireActor(context: Readonly<RouterContextProvider>, request: Request) {
  const { actor } = context.get(requestContext).scope
  if (actor) return actor
  const url = new URL(request.url)
  throw redirect(`/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`)
}

/** The API caller for this request (STYLE.md §9). */
export function getApi(context: Readonly<RouterContextProvider>): ApiCaller {
  const { runtime, scope } = context.get(requestContext)
  return runtime.caller(scope)
}

const MESSAGES: Partial<Record<number, string>> = {
  400: 'De gegevens in het verzoek kloppen niet.',
  401: 'Log in om deze pagina te bekijken.',
  403: 'U heeft geen toegang tot deze pagina.',
  404: 'Deze pagina bestaat niet.',
  409: 'Iemand anders heeft deze gegevens intussen gewijzigd.',
  429: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
}

/**
 * Turn an API error into a response the route's ErrorBoundary shows with the right status
 * (STYLE.md §11): 4xx keep the API's Dutch message (validation issues get a general one), an outage
 * is a 503. Anything else is rethrown and reaches the boundary as a 500 with a request id.
 */
export function toRouteError(error: unknown): never {
  if (!(error instanceof TRPCError)) throw error
  const status = getHTTPStatusCodeFromError(error)
  if (status === 503) throw data({ message: UNAVAILABLE }, { status })
  if (status >= 500) throw error
  const message = status === 400 ? MESSAGES[400] : error.message || MESSAGES[status]
  throw data({ message }, { status })
}

/** Throw a 404 for the boundary, e.g. for a malformed id the API would never find. */
export function notFound(message = 'Deze pagina bestaat niet.'): never {
  throw data({ message }, { status: 404 })
}
