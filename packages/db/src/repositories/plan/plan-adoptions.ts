import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

// Plan revisions: the whole published uitvoeringsplan after each publication, what councils adopt
// (issue 19 item 8, ADR 034; the adoptions themselves are in council-adoptions.ts).

/**
 * Store the region's published plan elements as its next plan revision; returns its id and number.
 * Publications at the same moment queue on the region's row (a lock held until commit), so each takes
 * the next number and the revision stored after another's commit carries that element too: the read
 * of max(number) and of the elements is a statement of its own, after the lock, with a fresh view.
 * `no key update` leaves inserts that only reference the region (foreign keys) unblocked.
 */
export async function insertPlanRevision(trx: Transaction<DB>, params: { regionCode: string; authorLabel: string; now: Date }) {
  await sql`select 1 from region where code = ${params.regionCode} for no key update`.execute(trx)
  const result = await sql<{ id: number; number: number }>`
    insert into plan_revision (region_code, number, elements, published_at, published_by_label)
    select ${params.regionCode},
      coalesce((select max(number) from plan_revision where region_code = ${params.regionCode}), 0) + 1,
      coalesce(jsonb_agg(jsonb_build_object('element', element, 'version', published_version, 'status', published_status, 'body', published_body) order by element), '[]'::jsonb),
      ${params.now}, ${params.authorLabel}
    from plan_element where region_code = ${params.regionCode} and published_version is not null
    returning id, number`.execute(trx)
  const row = result.rows[0]
  if (!row) throw new Error(`No plan revision stored for region ${params.regionCode}`)
  return row
}

/** A region's newest plan revision (what a council adopts now), or undefined while nothing is published. */
export async function findCurrentPlanRevision(db: Kysely<DB>, params: { regionCode: string }) {
  return db
    .selectFrom('planRevision')
    .select(['id', 'number', 'elements', 'publishedAt', 'publishedByLabel'])
    .where('regionCode', '=', params.regionCode)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** One plan revision with its region, or undefined. */
export async function findPlanRevision(db: Kysely<DB>, params: { id: number }) {
  return db.selectFrom('planRevision').select(['id', 'regionCode', 'number', 'publishedAt']).where('id', '=', params.id).executeTakeFirst()
}

