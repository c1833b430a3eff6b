import { sql, type Kysely } from 'kysely'

// Attachments live in PostgreSQL (DESIGN.md: no local disk, so any number of portal instances work).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attachment')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('owner_kind', 'text', (c) => c.notNull().check(sql`owner_kind in ('agreement', 'vision_version')`))
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes between 1 and 10485760`))
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by_label', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('attachment_owner').on('attachment').columns(['owner_kind', 'owner_id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachment').execute()
}
