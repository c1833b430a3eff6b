import { ScenarioIdSchema } from '@bt/domain'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/scenario-csv'
import { csvResponse } from '#app/server/scenario-csv.server.ts'

// GET /rekenen/scenario/:id/csv: a saved scenario's result as computed, as CSV.
export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const id = ScenarioIdSchema.safeParse(params.id)
  if (!id.success) notFound('Dit scenario bestaat niet.')
  const scenario = await getApi(context).calc.get({ scenarioId: id.data }).catch(toRouteError)
  return csvResponse(scenario.result, scenario.name)
}
