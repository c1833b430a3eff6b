import { sql, type Kysely } from 'kysely'

// A plan element's published copy (issue 11 item 8, ADR 005's model): readers outside the region see
// these columns, never the working copy. Texts written before this migration stay unpublished drafts.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_element')
    .addColumn('published_version', 'integer')
    .addColumn('published_status', 'text', (c) => c.check(sql`published_status in ('not_started', 'in_progress', 'done')`))
    .addColumn('published_body', 'text')
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_by_label', 'text')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_element')
    .dropColumn('published_by_label')
    .dropColumn('published_at')
    .dropColumn('published_body')
    .dropColumn('published_status')
    .dropColumn('published_version')
    .execute()
}
