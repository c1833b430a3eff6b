import { data } from 'react-router'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import { cacheableResponse, refuseOverQuota } from '#app/server/public-answers.server.ts'
import { CSV_MEDIA_TYPE, tableToCsv, type ExportCell } from '#app/server/table-export.server.ts'
import type { Route } from './+types/download'

const FILE = /^([a-z0-9-]{1,80})\.(csv|json)$/

/** A JSON cell as a CSV cell: booleans in Dutch, everything else as is. */
const toCell = (value: string | number | boolean | null): ExportCell =>
  typeof value === 'boolean' ? (value ? 'ja' : 'nee') : value

/**
 * GET /open-data/<dataset>.csv|.json[?per=…][&scheiding=puntkomma]: a public data set as a file. The JSON
 * holds the description, definitions, as-of, states, source and licence beside the rows; the CSV the
 * rows under the columns' Dutch titles, through the one table exporter (BOM; `;` for Dutch Excel).
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const file = FILE.exec(params.file)
  if (!file?.[1] || !file[2]) throw data({ message: 'Dit bestand bestaat niet.' }, { status: 404 })
  const [key, format] = [file[1], file[2]]
  const refused = await refuseOverQuota(context)
  if (refused) return refused
  const url = new URL(request.url)
  const delimiter = url.searchParams.get('scheiding') === 'puntkomma' ? ';' : ','
  url.searchParams.delete('scheiding')
  const { file: content, cache } = await getApi(context)
    .openData.dataset({ key, query: Object.fromEntries(url.searchParams) })
    .catch(toRouteError)
  const asOf = content.dataset.asOf.date
  const filename = `${key}-${asOf}${delimiter === ';' ? '-puntkomma' : ''}.${format}`
  const disposition = {
    'Content-Disposition': `attachment; filename="${filename}"`,
    Link: `<${content.dataset.links.json}>; rel="describedby"`,
  }
  if (format === 'json') {
    return cacheableResponse(request, JSON.stringify(content, null, 2), {
      contentType: 'application/json; charset=utf-8',
      cache,
      headers: disposition,
    })
  }
  const { columns } = content.dataset
  const table = {
    sheetName: content.dataset.title,
    header: columns.map((c) => c.title),
    rows: content.rows.map((row) => columns.map((c) => toCell(row[c.key] ?? null))),
  }
  return cacheableResponse(request, tableToCsv(table, { delimiter }), {
    contentType: CSV_MEDIA_TYPE,
    cache,
    headers: disposition,
  })
}
