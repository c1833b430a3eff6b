import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

/** Comments on an agreement in posting order; replies carry their parent's id. */
export async function listAgreementComments(db: Kysely<DB>, params: { agreementId: number }) {
  return db
    .selectFrom('agreementComment')
    .select(['id', 'parentId', 'authorLabel', 'body', 'createdAt'])
    .where('agreementId', '=', params.agreementId)
    .orderBy('id')
    .execute()
}

/** One comment (to check a reply's parent), or undefined. */
export async function findAgreementComment(db: Kysely<DB>, params: { id: number }) {
  return db.selectFrom('agreementComment').select(['id', 'agreementId', 'parentId']).where('id', '=', params.id).executeTakeFirst()
}

/** Add a comment; returns its id. */
export async function insertAgreementComment(
  trx: Transaction<DB>,
  params: { agreementId: number; parentId: number | null; authorUserId: string; authorLabel: string; body: string; now: Date },
) {
  const row = await trx
    .insertInto('agreementComment')
    .values({
      agreementId: params.agreementId,
      parentId: params.parentId,
      authorUserId: params.authorUserId,
      authorLabel: params.authorLabel,
      body: params.body,
      createdAt: params.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
