import { sql, type Kysely } from 'kysely'

// A checked agreement spreadsheet kept for its commit (issue 19): the import page checks a file
// once and commits it without a second upload. The read tables are stored as JSON lists of
// [column, value] pairs (the CamelCasePlugin would rename object keys on reading); `versions` holds
// the region's agreements (id, version) at the check, so a commit after another edit is refused.
// Rows expire; the housekeeping job deletes them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agreement_sheet_import')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tables', 'jsonb', (c) => c.notNull())
    .addColumn('versions', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('staged').check(sql`status in ('staged', 'committed')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('committed_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('agreement_sheet_import_expires').on('agreement_sheet_import').column('expires_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agreement_sheet_import').execute()
}
