import type { Route } from './+types/derived-download'
import { derivedDownload } from '#app/server/block-export.server.ts'

/** GET /bouwstenen/:nr/cijfers.csv and .json: the block's derived measures (public, tiered). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  return derivedDownload(context, request, params.nr)
}
