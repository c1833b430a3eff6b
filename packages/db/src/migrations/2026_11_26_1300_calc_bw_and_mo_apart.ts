import { sql, type Kysely } from 'kysely'

// BW and MO are separate budgets (DOMAIN.md §6.0, issue 18 item 1): the Wlz withdrawal and the
// phase-in to all municipalities apply to BW only; MO stays with the centrumgemeenten and has its
// own objective model. A data set's macro_budget_cents and amount_cents are its BW figures; MO gets
// its own columns (0 for data sets from before, which held BW + MO as one figure), and each measure
// says which model it belongs to. Typed Kysely<any> (STYLE.md §7); PostgreSQL 15 and PGlite.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('calc_dataset')
    .addColumn('mo_macro_budget_cents', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`mo_macro_budget_cents >= 0`),
    )
    .execute()
  await db.schema
    .alterTable('calc_historical_amount')
    .addColumn('mo_amount_cents', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`mo_amount_cents >= 0`),
    )
    .execute()
  await db.schema
    .alterTable('calc_measure')
    .addColumn('budget', 'text', (c) =>
      c
        .notNull()
        .defaultTo('bw')
        .check(sql`budget in ('bw', 'mo')`),
    )
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('calc_measure').dropColumn('budget').execute()
  await db.schema.alterTable('calc_historical_amount').dropColumn('mo_amount_cents').execute()
  await db.schema.alterTable('calc_dataset').dropColumn('mo_macro_budget_cents').execute()
}
