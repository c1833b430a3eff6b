import { listSimilarPublishedAgreements, type DB, type Kysely } from '@bt/db'
import type { Context } from '../../context.ts'
import { getAgreementForReader } from './agreements.ts'

/** An agreement page lists this many similar agreements of other regions (the search page more). */
export const SIMILAR_AGREEMENTS = 5

/**
 * The published agreements of other regions most like one agreement, so a region can learn from
 * another. The agreement is compared as its caller may read it (NOT_FOUND as for the page itself).
 */
export async function similarAgreements(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>, input: { id: number; limit: number }) {
  const agreement = await getAgreementForReader(db, ctx, input.id)
  const { title, body, nvoAgreements, conditions, themes } = agreement.content
  const similar = await listSimilarPublishedAgreements(db, {
    probe: { title, body, nvoAgreements, conditions, themes },
    excludeRegionCode: agreement.region.code,
    limit: input.limit,
  })
  return { agreement: { id: agreement.id, title, region: agreement.region }, similar }
}
