import { sql, type Kysely } from 'kysely'

// The building block pages are kept per stamp too (issue 13, ADR 031's addendum): besides the
// overview's inputs they read the published agreements tagged with a block (the region comparison)
// and the frozen editions' pictures (block 2's NvO levels, the as-of basis). Their tables get the same
// statement trigger, so a write to any of them moves the one stamp at commit.
// `overview-cache.test.ts` checks the list against the tables the pages actually read.
const INPUTS = ['agreement', 'agreement_revision', 'edition', 'edition_region'] as const

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of INPUTS) {
    await sql`create trigger ${sql.id(`${table}_overview_stamp`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function overview_stamp_note()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of INPUTS) await sql`drop trigger ${sql.id(`${table}_overview_stamp`)} on ${sql.table(table)}`.execute(db)
}
