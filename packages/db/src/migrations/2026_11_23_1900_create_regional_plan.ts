import { sql, type Kysely } from 'kysely'

/** The Dutch full-text document of an agreement's working copy and of a revision snapshot. */
export const AGREEMENT_SEARCH_DOCUMENT = sql`to_tsvector('dutch', title || ' ' || body || ' ' || explanation)`
export const SNAPSHOT_SEARCH_DOCUMENT = sql`to_tsvector('dutch', coalesce(snapshot->>'title', '') || ' ' || coalesce(snapshot->>'body', '') || ' ' || coalesce(snapshot->>'explanation', ''))`

// The regional plan: its six elements, the regiovisie in versions, and each council's adoption.
// Plus the Dutch full-text indexes the agreement search uses (same expressions as the queries).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_element')
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('element', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('not_started', 'in_progress', 'done')`))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_element_pk', ['region_code', 'element'])
    .execute()

  await db.schema
    .createTable('vision_version')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('document_date', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by_label', 'text', (c) => c.notNull())
    .addUniqueConstraint('vision_version_number', ['region_code', 'number'])
    .execute()

  await db.schema
    .createTable('council_adoption')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('vision_version_id', 'integer', (c) => c.notNull().references('vision_version.id'))
    .addColumn('decision_date', 'date', (c) => c.notNull())
    .addColumn('decision_url', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by_label', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('confirmed_by_label', 'text')
    .addUniqueConstraint('council_adoption_once', ['municipality_code', 'vision_version_id'])
    .execute()

  await db.schema.createIndex('agreement_search').on('agreement').using('gin').expression(AGREEMENT_SEARCH_DOCUMENT).execute()
  await db.schema
    .createIndex('agreement_revision_search')
    .on('agreement_revision')
    .using('gin')
    .expression(SNAPSHOT_SEARCH_DOCUMENT)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('agreement_revision_search').execute()
  await db.schema.dropIndex('agreement_search').execute()
  for (const table of ['council_adoption', 'vision_version', 'plan_element']) await db.schema.dropTable(table).execute()
}
