import type { Route } from './+types/list-download'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import { regionListDefinitions, regionListTable } from '#app/server/region-list-export.server.ts'
import { downloadResponse, tableToCsv, tableToJson } from '#app/server/table-export.server.ts'

/** GET /regio/lijst.csv and .json: the public region list (reference data, for anyone) with definitions and date. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { regions, isExampleIndeling, asOf: today } = await getApi(context).region.list().catch(toRouteError)
  const table = regionListTable(regions)
  const filename = `regios-lijst-${today}`
  if (new URL(request.url).pathname.endsWith('.csv')) return downloadResponse(tableToCsv(table), { filename: `${filename}.csv`, format: 'csv' })
  const asOf = { datum: today, indeling: isExampleIndeling ? 'voorbeeldindeling' : 'ingelezen indeling' }
  return downloadResponse(tableToJson(table, { title: "De regio's", asOf, definitions: regionListDefinitions(isExampleIndeling) }), { filename: `${filename}.json`, format: 'json' })
}
