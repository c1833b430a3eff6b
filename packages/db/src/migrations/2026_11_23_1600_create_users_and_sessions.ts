import { sql, type Kysely } from 'kysely'

// Users, their role grants, sessions (only token hashes), one-time password links and login failures
// (throttling lives in the database so any number of portal processes share it).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email)`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('password_changed_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('app_user_email').on('app_user').column('email').unique().execute()

  await db.schema
    .createTable('role_grant')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.references('region.code'))
    .addColumn('municipality_code', 'text', (c) => c.references('municipality.code'))
    // The scope a role needs (DESIGN.md, Roles): a region, a municipality, or nothing (national).
    .addCheckConstraint(
      'role_grant_scope',
      sql`(role in ('region_editor', 'region_viewer', 'vng_adviser') and region_code is not null and municipality_code is null)
       or (role = 'municipality_signatory' and municipality_code is not null and region_code is null)
       or (role in ('vng_analyst', 'steering_member', 'admin') and region_code is null and municipality_code is null)`,
    )
    .execute()
  await db.schema
    .createIndex('role_grant_unique')
    .on('role_grant')
    .expression(sql`user_id, role, coalesce(region_code, ''), coalesce(municipality_code, '')`)
    .unique()
    .execute()

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey()) // SHA-256 of the token, hex; never the token
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('session_user').on('session').column('user_id').execute()

  await db.schema
    .createTable('password_link')
    .addColumn('id', 'text', (c) => c.primaryKey()) // SHA-256 of the link token, hex
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('invite', 'reset')`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('login_failure')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('throttle_key', 'text', (c) => c.notNull()) // 'account:<email>' or 'address:<ip>'
    .addColumn('attempted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('login_failure_key_time')
    .on('login_failure')
    .columns(['throttle_key', 'attempted_at'])
    .execute()

  // Installation-wide facts, such as when demo data was seeded (the UI shows a banner while it is).
  await db.schema
    .createTable('app_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['app_setting', 'login_failure', 'password_link', 'session', 'role_grant', 'app_user']) {
    await db.schema.dropTable(table).execute()
  }
}
