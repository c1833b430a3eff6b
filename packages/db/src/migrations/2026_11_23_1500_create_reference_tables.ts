import { sql, type Kysely } from 'kysely'

// Typed Kysely<any> so this migration never depends on today's schema types (STYLE.md §7).
// PostgreSQL 15 in CI, PGlite's 18 locally: only SQL both accept.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('municipality')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^GM[0-9]{4}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('province', 'text', (c) => c.notNull())
    .addColumn('inhabitants', 'integer', (c) => c.notNull().check(sql`inhabitants >= 0`))
    .addColumn('inhabitants_reference_year', 'integer', (c) => c.notNull())
    .addColumn('area_km2', 'numeric(10, 2)')
    .execute()

  await db.schema
    .createTable('region')
    .addColumn('code', 'text', (c) => c.primaryKey().references('municipality.code'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 2 and 80`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('indeling_version')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('example', 'imported')`))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('imported_by', 'text')
    .execute()

  await db.schema
    .createTable('region_membership')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('indeling_version_id', 'integer', (c) => c.notNull().references('indeling_version.id'))
    .addCheckConstraint('membership_period', sql`valid_to is null or valid_to > valid_from`)
    .execute()
  // A municipality belongs to at most one region at a time; closed memberships stay as history.
  await db.schema
    .createIndex('region_membership_one_open')
    .on('region_membership')
    .column('municipality_code')
    .unique()
    .where(sql.ref('valid_to'), 'is', null)
    .execute()
  await db.schema
    .createIndex('region_membership_region')
    .on('region_membership')
    .columns(['region_code', 'valid_from'])
    .execute()

  await db.schema
    .createTable('reference_text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('nvo_agreement', 'nvo_theme')`))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('reference_text_pk', ['kind', 'key'])
    .execute()

  await db.schema
    .createTable('building_block_status')
    .addColumn('building_block', 'text', (c) => c.notNull())
    .addColumn('as_of', 'date', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('implementation', 'text', (c) => c.notNull())
    .addColumn('sub_lines', 'jsonb', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('building_block_status_pk', ['building_block', 'as_of'])
    .execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text') // the region a change belongs to, for its history page
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('request_id', 'text')
    .execute()
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity_type', 'entity_id', 'occurred_at'])
    .execute()
  await db.schema.createIndex('audit_log_region').on('audit_log').columns(['region_code', 'occurred_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'building_block_status',
    'reference_text',
    'region_membership',
    'indeling_version',
    'region',
    'municipality',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
