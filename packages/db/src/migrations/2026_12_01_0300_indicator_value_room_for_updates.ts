import { sql, type Kysely } from 'kysely'

// Room on each page of indicator_value for a new version of every value on it (issue 12, ADR 039): a
// re-import that changes every value then updates each row on its own page (HOT), with no new entry in
// any of the three indexes, and pruning reuses the space, so the table no longer grows with each
// re-import. At fillfactor 70 (migration 2026_11_26_1900) only about half the updates found room.
// Applies to pages written from now on.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table indicator_value set (fillfactor = 50)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table indicator_value set (fillfactor = 70)`.execute(db)
}
