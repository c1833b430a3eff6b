import { sql, type Kysely } from 'kysely'

// A data set's published amounts per municipality (issue 18 item 5): the historical and objective
// amounts of the rekenbestand, imported from its CSV/XLSX, from which a region's path and its
// members' shares are computed. Historical amounts belong to centrumgemeenten only (null for the
// others). Typed Kysely<any> (STYLE.md §7); PostgreSQL 15 and PGlite.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calc_published_amount')
    .addColumn('dataset_id', 'integer', (c) =>
      c.notNull().references('calc_dataset.id').onDelete('cascade'),
    )
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('historical_cents', 'bigint', (c) => c.check(sql`historical_cents >= 0`))
    .addColumn('objective_cents', 'bigint', (c) => c.notNull().check(sql`objective_cents >= 0`))
    .addPrimaryKeyConstraint('calc_published_amount_pk', ['dataset_id', 'municipality_code'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calc_published_amount').execute()
}
