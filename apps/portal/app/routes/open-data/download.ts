import { data } from 'react-router'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import { datasetCsv, datasetZip } from '#app/server/open-data-files.server.ts'
import { cacheableResponse, refuseOverQuota } from '#app/server/public-answers.server.ts'
import { CSV_MEDIA_TYPE } from '#app/server/table-export.server.ts'
import type { Route } from './+types/download'

const FILE = /^([a-z0-9-]{1,80})\.(csv|json|zip)$/

/**
 * GET /open-data/<dataset>.csv|.json|.zip[?per=…][&scheiding=puntkomma]: a data set as a file. The JSON
 * holds the description, definitions, as-of, states, source and licence beside the rows; the CSV the
 * rows under the columns' Dutch titles (BOM; `;` for Dutch Excel); the ZIP that CSV with its
 * explanation as a second CSV. A signed-in visitor gets the same files with what they may see (ADR
 * 025): never cached by others (private), and named so.
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
    .openData.dataset({ key, query: Object.fromEntries(url.searchParams), view: 'mine' })
    .catch(toRouteError)
  const signedIn = content.dataset.audience.code === 'signed_in'
  const baseName = `${key}-${content.dataset.asOf.date}${signedIn ? '-ingelogd' : ''}${delimiter === ';' ? '-puntkomma' : ''}`
  const headers = {
    'Content-Disposition': `attachment; filename="${baseName}.${format}"`,
    Link: `<${content.dataset.links.json}>; rel="describedby"`,
    // The same address answers a signed-in visitor with more: a cache must keep them apart.
    Vary: 'Cookie',
  }
  if (format === 'json') {
    return cacheableResponse(request, JSON.stringify(content, null, 2), { contentType: 'application/json; charset=utf-8', cache, headers })
  }
  if (format === 'zip') {
    return cacheableResponse(request, datasetZip(content, baseName, delimiter), { contentType: 'application/zip', cache, headers })
  }
  return cacheableResponse(request, datasetCsv(content, delimiter), { contentType: CSV_MEDIA_TYPE, cache, headers })
}
