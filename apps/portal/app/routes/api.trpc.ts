import { requestContext } from '#app/server/api.server.ts'
import type { Route } from './+types/api.trpc'

const ENDPOINT = '/api/trpc'

function handle({ request, context }: Route.LoaderArgs | Route.ActionArgs) {
  const { runtime, scope } = context.get(requestContext)
  return runtime.handle(request, ENDPOINT, scope)
}

export const loader = handle
export const action = handle
