import { sql, type Kysely } from 'kysely'

// Implementation agreements with their revisions, comments, and the regions' NvO levels.
// Tag lists are jsonb arrays of keys (same form in the row and in revision snapshots).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agreement')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('nvo_agreements', 'jsonb', (c) => c.notNull())
    .addColumn('themes', 'jsonb', (c) => c.notNull())
    .addColumn('conditions', 'jsonb', (c) => c.notNull())
    .addColumn('building_blocks', 'jsonb', (c) => c.notNull())
    .addColumn('plan_elements', 'jsonb', (c) => c.notNull())
    .addColumn('municipalities', 'jsonb', (c) => c.notNull())
    .addColumn('partners', 'jsonb', (c) => c.notNull())
    .addColumn('milestones', 'jsonb', (c) => c.notNull())
    .addColumn('delays', 'jsonb', (c) => c.notNull())
    .addColumn('planned_date', 'date')
    // The planned date, or the new date of the latest delay: what "overdue" is measured against.
    .addColumn('due_date', 'date')
    .addColumn('stage', 'text', (c) =>
      c.notNull().check(sql`stage in ('concept', 'vastgesteld', 'in_uitvoering', 'gerealiseerd', 'vervallen')`),
    )
    .addColumn('stage_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('explanation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('published_revision', 'integer')
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('agreement_region').on('agreement').columns(['region_code', 'updated_at']).execute()

  await db.schema
    .createTable('agreement_revision')
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreement.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('author_user_id', 'text')
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_revision_pk', ['agreement_id', 'revision'])
    .execute()

  await db.schema
    .createTable('agreement_comment')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreement.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (c) => c.references('agreement_comment.id').onDelete('cascade'))
    .addColumn('author_user_id', 'text')
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('agreement_comment_agreement').on('agreement_comment').columns(['agreement_id', 'id']).execute()

  await db.schema
    .createTable('nvo_level')
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('nvo_agreement', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between 0 and 4`))
    .addColumn('explanation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('nvo_level_pk', ['region_code', 'nvo_agreement'])
    .execute()

  await db.schema
    .createTable('nvo_level_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('nvo_agreement', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('changed_by_label', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('nvo_level_history_region')
    .on('nvo_level_history')
    .columns(['region_code', 'nvo_agreement', 'changed_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['nvo_level_history', 'nvo_level', 'agreement_comment', 'agreement_revision', 'agreement']) {
    await db.schema.dropTable(table).execute()
  }
}
