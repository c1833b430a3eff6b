import { sql, type Kysely } from 'kysely'

// Monitoring indicators (issue 12, ADR 012): the catalogue, values with their state and history,
// staged imports, regions' explanations, CBS reference statistics, and municipalities' validity.
// PostgreSQL 15 and PGlite (18) alike: no MERGE … RETURNING, no JSON_TABLE.
const VALUE_STATES = sql`('final', 'provisional', 'suppressed', 'nil', 'missing')`
const LEVELS = sql`('municipality', 'region', 'nation')`

export async function up(db: Kysely<any>): Promise<void> {
  // A municipality exists from exists_from until exists_until (exclusive); null means always, as seeded
  // for today's 342 codes. A merger closes the old codes and adds the new one. (Named apart from the
  // memberships' valid_from so joins stay unambiguous.)
  await db.schema.alterTable('municipality').addColumn('exists_from', 'date').execute()
  await db.schema.alterTable('municipality').addColumn('exists_until', 'date').execute()

  await db.schema
    .createTable('indicator')
    .addColumn('key', 'text', (c) => c.primaryKey().check(sql`key ~ '^[a-z][a-z0-9_]{1,59}$'`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('nature', 'text', (c) => c.notNull().check(sql`nature in ('stock', 'flow', 'distinct_count')`))
    .addColumn('levels', 'jsonb', (c) => c.notNull())
    .addColumn('period_kinds', 'jsonb', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('building_blocks', 'jsonb', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('public_statistics', 'region_reported', 'computed')`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('per_thousand', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('ordinal_levels', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('target_value', 'numeric')
    .addColumn('target_date', 'date')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(1000))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('indicator_value')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('indicator_key', 'text', (c) => c.notNull().references('indicator.key'))
    .addColumn('area_level', 'text', (c) => c.notNull().check(sql`area_level in ${LEVELS}`))
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull().check(sql`period ~ '^[0-9]{4}(-Q[1-4]|-H[12])?$'`))
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ${VALUE_STATES}`))
    .addColumn('value', 'numeric')
    .addColumn('numerator', 'numeric')
    .addColumn('denominator', 'numeric', (c) => c.check(sql`denominator is null or denominator > 0`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('entered_by_label', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('import_id', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    // A state without a number never carries one: suppressed and missing are not zero.
    .addCheckConstraint('indicator_value_state_number', sql`state in ('final', 'provisional', 'nil') or (value is null and numerator is null)`)
    .addUniqueConstraint('indicator_value_cell', ['indicator_key', 'area_level', 'area_code', 'period'])
    .execute()
  await db.schema.createIndex('indicator_value_series').on('indicator_value').columns(['indicator_key', 'area_level', 'period_end']).execute()

  // Earlier values of a cell, written when a value is replaced (editions will point at them).
  await db.schema
    .createTable('indicator_value_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('value_id', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('value', 'numeric')
    .addColumn('numerator', 'numeric')
    .addColumn('denominator', 'numeric')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('entered_by_label', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('replaced_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('indicator_value_history_value').on('indicator_value_history').columns(['value_id', 'version']).execute()

  await db.schema
    .createTable('indicator_import')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('created_by', 'text')
    .addColumn('created_by_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('filename', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('staged', 'committed', 'refused')`))
    .addColumn('row_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('committed_at', 'timestamptz')
    .addColumn('summary', 'jsonb')
    .execute()

  // Checked rows of a staged import; committed into indicator_value in one INSERT … SELECT.
  await db.schema
    .createTable('indicator_import_row')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('indicator_import.id').onDelete('cascade'))
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('area_level', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('value', 'numeric')
    .addColumn('numerator', 'numeric')
    .addColumn('denominator', 'numeric')
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_import_row_pk', ['import_id', 'row_number'])
    .execute()

  await db.schema
    .createTable('indicator_explanation')
    .addColumn('indicator_key', 'text', (c) => c.notNull().references('indicator.key'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('indicator_explanation_pk', ['indicator_key', 'region_code'])
    .execute()

  // CBS Kerncijfers wijken en buurten per municipality and reference date: the per-1,000 denominator.
  await db.schema
    .createTable('municipality_statistic')
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('reference_date', 'date', (c) => c.notNull())
    .addColumn('inhabitants', 'integer', (c) => c.notNull())
    .addColumn('men', 'integer', (c) => c.notNull())
    .addColumn('women', 'integer', (c) => c.notNull())
    .addColumn('dwellings', 'integer', (c) => c.notNull())
    .addColumn('density_per_km2_land', 'integer', (c) => c.notNull())
    .addColumn('area_total_ha', 'integer', (c) => c.notNull())
    .addColumn('area_land_ha', 'integer', (c) => c.notNull())
    .addColumn('area_water_ha', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('municipality_statistic_pk', ['municipality_code', 'reference_date'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'municipality_statistic',
    'indicator_explanation',
    'indicator_import_row',
    'indicator_import',
    'indicator_value_history',
    'indicator_value',
    'indicator',
  ]) {
    await db.schema.dropTable(table).execute()
  }
  await db.schema.alterTable('municipality').dropColumn('exists_until').execute()
  await db.schema.alterTable('municipality').dropColumn('exists_from').execute()
}
