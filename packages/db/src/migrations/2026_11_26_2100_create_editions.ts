import { sql, type Kysely } from 'kysely'

// Half-year editions (issue 14, ADR 019): an edition per half year, one row per region in the
// indeling valid on its reference date with the region's picture as a JSON snapshot, the adviser's
// review comments per item, the region's disputes with a reason each, and every state change.
// Once an edition is frozen the database itself refuses any change to it or its rows.

const REGION_STATES = sql`('not_started', 'draft', 'submitted', 'returned', 'approved', 'confirmed')`

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('edition')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique().check(sql`key ~ '^[0-9]{4}-H[12]$'`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('reference_date', 'date', (c) => c.notNull())
    .addColumn('window_opens', 'date', (c) => c.notNull())
    .addColumn('window_closes', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('band_periods', 'integer', (c) => c.notNull().defaultTo(8).check(sql`band_periods between 3 and 20`))
    .addColumn('band_mad_factor', 'double precision', (c) => c.notNull().defaultTo(3).check(sql`band_mad_factor between 1 and 10`))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open').check(sql`state in ('open', 'frozen')`))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('opened_by_label', 'text', (c) => c.notNull())
    .addColumn('frozen_at', 'timestamptz')
    .addColumn('frozen_by_label', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('edition_frozen_has_time', sql`(state = 'frozen') = (frozen_at is not null)`)
    .execute()
  // At most one open edition at a time.
  await sql`create unique index edition_one_open on edition ((true)) where state = 'open'`.execute(db)

  await db.schema
    .createTable('edition_region')
    .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('not_started').check(sql`state in ${REGION_STATES}`))
    // The picture as snapshotted when the region last submitted (EditionPicture in @bt/domain).
    .addColumn('picture', 'jsonb')
    .addColumn('picture_taken_at', 'timestamptz')
    // The region's explanation per consistency finding, and the findings when it submitted.
    .addColumn('explanations', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('findings', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('review_round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_activity_at', 'timestamptz')
    .addColumn('last_activity_by_label', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('edition_region_pk', ['edition_id', 'region_code'])
    .addCheckConstraint('edition_region_submitted_has_picture', sql`state in ('not_started', 'draft') or picture is not null`)
    .execute()

  await db.schema
    .createTable('edition_review_comment')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('edition_id', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('review_round', 'integer', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().check(sql`length(btrim(body)) > 0`))
    .addColumn('author_user_id', 'text')
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('edition_review_comment_region', ['edition_id', 'region_code'], 'edition_region', ['edition_id', 'region_code'])
    .execute()
  await db.schema.createIndex('edition_review_comment_picture').on('edition_review_comment').columns(['edition_id', 'region_code']).execute()

  await db.schema
    .createTable('edition_dispute')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('edition_id', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('item_label', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(btrim(reason)) >= 5`))
    .addColumn('author_user_id', 'text')
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('edition_dispute_region', ['edition_id', 'region_code'], 'edition_region', ['edition_id', 'region_code'])
    .addUniqueConstraint('edition_dispute_once', ['edition_id', 'region_code', 'item_key'])
    .execute()

  await db.schema
    .createTable('edition_event')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('edition_id', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('by_user_id', 'text')
    .addColumn('by_label', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('edition_event_region', ['edition_id', 'region_code'], 'edition_region', ['edition_id', 'region_code'])
    .execute()
  await db.schema.createIndex('edition_event_picture').on('edition_event').columns(['edition_id', 'region_code']).execute()

  // SQLSTATE BT409 ("frozen"): the api maps it to a Dutch message; no other error uses it.
  await sql`
    create function edition_refuse_frozen() returns trigger language plpgsql as $$
    declare
      touched integer[];
    begin
      if tg_table_name = 'edition' then
        if old.state = 'frozen' then
          raise exception 'edition % is frozen', old.key using errcode = 'BT409';
        end if;
        return coalesce(new, old);
      end if;
      if tg_op = 'INSERT' then touched := array[new.edition_id];
      elsif tg_op = 'DELETE' then touched := array[old.edition_id];
      else touched := array[old.edition_id, new.edition_id];
      end if;
      if exists (select 1 from edition where id = any(touched) and state = 'frozen') then
        raise exception 'edition % is frozen', touched[1] using errcode = 'BT409';
      end if;
      return coalesce(new, old);
    end
    $$`.execute(db)
  await sql`create trigger edition_frozen before update or delete on edition for each row execute function edition_refuse_frozen()`.execute(db)
  for (const table of ['edition_region', 'edition_review_comment', 'edition_dispute', 'edition_event']) {
    await sql`create trigger ${sql.id(`${table}_frozen`)} before insert or update or delete on ${sql.table(table)} for each row execute function edition_refuse_frozen()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['edition_event', 'edition_dispute', 'edition_review_comment', 'edition_region', 'edition']) {
    await db.schema.dropTable(table).execute()
  }
  await sql`drop function edition_refuse_frozen()`.execute(db)
}
