import { IndicatorKeySchema, IndicatorPeriodSchema } from '@bt/domain'
import { data } from 'react-router'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import { downloadResponse, tableToCsv, tableToXlsx } from '#app/server/table-export.server.ts'
import type { Route } from './+types/export'

/** GET /indicatoren/:key/export.csv|.xlsx: exactly the figures the page shows this caller (the API tiers them). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const key = IndicatorKeySchema.safeParse({ key: params.key })
  if (!key.success) throw data({ message: 'Deze indicator bestaat niet.' }, { status: 404 })
  const asked = new URL(request.url).searchParams.get('periode')
  const period = asked ? IndicatorPeriodSchema.safeParse(asked) : null
  if (period && !period.success) throw data({ message: 'Onbekende periode.' }, { status: 400 })
  const table = await getApi(context).indicator.download({ key: key.data.key, period: period?.data }).catch(toRouteError)
  const format = new URL(request.url).pathname.endsWith('.xlsx') ? 'xlsx' : 'csv'
  const content = format === 'csv' ? tableToCsv(table) : await tableToXlsx(table)
  return downloadResponse(content, { filename: `${table.filename}.${format}`, format })
}
