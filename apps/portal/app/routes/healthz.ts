import { requestContext } from '#app/server/api.server.ts'
import type { Route } from './+types/healthz'

/** Liveness and readiness in one: 200 when the database answers, 503 otherwise. */
export async function loader({ context }: Route.LoaderArgs) {
  const healthy = await context.get(requestContext).runtime.isHealthy()
  return Response.json(
    { status: healthy ? 'ok' : 'database-unavailable' },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
