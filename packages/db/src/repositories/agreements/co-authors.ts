import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

/** An agreement's co-authors by name. */
export async function listAgreementCoAuthors(db: Kysely<DB>, params: { agreementId: number }) {
  return db
    .selectFrom('agreementCoAuthor as c')
    .innerJoin('appUser as u', 'u.id', 'c.userId')
    .select(['c.userId', 'u.name', 'c.addedAt', 'c.addedByLabel'])
    .where('c.agreementId', '=', params.agreementId)
    .orderBy('u.name')
    .execute()
}

/** Make the co-author list exactly `userIds`; returns who was added and who removed. */
export async function replaceAgreementCoAuthors(
  trx: Transaction<DB>,
  params: { agreementId: number; userIds: readonly string[]; addedByLabel: string; now: Date },
) {
  const before = await trx.selectFrom('agreementCoAuthor').select('userId').where('agreementId', '=', params.agreementId).forUpdate().execute()
  const had = new Set(before.map((r) => r.userId))
  const wanted = new Set(params.userIds)
  const added = [...wanted].filter((id) => !had.has(id))
  const removed = [...had].filter((id) => !wanted.has(id))
  if (removed.length > 0) {
    await trx.deleteFrom('agreementCoAuthor').where('agreementId', '=', params.agreementId).where('userId', 'in', removed).execute()
  }
  if (added.length > 0) {
    await trx
      .insertInto('agreementCoAuthor')
      .values(added.map((userId) => ({ agreementId: params.agreementId, userId, addedAt: params.now, addedByLabel: params.addedByLabel })))
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
  return { added, removed }
}
