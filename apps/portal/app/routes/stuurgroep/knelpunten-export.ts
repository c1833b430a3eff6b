import { loadRegister, registerExport } from '#app/server/bottlenecks.server.ts'
import { downloadResponse, tableToCsv, tableToXlsx } from '#app/server/table-export.server.ts'
import type { Route } from './+types/knelpunten-export'

/** GET /stuurgroep/knelpunten/export.csv|.xlsx: the register as the page shows it to this caller, with its filters. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const register = await loadRegister(context, request)
  const table = registerExport(register)
  const format = new URL(request.url).pathname.endsWith('.xlsx') ? 'xlsx' : 'csv'
  const content = format === 'csv' ? tableToCsv(table) : await tableToXlsx(table)
  return downloadResponse(content, { filename: `knelpunten.${format}`, format })
}
