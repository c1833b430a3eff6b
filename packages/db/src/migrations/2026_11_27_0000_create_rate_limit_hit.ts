import { sql, type Kysely } from 'kysely'

// Counters of the public API and open-data downloads per client address and fixed time window, in
// PostgreSQL so the limit holds across portal instances (issue 15, ADR 022). Old windows are deleted
// by the housekeeping job.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hit')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull().check(sql`hits > 0`))
    .addPrimaryKeyConstraint('rate_limit_hit_pk', ['bucket', 'client_key', 'window_start'])
    .execute()
  await db.schema.createIndex('rate_limit_hit_window').on('rate_limit_hit').column('window_start').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_hit').execute()
}
