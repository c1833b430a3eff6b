import { redirect } from 'react-router'
import { requestContext, toRouteError } from '#app/server/api.server.ts'
import { clearSessionCookie, readSessionToken } from '#app/server/session.server.ts'
import type { Route } from './+types/logout'

/** POST only: logging out by a link would let any page log you out. */
export async function action({ request, context }: Route.ActionArgs) {
  const token = readSessionToken(request)
  if (token) await context.get(requestContext).runtime.logout(token).catch(toRouteError)
  return redirect('/', { headers: { 'Set-Cookie': clearSessionCookie() } })
}

export function loader() {
  return redirect('/')
}
