import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/** The users who took part in an agreement: its first author, its commenters and its co-authors (each once). */
export async function listAgreementParticipantIds(db: Kysely<DB>, params: { agreementId: number }): Promise<string[]> {
  const rows = await db
    .selectFrom('agreementRevision')
    .select('authorUserId as userId')
    .where('agreementId', '=', params.agreementId)
    .where('revision', '=', 1)
    .union(db.selectFrom('agreementComment').select('authorUserId as userId').where('agreementId', '=', params.agreementId))
    .union(db.selectFrom('agreementCoAuthor').select('userId').where('agreementId', '=', params.agreementId))
    .execute()
  return rows.flatMap((r) => (r.userId ? [r.userId] : []))
}
