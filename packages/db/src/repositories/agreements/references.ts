import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

// Agreements as other records refer to them (a bottleneck's links, the logbook's subjects): by id.

/** Which of these agreements are published. */
export async function listPublishedAgreementIds(db: Kysely<DB>, params: { ids: readonly number[] }): Promise<number[]> {
  if (params.ids.length === 0) return []
  const rows = await db.selectFrom('agreement').select('id').where('id', 'in', params.ids).where('publishedRevision', 'is not', null).execute()
  return rows.map((r) => r.id)
}

/** The title, region and region slug of the agreements with these ids. */
export async function listAgreementTitles(db: Kysely<DB>, params: { ids: readonly number[] }) {
  if (params.ids.length === 0) return []
  return db
    .selectFrom('agreement as a')
    .innerJoin('region as r', 'r.code', 'a.regionCode')
    .select(['a.id', 'a.title', 'a.regionCode', 'r.slug'])
    .where('a.id', 'in', params.ids)
    .execute()
}
