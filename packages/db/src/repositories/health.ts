import { sql, type Kysely } from 'kysely'
import type { DB } from '../schema.ts'

/** Resolves when the database answers a trivial query; rejects otherwise. */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db)
}
