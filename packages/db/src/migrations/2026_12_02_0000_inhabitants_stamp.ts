import { sql, type Kysely } from 'kysely'

// The region page's latest indicator figures are kept per overview stamp (ADR 043). Besides the
// overview's and block pages' inputs they read the municipalities' inhabitants (the money indicator
// "BW-budget per inwoner"), so that table gets the same statement trigger: a new CBS count moves the
// stamp at commit. `region-latest.test.ts` checks the list against the tables the figures read.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create trigger municipality_statistic_overview_stamp after insert or update or delete or truncate on municipality_statistic
    for each statement execute function overview_stamp_note()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger municipality_statistic_overview_stamp on municipality_statistic`.execute(db)
}
