import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { sheetFilename, sheetToXlsx } from '#app/server/sheets.server.ts'
import { downloadResponse } from '#app/server/table-export.server.ts'
import type { Route } from './+types/export-xlsx'
import { regionSlugOf } from '#app/server/agreement-forms.server.ts'

/** GET /regio/:slug/afspraken/export.xlsx: the region's agreements, their milestones and delays as an Excel workbook, every cell text, with a worksheet of valid values. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const sheet = await getApi(context).agreement.exportSheet({ slug }).catch(toRouteError)
  const content = await sheetToXlsx(sheet.rows, sheet.members, { milestones: sheet.milestones, delays: sheet.delays })
  return downloadResponse(content, { filename: sheetFilename(sheet.region.slug, 'xlsx'), format: 'xlsx' })
}
