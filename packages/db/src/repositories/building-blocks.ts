import type { Kysely } from 'kysely'
import type { DB } from '../schema.ts'

/** Each building block's most recent status report on or before `onDate` (ISO). */
export async function listBuildingBlockStatuses(db: Kysely<DB>, params: { onDate: string }) {
  return db
    .selectFrom('buildingBlockStatus')
    .distinctOn('buildingBlock')
    .select(['buildingBlock', 'asOf', 'explanation', 'implementation', 'subLines', 'source'])
    .where('asOf', '<=', params.onDate)
    .orderBy('buildingBlock')
    .orderBy('asOf', 'desc')
    .execute()
}
