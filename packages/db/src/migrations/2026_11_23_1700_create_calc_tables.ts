import { sql, type Kysely } from 'kysely'

// The calculator's input data (DOMAIN.md §6): data sets of historical amounts, measures with their
// weights and values, sharing bases and Wlz client groups, plus saved scenarios. A data set is
// either the fictitious example the demo seed generates ('example', shown as voorbeeldbedragen) or
// one an administrator imported; the newest one is today's data. Money is integer cents in bigint.
// Typed Kysely<any> (STYLE.md §7); SQL both PostgreSQL 15 and PGlite accept.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calc_dataset')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull().check(sql`length(label) between 2 and 120`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('example', 'imported')`))
    .addColumn('budget_year', 'integer', (c) =>
      c.notNull().check(sql`budget_year between 2000 and 2100`),
    )
    .addColumn('macro_budget_cents', 'bigint', (c) =>
      c.notNull().check(sql`macro_budget_cents > 0`),
    )
    .addColumn('seed', 'integer') // the generator's seed for an example set
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .execute()

  await db.schema
    .createTable('calc_historical_amount')
    .addColumn('dataset_id', 'integer', (c) =>
      c.notNull().references('calc_dataset.id').onDelete('cascade'),
    )
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addPrimaryKeyConstraint('calc_historical_amount_pk', ['dataset_id', 'municipality_code'])
    .execute()

  await db.schema
    .createTable('calc_measure')
    .addColumn('dataset_id', 'integer', (c) =>
      c.notNull().references('calc_dataset.id').onDelete('cascade'),
    )
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key ~ '^[a-z0-9_]{1,40}$'`))
    .addColumn('label', 'text', (c) => c.notNull())
    // Relative weights: the distribution is scaled to the budget, so only their ratios matter.
    .addColumn('weight', 'numeric(18, 6)', (c) => c.notNull().check(sql`weight >= 0`))
    .addColumn('per_inhabitant', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('calc_measure_pk', ['dataset_id', 'key'])
    .execute()

  await db.schema
    .createTable('calc_measure_value')
    .addColumn('dataset_id', 'integer', (c) => c.notNull())
    .addColumn('measure_key', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('value', 'numeric(20, 6)', (c) => c.notNull().check(sql`value >= 0`))
    .addPrimaryKeyConstraint('calc_measure_value_pk', [
      'dataset_id',
      'measure_key',
      'municipality_code',
    ])
    .addForeignKeyConstraint(
      'calc_measure_value_measure',
      ['dataset_id', 'measure_key'],
      'calc_measure',
      ['dataset_id', 'key'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute()

  // Per-municipality bases some sharing models need (DOMAIN.md §6.6): the Wmo integration payment.
  await db.schema
    .createTable('calc_sharing_base')
    .addColumn('dataset_id', 'integer', (c) =>
      c.notNull().references('calc_dataset.id').onDelete('cascade'),
    )
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('wmo_integration_payment_cents', 'bigint', (c) =>
      c.notNull().check(sql`wmo_integration_payment_cents >= 0`),
    )
    .addPrimaryKeyConstraint('calc_sharing_base_pk', ['dataset_id', 'municipality_code'])
    .execute()

  // Aggregated groups of clients who moved to the Wlz, per centrumgemeente: never single persons.
  await db.schema
    .createTable('calc_wlz_client_group')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('dataset_id', 'integer', (c) =>
      c.notNull().references('calc_dataset.id').onDelete('cascade'),
    )
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('origin', 'text', (c) =>
      c.notNull().check(sql`origin in ('bw', 'otherWmo', 'nonWmo')`),
    )
    .addColumn('price_year', 'integer', (c) => c.notNull())
    .addColumn('wlz_start_date', 'date', (c) => c.notNull())
    .addColumn('client_count', 'integer', (c) => c.notNull().check(sql`client_count > 0`))
    .addColumn('cost_cents', 'bigint', (c) => c.notNull().check(sql`cost_cents >= 0`)) // per client, over cost_days
    .addColumn('cost_days', 'integer', (c) => c.notNull().check(sql`cost_days between 1 and 366`))
    .addColumn('lost_own_contributions_cents', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`lost_own_contributions_cents >= 0`),
    )
    .execute()
  await db.schema
    .createIndex('calc_wlz_client_group_dataset')
    .on('calc_wlz_client_group')
    .columns(['dataset_id', 'municipality_code'])
    .execute()

  await db.schema
    .createTable('scenario')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_user_id', 'text', (c) =>
      c.notNull().references('app_user.id').onDelete('cascade'),
    )
    .addColumn('region_code', 'text', (c) => c.references('region.code'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 2 and 100`))
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(sql`visibility in ('private', 'region', 'signed_in')`),
    )
    .addColumn('parameters', 'jsonb', (c) => c.notNull())
    .addColumn('dataset_id', 'integer', (c) => c.notNull().references('calc_dataset.id'))
    .addColumn('result', 'jsonb', (c) => c.notNull())
    .addColumn('is_region_choice', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'scenario_region_visibility',
      sql`visibility <> 'region' or region_code is not null`,
    )
    .addCheckConstraint(
      'scenario_region_choice',
      sql`not is_region_choice or (region_code is not null and visibility <> 'private')`,
    )
    .execute()
  // A region has at most one chosen sharing model.
  await db.schema
    .createIndex('scenario_one_region_choice')
    .on('scenario')
    .column('region_code')
    .unique()
    .where(sql.ref('is_region_choice'), '=', true)
    .execute()
  await db.schema
    .createIndex('scenario_owner')
    .on('scenario')
    .columns(['owner_user_id', 'created_at'])
    .execute()
  await db.schema
    .createIndex('scenario_region')
    .on('scenario')
    .columns(['region_code', 'created_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'scenario',
    'calc_wlz_client_group',
    'calc_sharing_base',
    'calc_measure_value',
    'calc_measure',
    'calc_historical_amount',
    'calc_dataset',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
