import { answerPublicApi } from '@bt/api'
import { getApi, requestContext } from '#app/server/api.server.ts'
import {
  apiErrorResponse,
  cacheableResponse,
  refuseOverQuota,
} from '#app/server/public-answers.server.ts'
import type { Route } from './+types/api.v1'

/** GET /api/v1/*: the public, read-only JSON API (ADR 022); its OpenAPI document is /api/v1/openapi.json. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const refused = await refuseOverQuota(context)
  if (refused) return refused
  const answer = await answerPublicApi(
    getApi(context),
    new URL(request.url),
    context.get(requestContext).requestId,
  )
  if (answer.cache === null)
    return Response.json(answer.body, {
      status: answer.status,
      headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' },
    })
  return cacheableResponse(request, JSON.stringify(answer.body), {
    contentType: 'application/json; charset=utf-8',
    cache: answer.cache,
    headers: { 'Access-Control-Allow-Origin': '*' },
  })
}

/** The API is read-only: any other method is refused in the same error shape. */
export function action() {
  return apiErrorResponse(405, 'Deze API kan alleen lezen (GET).', { Allow: 'GET' })
}
