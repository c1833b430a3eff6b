import { sql, type Kysely } from 'kysely'

// Co-authors of an agreement (issue 17): people named beside its region editors, notified of its changes
// and comments. Who may be named (readers of the record) is a rule of the api, not of this table.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agreement_co_author')
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreement.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('added_by_label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_co_author_pk', ['agreement_id', 'user_id'])
    .execute()
  await db.schema.createIndex('agreement_co_author_user').on('agreement_co_author').column('user_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agreement_co_author').execute()
}
