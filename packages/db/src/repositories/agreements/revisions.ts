import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'
import type { AgreementContent } from './agreements.ts'

/** Store a revision snapshot (revision numbers equal the agreement's version at that save). */
export async function insertAgreementRevision(
  trx: Transaction<DB>,
  params: { agreementId: number; revision: number; snapshot: AgreementContent; authorUserId: string | null; authorLabel: string; now: Date },
) {
  await trx
    .insertInto('agreementRevision')
    .values({
      agreementId: params.agreementId,
      revision: params.revision,
      snapshot: JSON.stringify(params.snapshot),
      authorUserId: params.authorUserId,
      authorLabel: params.authorLabel,
      createdAt: params.now,
    })
    .execute()
}

/** The revisions of an agreement, newest first (without their snapshots). */
export async function listAgreementRevisions(db: Kysely<DB>, params: { agreementId: number }) {
  return db
    .selectFrom('agreementRevision')
    .select(['revision', 'createdAt', 'authorLabel'])
    .where('agreementId', '=', params.agreementId)
    .orderBy('revision', 'desc')
    .execute()
}

/** One revision's snapshot, or undefined. */
export async function findAgreementRevision(db: Kysely<DB>, params: { agreementId: number; revision: number }) {
  const row = await db
    .selectFrom('agreementRevision')
    .select(['revision', 'snapshot', 'createdAt', 'authorLabel'])
    .where('agreementId', '=', params.agreementId)
    .where('revision', '=', params.revision)
    .executeTakeFirst()
  return row
}
