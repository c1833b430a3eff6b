import { loadPackage } from '#app/server/edition-export.server.ts'
import { downloadResponse, tablesToXlsx, tableToCsv } from '#app/server/table-export.server.ts'
import { zipStored } from '#app/server/zip.server.ts'
import type { Route } from './+types/package'

/**
 * GET /edities/:key/pakket.(xlsx|csv|json): a frozen edition as one package with definitions —
 * a workbook with a sheet per table, a ZIP of CSV files, or one JSON document. Signed in.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { pkg, tables } = await loadPackage(context, request, params.key)
  const filename = `editie-${params.key}`
  const path = new URL(request.url).pathname
  if (path.endsWith('.xlsx')) return downloadResponse(await tablesToXlsx(tables), { filename: `${filename}.xlsx`, format: 'xlsx' })
  if (path.endsWith('.json')) return downloadResponse(JSON.stringify(pkg, null, 2), { filename: `${filename}.json`, format: 'json' })
  const encoder = new TextEncoder()
  const files = tables.map((t) => ({ name: `${t.sheetName}.csv`, content: encoder.encode(tableToCsv(t)) }))
  return downloadResponse(zipStored(files), { filename: `${filename}-csv.zip`, format: 'zip' })
}
