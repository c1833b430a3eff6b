import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

// Plan revisions (the whole published uitvoeringsplan after each publication) and the councils'
// adoptions of one revision (issue 19 item 8, ADR 034).

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

/** Every council adoption of any revision of a region's plan, with municipality and revision. */
export async function listPlanAdoptions(db: Kysely<DB>, params: { regionCode: string }) {
  return db
    .selectFrom('planAdoption as a')
    .innerJoin('planRevision as r', 'r.id', 'a.planRevisionId')
    .innerJoin('municipality as m', 'm.code', 'a.municipalityCode')
    .select([
      'a.id',
      'a.municipalityCode',
      'm.name as municipalityName',
      'a.planRevisionId',
      'r.number as revisionNumber',
      'r.publishedAt as revisionPublishedAt',
      'a.decisionDate',
      'a.decisionUrl',
      'a.recordedAt',
      'a.recordedByLabel',
      'a.confirmedAt',
      'a.confirmedByLabel',
    ])
    .where('r.regionCode', '=', params.regionCode)
    .orderBy('m.name')
    .orderBy('r.number', 'desc')
    .execute()
}

/** Record a council's adoption of a plan revision (confirmed at once when `confirmedByLabel` is given); returns its id. */
export async function insertPlanAdoption(
  trx: Transaction<DB>,
  params: {
    municipalityCode: string
    planRevisionId: number
    decisionDate: string
    decisionUrl: string
    authorLabel: string
    confirmedByLabel: string | null
    now: Date
  },
) {
  const row = await trx
    .insertInto('planAdoption')
    .values({
      municipalityCode: params.municipalityCode,
      planRevisionId: params.planRevisionId,
      decisionDate: params.decisionDate,
      decisionUrl: params.decisionUrl,
      recordedByLabel: params.authorLabel,
      recordedAt: params.now,
      confirmedAt: params.confirmedByLabel === null ? null : params.now,
      confirmedByLabel: params.confirmedByLabel,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** One plan adoption with the region of its revision, or undefined. */
export async function findPlanAdoption(db: Kysely<DB>, params: { id: number }) {
  return db
    .selectFrom('planAdoption as a')
    .innerJoin('planRevision as p', 'p.id', 'a.planRevisionId')
    .innerJoin('region as r', 'r.code', 'p.regionCode')
    .innerJoin('municipality as m', 'm.code', 'a.municipalityCode')
    .select(['a.id', 'a.municipalityCode', 'm.name as municipalityName', 'a.confirmedAt', 'p.regionCode', 'r.slug as regionSlug', 'p.number as revisionNumber'])
    .where('a.id', '=', params.id)
    .executeTakeFirst()
}

/** Mark a plan adoption confirmed by the municipality's signatory (once). */
export async function confirmPlanAdoption(trx: Transaction<DB>, params: { id: number; authorLabel: string; now: Date }) {
  await trx
    .updateTable('planAdoption')
    .set({ confirmedAt: params.now, confirmedByLabel: params.authorLabel })
    .where('id', '=', params.id)
    .where('confirmedAt', 'is', null)
    .execute()
}
