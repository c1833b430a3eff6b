import { may } from '@bt/auth'
import { searchAgreements as search, type DB, type Kysely } from '@bt/db'
import type { SearchAgreementsSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { getRegion } from '../regions/region.ts'

/** At most this many hits are returned; the page asks to narrow the search beyond that. */
export const MAX_SEARCH_HITS = 50

/**
 * Search agreements in Dutch: within a region the caller may read the drafts of, its working
 * copies; otherwise (another region, or nationally) published agreements only.
 */
export async function searchAgreements(db: Kysely<DB>, ctx: Pick<Context, 'actor'>, input: z.output<typeof SearchAgreementsSchema>) {
  const region = input.regionSlug ? await getRegion(db, input.regionSlug) : undefined
  const view = region && may(ctx.actor, { action: 'read_drafts', regionCode: region.code }) ? 'draft' : 'published'
  const hits = await search(db, {
    query: input.query,
    view,
    regionCode: region?.code,
    theme: input.theme,
    condition: input.condition,
    limit: MAX_SEARCH_HITS + 1,
  })
  return { view, region: region ? { name: region.name, slug: region.slug } : null, hits: hits.slice(0, MAX_SEARCH_HITS), truncated: hits.length > MAX_SEARCH_HITS }
}
