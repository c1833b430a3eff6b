import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/bijlagen'

/** RFC 8187 / 5987: percent-encode a UTF-8 file name for `filename*`, including the characters it reserves. */
function encodeFilename(filename: string): string {
  return encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** A plain ASCII stand-in for clients that ignore `filename*`. */
function asciiFilename(filename: string): string {
  return filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'bijlage'
}

/**
 * GET /bijlagen/:id: one attachment's file, for whoever may read the record it belongs to (the API
 * decides: 404 for an unknown or hidden record, 403 without access). Always a download with the
 * type the API recognised from the content, never sniffed or cached.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  if (!/^\d{1,10}$/.test(params.id)) notFound('Deze bijlage bestaat niet.')
  const file = await getApi(context).attachment.download({ id: Number(params.id) }).catch(toRouteError)
  const content = new Uint8Array(file.content)
  return new Response(content, {
    headers: {
      'Content-Type': file.mediaType,
      'Content-Length': String(content.byteLength),
      'Content-Disposition': `attachment; filename="${asciiFilename(file.filename)}"; filename*=UTF-8''${encodeFilename(file.filename)}`,
      'Cache-Control': 'private, no-store',
    },
  })
}
