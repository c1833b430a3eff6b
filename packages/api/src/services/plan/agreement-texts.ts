import { listAgreementTexts, type DB, type Kysely } from '@bt/db'
import type { Context } from '../../context.ts'
import { getRegion, viewFor } from '../regions/region.ts'

/**
 * Every agreement of a region with its text, planning (dates, milestones, delays), stage and the
 * region's explanation, for the uitvoeringsplan's print (issue 19 item 2). Tiered like every list
 * (DESIGN.md): working copies for the region's readers, published revisions for everyone else.
 */
export async function getAgreementTexts(db: Kysely<DB>, ctx: Pick<Context, 'actor'>, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  const view = viewFor(ctx, region.code)
  return { view, agreements: await listAgreementTexts(db, { regionCode: region.code, view }) }
}
