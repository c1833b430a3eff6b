import { downloadResponse, tableToCsv } from '#app/server/table-export.server.ts'
import type { Route } from './+types/export-csv'
import { loadRegionTable, regionTableExport } from '#app/server/region-table.server.ts'

/** GET /regio/export.csv: the national region table (with the page's filters) as CSV; signed in. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { filtered, conditionCount, asOf } = await loadRegionTable(context, request)
  return downloadResponse(tableToCsv(regionTableExport(filtered, conditionCount)), { filename: `regios-${asOf}.csv`, format: 'csv' })
}
