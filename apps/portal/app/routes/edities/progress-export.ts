import { loadProgressExport } from '#app/server/edition-export.server.ts'
import { downloadResponse, tableToCsv, tableToXlsx } from '#app/server/table-export.server.ts'
import type { Route } from './+types/progress-export'

/** GET /edities/:key/voortgang.(csv|xlsx): who has reported, by state; signed in. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const table = await loadProgressExport(context, request, params.key)
  const filename = `editie-${params.key}-stand`
  return new URL(request.url).pathname.endsWith('.xlsx')
    ? downloadResponse(await tableToXlsx(table), { filename: `${filename}.xlsx`, format: 'xlsx' })
    : downloadResponse(tableToCsv(table), { filename: `${filename}.csv`, format: 'csv' })
}
