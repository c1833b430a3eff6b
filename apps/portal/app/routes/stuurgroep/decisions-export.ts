import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { decisionsExport } from '#app/server/decisions-export.server.ts'
import { downloadResponse, tableToCsv, tableToXlsx } from '#app/server/table-export.server.ts'
import type { Route } from './+types/decisions-export'

/** GET /stuurgroep/besluiten.csv|.xlsx: the decisions list for steering members, analysts and advisers. */
export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const table = decisionsExport(await getApi(context).meeting.decisions().catch(toRouteError))
  const format = new URL(request.url).pathname.endsWith('.xlsx') ? 'xlsx' : 'csv'
  const content = format === 'csv' ? tableToCsv(table) : await tableToXlsx(table)
  return downloadResponse(content, { filename: `besluiten-stuurgroep.${format}`, format })
}
