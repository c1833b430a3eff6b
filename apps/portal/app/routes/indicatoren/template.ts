import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { downloadResponse, tableToCsv } from '#app/server/table-export.server.ts'
import type { Route } from './+types/template'

/** GET /indicatoren/sjabloon.csv: the import template with its Dutch headers. */
export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const table = await getApi(context).indicator.template().catch(toRouteError)
  return downloadResponse(tableToCsv(table), { filename: `${table.filename}.csv`, format: 'csv' })
}
