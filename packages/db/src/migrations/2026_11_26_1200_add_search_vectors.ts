import { sql, type Kysely } from 'kysely'

// Stored Dutch full-text vectors for agreements and revision snapshots, so ranking and index rechecks
// never re-parse the texts. They were first added by editing 2026_11_23_1900 (a database created
// before that edit never got them); this migration adds them to every database, whichever history it
// has, hence the `if (not) exists`.
const AGREEMENT_SEARCH_DOCUMENT = sql`to_tsvector('dutch', title || ' ' || body || ' ' || explanation)`
const SNAPSHOT_SEARCH_DOCUMENT = sql`to_tsvector('dutch', coalesce(snapshot->>'title', '') || ' ' || coalesce(snapshot->>'body', '') || ' ' || coalesce(snapshot->>'explanation', ''))`

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists agreement_search`.execute(db)
  await sql`drop index if exists agreement_revision_search`.execute(db)
  await sql`alter table agreement add column if not exists search_vector tsvector
    generated always as (${AGREEMENT_SEARCH_DOCUMENT}) stored`.execute(db)
  await sql`alter table agreement_revision add column if not exists search_vector tsvector
    generated always as (${SNAPSHOT_SEARCH_DOCUMENT}) stored`.execute(db)
  await db.schema.createIndex('agreement_search').on('agreement').using('gin').column('search_vector').execute()
  await db.schema.createIndex('agreement_revision_search').on('agreement_revision').using('gin').column('search_vector').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('agreement_revision_search').execute()
  await db.schema.dropIndex('agreement_search').execute()
  await db.schema.alterTable('agreement_revision').dropColumn('search_vector').execute()
  await db.schema.alterTable('agreement').dropColumn('search_vector').execute()
  await db.schema.createIndex('agreement_search').on('agreement').using('gin').expression(AGREEMENT_SEARCH_DOCUMENT).execute()
  await db.schema
    .createIndex('agreement_revision_search')
    .on('agreement_revision')
    .using('gin')
    .expression(SNAPSHOT_SEARCH_DOCUMENT)
    .execute()
}
