import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { CSV_MEDIA_TYPE, sheetFilename, sheetToCsv } from '#app/server/sheets.server.ts'
import type { Route } from './+types/export-csv'
import { regionSlugOf } from './agreement-forms.server.ts'

/** GET /regio/:slug/afspraken/export.csv: the region's agreements as CSV (the API decides who may read them). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const sheet = await getApi(context).agreement.exportSheet({ slug }).catch(toRouteError)
  return new Response(sheetToCsv(sheet.rows), {
    headers: {
      'Content-Type': CSV_MEDIA_TYPE,
      'Content-Disposition': `attachment; filename="${sheetFilename(sheet.region.slug, 'csv')}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
