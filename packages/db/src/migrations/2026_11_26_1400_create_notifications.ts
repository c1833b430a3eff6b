import { sql, type Kysely } from 'kysely'

// Notifications (one table, any kind), per-user mail settings, and the mail outbox: every mail is a
// row until it is sent, so nothing is silently dropped when SMTP is missing or refuses.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notification')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    // What made it (e.g. 'comment:42'): a job or service that runs twice creates no second notification.
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    // Set when the notification waits for (null and delivery 'digest') or went into a daily digest.
    .addColumn('digest_state', 'text', (c) => c.check(sql`digest_state in ('waiting', 'sent')`))
    .addUniqueConstraint('notification_once', ['user_id', 'kind', 'source_key'])
    .execute()
  await db.schema.createIndex('notification_user_time').on('notification').columns(['user_id', 'created_at']).execute()
  await db.schema
    .createIndex('notification_digest_waiting')
    .on('notification')
    .column('user_id')
    .where(sql.ref('digest_state'), '=', 'waiting')
    .execute()

  await db.schema
    .createTable('notification_setting')
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull().check(sql`delivery in ('immediate', 'digest', 'off')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('notification_setting_pk', ['user_id', 'kind'])
    .execute()

  await db.schema
    .createTable('mail_message')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('recipient_user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // The portal path the mail points to; the sender prefixes the portal's public address.
    .addColumn('link', 'text', (c) => c.notNull())
    // A notification kind, or 'digest'.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'sending', 'sent', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A worker's lease on a mail it is sending; a worker that dies lets the lease run out.
    .addColumn('claimed_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('mail_message_unsent')
    .on('mail_message')
    .column('next_attempt_at')
    .where(sql.ref('status'), '<>', 'sent')
    .execute()
  await db.schema.createIndex('mail_message_created').on('mail_message').column('created_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['mail_message', 'notification_setting', 'notification']) await db.schema.dropTable(table).execute()
}
