import type { Route } from './+types/status-json'
import { loadStatusExport, STATUS_DEFINITIONS } from '#app/server/status-export.server.ts'

/** GET /bouwstenen/stand.json[?per=<moment>]: every sub-line's status with definitions and as-of, public. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { rows, asOf } = await loadStatusExport(context, request)
  const body = JSON.stringify({ titel: 'Stand per bouwsteen', stand_per: asOf, definities: STATUS_DEFINITIONS, rijen: rows }, null, 2)
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="stand-bouwstenen-${asOf.date}.json"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
