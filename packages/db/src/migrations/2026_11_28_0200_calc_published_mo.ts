import { sql, type Kysely } from 'kysely'

// The MO part of a centrumgemeente's published amounts (issue 18 items 1 and 5): the rekenbestand's
// totals are BW + MO, and MO is not decentralised (seed 000 §3.2), so a region's path keeps MO's
// part with the centrumgemeente and lets the members share only BW's. Null: the sheet gave no MO.
// Typed Kysely<any> (STYLE.md §7); PostgreSQL 15 and PGlite.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('calc_published_amount')
    .addColumn('historical_mo_cents', 'bigint', (c) =>
      c.check(sql`historical_mo_cents >= 0 and historical_mo_cents <= historical_cents`),
    )
    .addColumn('objective_mo_cents', 'bigint', (c) =>
      c.check(sql`objective_mo_cents >= 0 and objective_mo_cents <= objective_cents`),
    )
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('calc_published_amount')
    .dropColumn('historical_mo_cents')
    .dropColumn('objective_mo_cents')
    .execute()
}
