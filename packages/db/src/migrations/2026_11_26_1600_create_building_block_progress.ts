import { sql, type Kysely } from 'kysely'

// Building-block progress as records with a history (issue 13): decision moments (BO dates), the
// sub-lines of each block, every status change with its note, and the blocks' texts per moment.
// The snapshots of building_block_status move into these tables, one decision moment per snapshot date.

const BLOCK_KEYS = [
  'distribution_model',
  'regional_cooperation',
  'transition_clients',
  'wlz_withdrawal',
  'residence_principle',
  'national_purchasing',
  'national_agreements',
  'taskforce',
  'monitoring',
  'specific_themes',
]

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('decision_moment')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('moment_date', 'date', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by_label', 'text', (c) => c.notNull())
    .execute()

  // One row per block: the version that guards concurrent edits of its texts.
  await db.schema
    .createTable('building_block')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.insertInto('building_block').values(BLOCK_KEYS.map((key) => ({ key }))).execute()

  await db.schema
    .createTable('sub_line')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('building_block', 'text', (c) => c.notNull().references('building_block.key'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('sub_line_block_key', ['building_block', 'key'])
    .execute()

  await db.schema
    .createTable('sub_line_status')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('sub_line_id', 'integer', (c) => c.notNull().references('sub_line.id'))
    .addColumn('decision_moment_id', 'integer', (c) => c.notNull().references('decision_moment.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('done', 'partly_done', 'done_decision_pending', 'pending')`),
    )
    .addColumn('note', 'text', (c) => c.notNull().check(sql`length(btrim(note)) > 0`))
    .addColumn('planned_date', 'date')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by_label', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sub_line_status_line').on('sub_line_status').columns(['sub_line_id', 'decision_moment_id']).execute()

  await db.schema
    .createTable('building_block_text')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('building_block', 'text', (c) => c.notNull().references('building_block.key'))
    .addColumn('decision_moment_id', 'integer', (c) => c.notNull().references('decision_moment.id'))
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('implementation', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().check(sql`length(btrim(note)) > 0`))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by_label', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('building_block_text_block').on('building_block_text').columns(['building_block', 'decision_moment_id']).execute()

  await moveSnapshots(db)
  await db.schema.dropTable('building_block_status').execute()
}

/** Each snapshot date becomes a decision moment; its sub-lines and texts become the moment's records. */
async function moveSnapshots(db: Kysely<any>): Promise<void> {
  await sql`
    insert into decision_moment (moment_date, label, created_by_label)
    select distinct as_of,
      case when as_of = date '2020-12-07' then 'Stand voor het BO van 7 december 2020' else 'Stand per ' || as_of::text end,
      'systeem'
    from building_block_status`.execute(db)
  await sql`
    insert into sub_line (building_block, key, label, position)
    select distinct on (s.building_block, e.line->>'key') s.building_block, e.line->>'key', e.line->>'label', e.position
    from building_block_status s cross join lateral jsonb_array_elements(s.sub_lines) with ordinality as e(line, position)
    order by s.building_block, e.line->>'key', s.as_of desc`.execute(db)
  await sql`
    insert into sub_line_status (sub_line_id, decision_moment_id, status, note, recorded_by_label)
    select l.id, m.id, e.line->>'status', 'Overgenomen uit: ' || s.source, 'systeem'
    from building_block_status s
    cross join lateral jsonb_array_elements(s.sub_lines) as e(line)
    join sub_line l on l.building_block = s.building_block and l.key = e.line->>'key'
    join decision_moment m on m.moment_date = s.as_of
    order by s.as_of, l.id`.execute(db)
  await sql`
    insert into building_block_text (building_block, decision_moment_id, explanation, implementation, note, recorded_by_label)
    select s.building_block, m.id, s.explanation, s.implementation, 'Overgenomen uit: ' || s.source, 'systeem'
    from building_block_status s join decision_moment m on m.moment_date = s.as_of
    order by s.as_of, s.building_block`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('building_block_status')
    .addColumn('building_block', 'text', (c) => c.notNull())
    .addColumn('as_of', 'date', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('implementation', 'text', (c) => c.notNull())
    .addColumn('sub_lines', 'jsonb', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('building_block_status_pk', ['building_block', 'as_of'])
    .execute()
  for (const table of ['building_block_text', 'sub_line_status', 'sub_line', 'building_block', 'decision_moment']) {
    await db.schema.dropTable(table).execute()
  }
}
