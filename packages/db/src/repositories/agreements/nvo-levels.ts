import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

/** A region's NvO levels (only those set). */
export async function listNvoLevels(db: Kysely<DB>, params: { regionCode: string }) {
  return db
    .selectFrom('nvoLevel')
    .select(['nvoAgreement', 'level', 'explanation', 'version', 'updatedAt', 'updatedByLabel'])
    .where('regionCode', '=', params.regionCode)
    .execute()
}

/** The history of a region's NvO levels, newest first. */
export async function listNvoLevelHistory(db: Kysely<DB>, params: { regionCode: string }) {
  return db
    .selectFrom('nvoLevelHistory')
    .select(['id', 'nvoAgreement', 'level', 'explanation', 'changedAt', 'changedByLabel'])
    .where('regionCode', '=', params.regionCode)
    .orderBy('id', 'desc')
    .execute()
}

/**
 * Set a level: insert when `version` is null and none exists, else update when the version matches.
 * Returns the new version, or undefined on a conflict. Appends the change to the history.
 */
export async function saveNvoLevel(
  trx: Transaction<DB>,
  params: { regionCode: string; nvoAgreement: string; level: number; explanation: string; version: number | null; authorLabel: string; now: Date },
) {
  const { regionCode, nvoAgreement, level, explanation, authorLabel, now } = params
  const saved =
    params.version === null
      ? await trx
          .insertInto('nvoLevel')
          .values({ regionCode, nvoAgreement, level, explanation, updatedByLabel: authorLabel, updatedAt: now })
          .onConflict((oc) => oc.columns(['regionCode', 'nvoAgreement']).doNothing())
          .returning('version')
          .executeTakeFirst()
      : await trx
          .updateTable('nvoLevel')
          .set((eb) => ({ level, explanation, updatedByLabel: authorLabel, updatedAt: now, version: eb('version', '+', 1) }))
          .where('regionCode', '=', regionCode)
          .where('nvoAgreement', '=', nvoAgreement)
          .where('version', '=', params.version)
          .returning('version')
          .executeTakeFirst()
  if (!saved) return undefined
  await trx
    .insertInto('nvoLevelHistory')
    .values({ regionCode, nvoAgreement, level, explanation, changedByLabel: authorLabel, changedAt: now })
    .execute()
  return saved.version
}

/** Every region's NvO levels (only those set) in one query: the national region table. */
export async function listAllNvoLevels(db: Kysely<DB>) {
  return db.selectFrom('nvoLevel').select(['regionCode', 'nvoAgreement', 'level', 'updatedAt']).execute()
}
