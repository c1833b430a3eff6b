import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

/** Regions' explanations, for one indicator or one region. */
export async function listIndicatorExplanations(db: Kysely<DB>, params: { indicatorKey?: string; regionCode?: string }) {
  let query = db.selectFrom('indicatorExplanation').select(['indicatorKey', 'regionCode', 'body', 'version', 'updatedByLabel', 'updatedAt'])
  if (params.indicatorKey) query = query.where('indicatorKey', '=', params.indicatorKey)
  if (params.regionCode) query = query.where('regionCode', '=', params.regionCode)
  return query.execute()
}

/**
 * Write a region's explanation: a first one when version is null, else only if still at version.
 * Returns the new version, or undefined on a conflict (someone saved first).
 */
export async function saveIndicatorExplanation(
  trx: Transaction<DB>,
  params: { indicatorKey: string; regionCode: string; body: string; version: number | null; updatedByLabel: string },
) {
  if (params.version === null) {
    return trx
      .insertInto('indicatorExplanation')
      .values({ indicatorKey: params.indicatorKey, regionCode: params.regionCode, body: params.body, updatedByLabel: params.updatedByLabel })
      .onConflict((oc) => oc.columns(['indicatorKey', 'regionCode']).doNothing())
      .returning('version')
      .executeTakeFirst()
  }
  return trx
    .updateTable('indicatorExplanation')
    .set((eb) => ({ body: params.body, updatedByLabel: params.updatedByLabel, updatedAt: new Date(), version: eb('version', '+', 1) }))
    .where('indicatorKey', '=', params.indicatorKey)
    .where('regionCode', '=', params.regionCode)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
}
