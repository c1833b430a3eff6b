import { sql, type Kysely } from 'kysely'

// One version number for every record the national overview `/` reads (issue 13, ADR 031): the portal
// keeps the overview it computed beside the stamp it read first, and serves it again only while the
// stamp is unchanged, so repeated views of unchanged records cost one tiny query.
//
// The stamp moves when a writing transaction COMMITS, not when it writes: a statement on an input
// table notes its transaction once in `overview_stamp_pending` (no lock on a shared row, so writers of
// different tables never wait for each other), and a deferred trigger on that note bumps the single
// stamp row at commit and removes the note. The stamp row is locked only for the instant of a commit
// and is the last lock a transaction takes, so it cannot take part in a deadlock. Data and stamp
// become visible together.
//
// The tables are those `getOverview` reads (statuses, texts and moments; today's regions; the
// reference scenario; regiovisie adoptions; the catalogue and region values of block 7) and the NvO
// levels of block 2's page. `overview-stamp.test.ts` checks the list against the tables a computation
// of the overview actually reads.
const INPUTS = [
  'decision_moment',
  'sub_line',
  'sub_line_status',
  'building_block',
  'building_block_text',
  'region',
  'municipality',
  'region_membership',
  'scenario',
  'nvo_level',
  'vision_version',
  'council_adoption',
  'indicator',
  'indicator_value',
] as const

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table overview_stamp (one boolean primary key default true check (one), stamp bigint not null default 1)`.execute(db)
  await sql`insert into overview_stamp default values`.execute(db)
  await sql`create table overview_stamp_pending (txid xid8 primary key)`.execute(db)
  await sql`
    create function overview_stamp_note() returns trigger language plpgsql as $$
    begin
      insert into overview_stamp_pending values (pg_current_xact_id()) on conflict do nothing;
      return null;
    end $$`.execute(db)
  await sql`
    create function overview_stamp_bump() returns trigger language plpgsql as $$
    begin
      update overview_stamp set stamp = stamp + 1;
      delete from overview_stamp_pending where txid = new.txid;
      return null;
    end $$`.execute(db)
  await sql`create constraint trigger overview_stamp_at_commit after insert on overview_stamp_pending
    deferrable initially deferred for each row execute function overview_stamp_bump()`.execute(db)
  for (const table of INPUTS) {
    await sql`create trigger ${sql.id(`${table}_overview_stamp`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function overview_stamp_note()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of INPUTS) await sql`drop trigger ${sql.id(`${table}_overview_stamp`)} on ${sql.table(table)}`.execute(db)
  await sql`drop table overview_stamp_pending`.execute(db)
  await sql`drop table overview_stamp`.execute(db)
  await sql`drop function overview_stamp_bump()`.execute(db)
  await sql`drop function overview_stamp_note()`.execute(db)
}
