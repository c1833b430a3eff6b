import { sql, type Kysely } from 'kysely'

// The reference scenario (issue 18): one saved scenario on real data that an analyst designates and
// the indicators and bottleneck signals read. At most one in the installation (a partial unique
// index), and it is shared with everyone signed in (a check). Typed Kysely<any> (STYLE.md §7);
// PostgreSQL 15 and PGlite.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('scenario')
    .addColumn('is_reference', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute()
  await db.schema
    .alterTable('scenario')
    .addCheckConstraint(
      'scenario_reference_shared',
      sql`not is_reference or visibility = 'signed_in'`,
    )
    .execute()
  await db.schema
    .createIndex('scenario_one_reference')
    .on('scenario')
    .column('is_reference')
    .unique()
    .where(sql.ref('is_reference'), '=', true)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('scenario_one_reference').execute()
  await db.schema.alterTable('scenario').dropConstraint('scenario_reference_shared').execute()
  await db.schema.alterTable('scenario').dropColumn('is_reference').execute()
}
