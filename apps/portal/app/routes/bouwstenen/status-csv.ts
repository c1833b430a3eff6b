import { downloadResponse, tableToCsv } from '#app/server/table-export.server.ts'
import type { Route } from './+types/status-csv'
import { loadStatusExport } from '#app/server/status-export.server.ts'

/** GET /bouwstenen/stand.csv[?per=<moment>]: every sub-line's status, public. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { table, asOf } = await loadStatusExport(context, request)
  return downloadResponse(tableToCsv(table), { filename: `stand-bouwstenen-${asOf.date}.csv`, format: 'csv' })
}
