import { sql, type Kysely } from 'kysely'

// The steering group's desk (issue 16): signals computed from the data with their history, the
// analyst's thresholds, and the bottleneck register with states, history and comments.

const STATES = `('reported', 'in_progress', 'scheduled', 'decided', 'resolved', 'dropped')`

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('signal')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    // Stable while the cause lasts, so a recompute updates a signal rather than duplicating it.
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.references('region.code'))
    .addColumn('building_block', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addColumn('links', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addColumn('last_computed_at', 'timestamptz', (c) => c.notNull())
    .execute()
  // One open signal per cause; a cause that comes back after closing opens a new signal.
  await sql`create unique index signal_open_once on signal (dedupe_key) where closed_at is null`.execute(db)
  await db.schema.createIndex('signal_kind_open').on('signal').columns(['kind', 'closed_at']).execute()
  await db.schema.createIndex('signal_region').on('signal').column('region_code').execute()

  await db.schema
    .createTable('signal_event')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('signal_id', 'integer', (c) => c.notNull().references('signal.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('opened', 'changed', 'closed')`))
    .addColumn('evidence', 'jsonb')
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('signal_event_signal').on('signal_event').columns(['signal_id', 'occurred_at']).execute()

  // A single row: the thresholds an analyst sets, guarded by a version.
  await db.schema
    .createTable('signal_thresholds')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('thresholds', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('bottleneck')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) between 1 and 200`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('building_blocks', 'jsonb', (c) => c.notNull())
    .addColumn('region_codes', 'jsonb', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull().check(sql`severity between 1 and 5`))
    .addColumn('likelihood', 'integer', (c) => c.notNull().check(sql`likelihood between 1 and 5`))
    .addColumn('owner_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('due_date', 'date')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('reported').check(sql.raw(`state in ${STATES}`)))
    .addColumn('state_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agreement_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('indicator_keys', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('signal_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // The signal it was promoted from and that signal's evidence at the time: the evidence travels along.
    .addColumn('source_signal_id', 'integer', (c) => c.references('signal.id'))
    .addColumn('evidence', 'jsonb')
    .addColumn('raised_by_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('raised_by_label', 'text', (c) => c.notNull())
    // The region that raised it, when a region's user did: that region keeps seeing it.
    .addColumn('raised_by_region_code', 'text', (c) => c.references('region.code'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('bottleneck_state').on('bottleneck').column('state').execute()
  await sql`create index bottleneck_regions on bottleneck using gin (region_codes)`.execute(db)

  await db.schema
    .createTable('bottleneck_event')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('bottleneck_id', 'integer', (c) => c.notNull().references('bottleneck.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('created', 'updated', 'state_changed')`))
    .addColumn('from_state', 'text', (c) => c.check(sql.raw(`from_state in ${STATES}`)))
    .addColumn('to_state', 'text', (c) => c.check(sql.raw(`to_state in ${STATES}`)))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    // For 'updated': the fields that changed, { field: { before, after } }.
    .addColumn('changes', 'jsonb')
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('bottleneck_event_time').on('bottleneck_event').columns(['bottleneck_id', 'occurred_at']).execute()
  await db.schema.createIndex('bottleneck_event_occurred').on('bottleneck_event').column('occurred_at').execute()

  await db.schema
    .createTable('bottleneck_comment')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('bottleneck_id', 'integer', (c) => c.notNull().references('bottleneck.id').onDelete('cascade'))
    .addColumn('author_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().check(sql`length(btrim(body)) > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('bottleneck_comment_bottleneck').on('bottleneck_comment').column('bottleneck_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['bottleneck_comment', 'bottleneck_event', 'bottleneck', 'signal_thresholds', 'signal_event', 'signal']) {
    await db.schema.dropTable(table).execute()
  }
}
