import { sql, type Kysely } from 'kysely'
import type { DB } from '../schema.ts'

/** Present (with the time of seeding) while the database holds demo data: the portal shows a banner. */
export const DEMO_DATA_SETTING = 'demo_data_seeded_at'

/** The stored value of a setting, or undefined. */
export async function findSetting(db: Kysely<DB>, params: { key: string }): Promise<unknown> {
  const row = await db.selectFrom('appSetting').select('value').where('key', '=', params.key).executeTakeFirst()
  return row?.value
}

/** Store a setting (insert or replace). */
export async function putSetting(db: Kysely<DB>, params: { key: string; value: unknown }): Promise<void> {
  const value = JSON.stringify(params.value)
  await db
    .insertInto('appSetting')
    .values({ key: params.key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: sql`now()` }))
    .execute()
}
