import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { sheetFilename, sheetToCsv, timelineToCsv } from '#app/server/sheets.server.ts'
import { downloadResponse } from '#app/server/table-export.server.ts'
import type { Route } from './+types/export-csv'
import { regionSlugOf } from '#app/server/agreement-forms.server.ts'

/**
 * GET /regio/:slug/afspraken/export.csv: the region's agreements as CSV (the API decides who may read
 * them); `?blad=mijlpalen` or `?blad=vertragingen` gives their milestones or delays as their own CSV.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const part = new URL(request.url).searchParams.get('blad')
  const sheet = await getApi(context).agreement.exportSheet({ slug }).catch(toRouteError)
  if (part === 'mijlpalen' || part === 'vertragingen') {
    const csv = timelineToCsv(part === 'mijlpalen' ? 'milestones' : 'delays', part === 'mijlpalen' ? sheet.milestones : sheet.delays)
    return downloadResponse(csv, { filename: sheetFilename(sheet.region.slug, 'csv', part), format: 'csv' })
  }
  return downloadResponse(sheetToCsv(sheet.rows), { filename: sheetFilename(sheet.region.slug, 'csv'), format: 'csv' })
}
