import { sql, type Kysely } from 'kysely'

// Council adoption of the uitvoeringsplan (issue 19 item 8, ADR 034). A council adopts the plan as it
// was published, so every publication of a plan element stores the whole published plan as the
// region's next plan revision (a list of elements: keyed JSON would be renamed by CamelCasePlugin),
// and an adoption names the revision it adopted, as a regiovisie adoption names its version.
// A council adoption recorded by the municipality's own signatory is confirmed at once.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_revision')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number > 0`))
    .addColumn('elements', 'jsonb', (c) => c.notNull().check(sql`jsonb_typeof(elements) = 'array'`))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_by_label', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_revision_number', ['region_code', 'number'])
    .execute()

  // Plans published before this migration get revision 1: the published copies as they stand. A
  // database that has not run the publication columns' migration yet (migrations land unordered,
  // ADR 015) has nothing published to carry over.
  const publication = await sql<{ found: number }>`
    select 1 as found from information_schema.columns
    where table_schema = current_schema() and table_name = 'plan_element' and column_name = 'published_version'`.execute(db)
  if (publication.rows.length > 0) await sql`
    insert into plan_revision (region_code, number, elements, published_at, published_by_label)
    select region_code, 1,
      jsonb_agg(jsonb_build_object('element', element, 'version', published_version, 'status', published_status, 'body', published_body) order by element),
      max(published_at),
      (array_agg(published_by_label order by published_at desc))[1]
    from plan_element where published_version is not null
    group by region_code`.execute(db)

  await db.schema
    .createTable('plan_adoption')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('plan_revision_id', 'integer', (c) => c.notNull().references('plan_revision.id'))
    .addColumn('decision_date', 'date', (c) => c.notNull())
    .addColumn('decision_url', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by_label', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('confirmed_by_label', 'text')
    .addUniqueConstraint('plan_adoption_once', ['municipality_code', 'plan_revision_id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_adoption').execute()
  await db.schema.dropTable('plan_revision').execute()
}
