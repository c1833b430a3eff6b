import { sql, type Kysely } from 'kysely'

// What changed in a region's picture since the one it is compared with, kept per frozen edition
// (issue 20, ADR 044). A frozen edition's pictures and disputes never change, so its changes are
// computed once (when it is frozen, or by the first reader of an edition frozen before this table) and
// read as one row per region. The list is derived: the pictures stay the one source of truth, and
// freezing an edition recomputes the rows of every frozen edition after it (its baseline may move).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('edition_region_change')
    .addColumn('edition_id', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    // The frozen edition whose picture this one was compared with; null: the region's first picture.
    .addColumn('compared_with_edition_id', 'integer', (c) => c.references('edition.id'))
    // The changes in order (PictureChange in @bt/domain), disputes last.
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    // CHANGE_RULES_VERSION they were computed with: rows of other rules are computed afresh when read.
    .addColumn('rules_version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('edition_region_change_pk', ['edition_id', 'region_code'])
    .addForeignKeyConstraint(
      'edition_region_change_region',
      ['edition_id', 'region_code'],
      'edition_region',
      ['edition_id', 'region_code'],
    )
    .addCheckConstraint('edition_region_change_is_list', sql`jsonb_typeof(changes) = 'array'`)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('edition_region_change').execute()
}
