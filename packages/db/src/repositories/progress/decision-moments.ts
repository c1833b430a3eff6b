import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/** Decision moments in date order; with `upTo` (ISO) only those on or before that date. */
export async function listDecisionMoments(db: Kysely<DB>, params: { upTo?: string } = {}) {
  let query = db.selectFrom('decisionMoment').select(['id', 'momentDate', 'label'])
  if (params.upTo) query = query.where('momentDate', '<=', params.upTo)
  return query.orderBy('momentDate').execute()
}

/** The decision moment with this id, or undefined. */
export async function findDecisionMoment(db: Kysely<DB>, params: { id: number }) {
  return db.selectFrom('decisionMoment').select(['id', 'momentDate', 'label']).where('id', '=', params.id).executeTakeFirst()
}

/** Adds a decision moment; the date is unique (a unique violation means that date exists). */
export async function insertDecisionMoment(db: Kysely<DB>, params: { momentDate: string; label: string; createdByLabel: string }) {
  return db.insertInto('decisionMoment').values(params).returning(['id', 'momentDate', 'label']).executeTakeFirstOrThrow()
}
