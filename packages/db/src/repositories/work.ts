import { sql, type Kysely } from 'kysely'
import type { DB } from '../schema.ts'

// Reads behind the task lists on "Mijn werk" (api/src/work): small, indexed, limited.

/** A region's top-level comments that nobody has answered yet, by others than `exceptUserId`, oldest first. */
export async function listUnansweredComments(db: Kysely<DB>, params: { regionCode: string; exceptUserId: string; limit: number }) {
  return db
    .selectFrom('agreementComment as c')
    .innerJoin('agreement as a', 'a.id', 'c.agreementId')
    .select(['c.id', 'c.agreementId', 'a.title as agreementTitle', 'c.authorLabel', 'c.createdAt'])
    .where('a.regionCode', '=', params.regionCode)
    .where('c.parentId', 'is', null)
    .where((eb) => eb.or([eb('c.authorUserId', 'is', null), eb('c.authorUserId', '<>', params.exceptUserId)]))
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('agreementComment as r').select(sql`1`.as('one')).whereRef('r.parentId', '=', 'c.id'))),
    )
    .orderBy('c.createdAt')
    .orderBy('c.id')
    .limit(params.limit)
    .execute()
}

/** The latest published agreements across all regions, with the published title. */
export async function listRecentlyPublishedAgreements(db: Kysely<DB>, params: { limit: number }) {
  return db
    .selectFrom('agreement as a')
    .innerJoin('region as r', 'r.code', 'a.regionCode')
    .innerJoin('agreementRevision as v', (join) => join.onRef('v.agreementId', '=', 'a.id').onRef('v.revision', '=', 'a.publishedRevision'))
    .select(['a.id', sql<string>`v.snapshot->>'title'`.as('title'), 'r.name as regionName', 'r.slug as regionSlug', 'a.publishedAt'])
    .where('a.publishedAt', 'is not', null)
    .orderBy('a.publishedAt', 'desc')
    .orderBy('a.id', 'desc')
    .limit(params.limit)
    .execute()
}
