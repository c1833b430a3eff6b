import { sql, type Kysely } from 'kysely'

// Maintained aggregates of the monitoring indicators (issue 12, ADR 017): one row per indicator and
// period holding the rolled-up regions and nation as the `@bt/indicators` rules computed them, so a
// national series reads 40 small rows instead of aggregating 100,000 cells on every page view.
//
// Precise invalidation in the writing statement's own transaction: triggers bump `stamp` for exactly
// the (indicator, period) pairs a write touched (every pair when the indeling changes, every period of
// an indicator whose definition changes). A stored aggregate counts only while computed_stamp = stamp,
// and a reader stores what it computed only if the stamp it read is still current, so a write that
// lands during a recomputation is never hidden. Statement-level triggers with transition tables: one
// trigger per event (PostgreSQL allows transition tables only on single-event triggers).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator_aggregate')
    .addColumn('indicator_key', 'text', (c) => c.notNull().references('indicator.key').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('stamp', 'bigint', (c) => c.notNull().defaultTo(1))
    .addColumn('computed_stamp', 'bigint')
    .addColumn('indeling_note', 'text')
    .addColumn('nation', 'jsonb')
    // Region code → RegionFigure, so one region's series reads `regions -> code` per period.
    .addColumn('regions', 'jsonb')
    .addPrimaryKeyConstraint('indicator_aggregate_pk', ['indicator_key', 'period'])
    .execute()

  await sql`
    create function indicator_aggregate_touch() returns trigger language plpgsql as $$
    begin
      insert into indicator_aggregate (indicator_key, period, period_end)
      select distinct indicator_key, period, period_end from changed_values
      on conflict (indicator_key, period) do update set stamp = indicator_aggregate.stamp + 1;
      return null;
    end $$`.execute(db)
  await sql`create trigger indicator_value_inserted after insert on indicator_value
    referencing new table as changed_values for each statement execute function indicator_aggregate_touch()`.execute(db)
  await sql`create trigger indicator_value_updated after update on indicator_value
    referencing new table as changed_values for each statement execute function indicator_aggregate_touch()`.execute(db)
  await sql`create trigger indicator_value_deleted after delete on indicator_value
    referencing old table as changed_values for each statement execute function indicator_aggregate_touch()`.execute(db)

  await sql`
    create function indicator_aggregate_touch_all() returns trigger language plpgsql as $$
    begin
      update indicator_aggregate set stamp = stamp + 1;
      return null;
    end $$`.execute(db)
  await sql`create trigger region_membership_changed after insert or update or delete or truncate on region_membership
    for each statement execute function indicator_aggregate_touch_all()`.execute(db)

  await sql`
    create function indicator_aggregate_touch_indicator() returns trigger language plpgsql as $$
    begin
      update indicator_aggregate set stamp = stamp + 1 where indicator_key = new.key;
      return null;
    end $$`.execute(db)
  await sql`create trigger indicator_definition_changed after update on indicator
    for each row when (old.aggregation is distinct from new.aggregation or old.unit is distinct from new.unit or old.levels is distinct from new.levels)
    execute function indicator_aggregate_touch_indicator()`.execute(db)

  // Room on each page for a changed value's new version: an import that changes every value then
  // updates in place (HOT; no indexed column changes) instead of adding an entry to every index.
  // Applies to pages written from now on.
  await sql`alter table indicator_value set (fillfactor = 70)`.execute(db)

  // Every pair that already has values starts stale; the first read computes it.
  await sql`insert into indicator_aggregate (indicator_key, period, period_end)
    select distinct indicator_key, period, period_end from indicator_value`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table indicator_value reset (fillfactor)`.execute(db)
  await sql`drop trigger indicator_definition_changed on indicator`.execute(db)
  await sql`drop trigger region_membership_changed on region_membership`.execute(db)
  for (const t of ['indicator_value_inserted', 'indicator_value_updated', 'indicator_value_deleted']) await sql.raw(`drop trigger ${t} on indicator_value`).execute(db)
  await db.schema.dropTable('indicator_aggregate').execute()
  for (const f of ['indicator_aggregate_touch', 'indicator_aggregate_touch_all', 'indicator_aggregate_touch_indicator']) await sql.raw(`drop function ${f}()`).execute(db)
}
