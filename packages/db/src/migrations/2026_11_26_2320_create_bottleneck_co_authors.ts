import { sql, type Kysely } from 'kysely'

// Co-authors of a bottleneck (issue 17): people named beside whoever raised it, told of its changes and
// comments. Who may be named (readers of the bottleneck) is a rule of the api, not of this table.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bottleneck_co_author')
    .addColumn('bottleneck_id', 'integer', (c) => c.notNull().references('bottleneck.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('added_by_label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('bottleneck_co_author_pk', ['bottleneck_id', 'user_id'])
    .execute()
  await db.schema.createIndex('bottleneck_co_author_user').on('bottleneck_co_author').column('user_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bottleneck_co_author').execute()
}
