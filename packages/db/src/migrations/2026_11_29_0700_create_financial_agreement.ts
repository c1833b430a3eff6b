import { sql, type Kysely } from 'kysely'

// A region's financial agreement (issue 21, ADR 036): one row per region with the handreiking's
// sections as one JSON document of lists (the db layer renames keys inside JSON, so nothing is keyed
// by data), a version for stale edits, and the published copy readers outside the region see.
// The choice matrix's effects are reference texts an administrator corrects: a third kind.
// Typed Kysely<any> (STYLE.md §7); PostgreSQL 15 and PGlite.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('financial_agreement')
    .addColumn('region_code', 'text', (c) => c.primaryKey().references('region.code'))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .addColumn('published_content', 'jsonb')
    .addColumn('published_version', 'integer')
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_by_label', 'text')
    .addCheckConstraint('financial_agreement_content_is_object', sql`jsonb_typeof(content) = 'object'`)
    .execute()
  await sql`alter table reference_text drop constraint if exists reference_text_kind_check`.execute(db)
  await sql`alter table reference_text add constraint reference_text_kind_check check (kind in ('nvo_agreement', 'nvo_theme', 'finance_matrix_effect'))`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('reference_text').where('kind', '=', 'finance_matrix_effect').execute()
  await sql`alter table reference_text drop constraint if exists reference_text_kind_check`.execute(db)
  await sql`alter table reference_text add constraint reference_text_kind_check check (kind in ('nvo_agreement', 'nvo_theme'))`.execute(db)
  await db.schema.dropTable('financial_agreement').execute()
}
