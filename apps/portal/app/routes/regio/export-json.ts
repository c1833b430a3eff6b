import { downloadResponse, tableToJson } from '#app/server/table-export.server.ts'
import type { Route } from './+types/export-json'
import { loadRegionTable, regionTableDefinitions, regionTableExport } from '#app/server/region-table.server.ts'

/** GET /regio/export.json: the national region table (with the page's filters) with definitions and as-of; signed in. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { filtered, conditionCount, asOf } = await loadRegionTable(context, request)
  const table = regionTableExport(filtered, conditionCount)
  const json = tableToJson(table, {
    title: "De regio's naast elkaar",
    asOf: { datum: asOf, filter: new URL(request.url).search || null, regios: String(filtered.length) },
    definitions: regionTableDefinitions(conditionCount),
  })
  return downloadResponse(json, { filename: `regios-${asOf}.json`, format: 'json' })
}
