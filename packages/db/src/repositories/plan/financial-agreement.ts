import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

// A region's financial agreement (issue 21, ADR 036): one JSON document of lists per region, written
// on the version the editor saw, and its published copy.

const COLUMNS = [
  'regionCode',
  'content',
  'version',
  'updatedAt',
  'updatedByLabel',
  'publishedContent',
  'publishedVersion',
  'publishedAt',
  'publishedByLabel',
] as const

/** The region's agreement, or undefined while nothing is saved. */
export async function findFinancialAgreement(db: Kysely<DB>, params: { regionCode: string }) {
  return db.selectFrom('financialAgreement').select(COLUMNS).where('regionCode', '=', params.regionCode).executeTakeFirst()
}

/**
 * Save the whole document on `version` (0: the first save). Undefined when someone saved first (a
 * stale version, or a first save that lost the race).
 */
export async function saveFinancialAgreement(
  trx: Transaction<DB>,
  params: { regionCode: string; version: number; content: unknown; authorLabel: string; now: Date },
) {
  const content = JSON.stringify(params.content)
  if (params.version === 0) {
    return trx
      .insertInto('financialAgreement')
      .values({ regionCode: params.regionCode, content, updatedByLabel: params.authorLabel, updatedAt: params.now })
      .onConflict((oc) => oc.column('regionCode').doNothing())
      .returning('version')
      .executeTakeFirst()
  }
  return trx
    .updateTable('financialAgreement')
    .set((eb) => ({ content, updatedByLabel: params.authorLabel, updatedAt: params.now, version: eb('version', '+', 1) }))
    .where('regionCode', '=', params.regionCode)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
}

/** Copy the working document to the published one when `version` still matches; undefined otherwise. */
export async function publishFinancialAgreement(
  trx: Transaction<DB>,
  params: { regionCode: string; version: number; authorLabel: string; now: Date },
) {
  return trx
    .updateTable('financialAgreement')
    .set((eb) => ({
      // The jsonb column copied as it is (the column type takes the JSON text on writing).
      publishedContent: sql<string>`content`,
      publishedVersion: eb.ref('version'),
      publishedAt: params.now,
      publishedByLabel: params.authorLabel,
    }))
    .where('regionCode', '=', params.regionCode)
    .where('version', '=', params.version)
    .returning(['version', 'publishedAt'])
    .executeTakeFirst()
}

/** Every published agreement (the national view and the signals read only these). */
export async function listPublishedFinancialAgreements(db: Kysely<DB>) {
  return db
    .selectFrom('financialAgreement')
    .select(['regionCode', 'publishedContent', 'publishedAt'])
    .where('publishedVersion', 'is not', null)
    .orderBy('regionCode')
    .execute()
}
