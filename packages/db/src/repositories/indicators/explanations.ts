import { sql, type Kysely, type Transaction } from 'kysely'
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

/**
 * The overview stamp (ADR 031) and the indicators a region explained (a non-empty text), in one
 * statement: the region page's latest figures are kept per stamp, whether the region explained them is
 * read on every view (ADR 043). Both come from one snapshot, so the stamp is read no later than
 * anything a computation filed under it reads.
 */
export async function readStampAndExplainedIndicators(db: Kysely<DB>, params: { regionCode: string }): Promise<{ stamp: string; explained: string[] }> {
  const result = await sql<{ stamp: string | null; explained: string[] }>`select (select stamp::text from overview_stamp) as stamp,
    array(select indicator_key from indicator_explanation where region_code = ${params.regionCode} and body <> '' order by indicator_key) as explained`.execute(db)
  const row = result.rows[0]
  return { stamp: row?.stamp ?? '0', explained: row?.explained ?? [] }
}
