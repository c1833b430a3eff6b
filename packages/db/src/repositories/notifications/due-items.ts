import type { AgreementStage } from '@bt/domain'
import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/** Agreements in one of `stages` due between two ISO dates (inclusive), with their region's slug. */
export async function listAgreementsDueBetween(db: Kysely<DB>, params: { from: string; to: string; stages: readonly AgreementStage[] }) {
  return db
    .selectFrom('agreement as a')
    .innerJoin('region as r', 'r.code', 'a.regionCode')
    .select(['a.id', 'a.title', 'a.regionCode', 'r.slug as regionSlug', 'a.dueDate'])
    .where('a.stage', 'in', params.stages)
    .where('a.dueDate', '>=', params.from)
    .where('a.dueDate', '<=', params.to)
    .orderBy('a.id')
    .execute()
}
