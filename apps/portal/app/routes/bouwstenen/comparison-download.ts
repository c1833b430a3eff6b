import type { Route } from './+types/comparison-download'
import { comparisonDownload } from '#app/server/block-export.server.ts'

/** GET /bouwstenen/:nr/regios.csv and .json: the block's region comparison (signed in). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  return comparisonDownload(context, request, params.nr)
}
