import { sql, type Kysely } from 'kysely'

// Meetings of the steering group and Bestuurlijk Overleggen (issue 17). A BO is the overview's decision
// moment: its meeting row points at that moment (one date, one record). An agenda of numbered items,
// each from a bottleneck or free, with a decision and action items. Closing a meeting freezes its
// minutes: a trigger refuses any change to a closed meeting, its participants, items and action items
// (an action item's "done" mark excepted: owners finish their actions after the meeting).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('steering', 'bo')`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) > 0`))
    .addColumn('meeting_date', 'date', (c) => c.notNull())
    .addColumn('decision_moment_id', 'integer', (c) => c.unique().references('decision_moment.id'))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('planned').check(sql`state in ('planned', 'closed')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by_label', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by_label', 'text')
    // A BO always is a decision moment; a steering group meeting never is one.
    .addCheckConstraint('meeting_bo_is_moment', sql`(kind = 'bo') = (decision_moment_id is not null)`)
    .addCheckConstraint('meeting_closed_when', sql`(state = 'closed') = (closed_at is not null)`)
    .execute()
  await db.schema.createIndex('meeting_date').on('meeting').column('meeting_date').execute()

  await db.schema
    .createTable('meeting_participant')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('meeting_participant_pk', ['meeting_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('meeting_item')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position > 0`))
    .addColumn('bottleneck_id', 'integer', (c) => c.references('bottleneck.id'))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) > 0`))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('open').check(sql`outcome in ('open', 'decided', 'deferred')`))
    .addColumn('decision', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by_label', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // A decided item says what was decided.
    .addCheckConstraint('meeting_item_decision_text', sql`outcome <> 'decided' or length(btrim(decision)) > 0`)
    .addUniqueConstraint('meeting_item_bottleneck_once', ['meeting_id', 'bottleneck_id'])
    .execute()
  await db.schema.createIndex('meeting_item_meeting').on('meeting_item').columns(['meeting_id', 'position']).execute()
  await db.schema.createIndex('meeting_item_bottleneck').on('meeting_item').column('bottleneck_id').execute()

  await db.schema
    .createTable('meeting_action_item')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('meeting_item_id', 'integer', (c) => c.notNull().references('meeting_item.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull().check(sql`length(btrim(description)) > 0`))
    .addColumn('owner_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('done_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by_label', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('meeting_action_item_owner').on('meeting_action_item').columns(['owner_user_id', 'due_date']).execute()
  await db.schema.createIndex('meeting_action_item_item').on('meeting_action_item').column('meeting_item_id').execute()

  // SQLSTATE BT423 ("closed minutes"): the api maps it to a Dutch message; no other error uses it.
  await sql`
    create function meeting_refuse_closed() returns trigger language plpgsql as $$
    declare
      touched integer[];
    begin
      if tg_table_name = 'meeting' then
        if old.state = 'closed' then
          raise exception 'meeting % is closed', old.id using errcode = 'BT423';
        end if;
        return coalesce(new, old);
      end if;
      -- nested: plpgsql would resolve the action item's columns on other tables' rows too
      if tg_table_name = 'meeting_action_item' and tg_op = 'UPDATE' then
        if (new.meeting_id, new.meeting_item_id, new.description, new.owner_user_id, new.due_date, new.created_at, new.created_by_label)
          is not distinct from (old.meeting_id, old.meeting_item_id, old.description, old.owner_user_id, old.due_date, old.created_at, old.created_by_label) then
          return new;
        end if;
      end if;
      if tg_op = 'INSERT' then touched := array[new.meeting_id];
      elsif tg_op = 'DELETE' then touched := array[old.meeting_id];
      else touched := array[old.meeting_id, new.meeting_id];
      end if;
      if exists (select 1 from meeting where id = any(touched) and state = 'closed') then
        raise exception 'meeting % is closed', touched[1] using errcode = 'BT423';
      end if;
      return coalesce(new, old);
    end
    $$`.execute(db)
  await sql`create trigger meeting_closed before update or delete on meeting for each row execute function meeting_refuse_closed()`.execute(db)
  for (const table of ['meeting_participant', 'meeting_item', 'meeting_action_item']) {
    await sql`create trigger ${sql.id(`${table}_closed`)} before insert or update or delete on ${sql.table(table)} for each row execute function meeting_refuse_closed()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['meeting_action_item', 'meeting_item', 'meeting_participant', 'meeting']) {
    await db.schema.dropTable(table).execute()
  }
  await sql`drop function meeting_refuse_closed()`.execute(db)
}
