import { loadPackage, packageResponse } from '#app/server/edition-export.server.ts'
import type { Route } from './+types/package'

/**
 * GET /edities/:key/pakket.(xlsx|csv|json): a frozen edition as one package with definitions —
 * a workbook with a sheet per table, a ZIP of CSV files, or one JSON document. Signed in.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const pkg = await loadPackage(context, request, params.key)
  const path = new URL(request.url).pathname
  return packageResponse(pkg, path.endsWith('.xlsx') ? 'xlsx' : path.endsWith('.json') ? 'json' : 'zip')
}
