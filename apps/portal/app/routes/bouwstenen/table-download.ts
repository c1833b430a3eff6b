import type { Route } from './+types/table-download'
import { blockTableDownload } from '#app/server/block-tables.server.ts'

/** GET /bouwstenen/:nr/verloop|indicatoren|afspraken .csv and .json: the block page's other tables. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  return blockTableDownload(context, request, params.nr)
}
