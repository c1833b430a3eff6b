import { sql, type Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/**
 * The version of every record the national overview reads (ADR 031): it moves when a transaction that
 * wrote any of them commits. As text, so a bigint compares the same on every driver.
 */
export async function readOverviewStamp(db: Kysely<DB>): Promise<string> {
  const result = await sql<{ stamp: string }>`select stamp::text as stamp from overview_stamp`.execute(db)
  return result.rows[0]?.stamp ?? '0'
}
