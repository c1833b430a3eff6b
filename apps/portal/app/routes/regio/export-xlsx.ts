import { downloadResponse, tableToXlsx } from '#app/server/table-export.server.ts'
import type { Route } from './+types/export-xlsx'
import { loadRegionTable, regionTableExport } from '#app/server/region-table.server.ts'

/** GET /regio/export.xlsx: the national region table (with the page's filters) as XLSX; signed in. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { filtered, conditionCount, asOf } = await loadRegionTable(context, request)
  return downloadResponse(await tableToXlsx(regionTableExport(filtered, conditionCount)), { filename: `regios-${asOf}.xlsx`, format: 'xlsx' })
}
