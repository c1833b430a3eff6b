import { sql, type Kysely, type Transaction } from 'kysely'
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres'
import type { PlanElementKey, PlanElementStatus } from '@bt/domain'
import type { DB } from '../../schema.ts'
import { insertPlanRevision } from './plan-adoptions.ts'

/** A region's plan elements that have been written (the others are "niet gestart"). */
export async function listPlanElements(db: Kysely<DB>, params: { regionCode: string }) {
  return db
    .selectFrom('planElement')
    .select([
      'element',
      'status',
      'body',
      'version',
      'updatedAt',
      'updatedByLabel',
      'publishedVersion',
      'publishedStatus',
      'publishedBody',
      'publishedAt',
      'publishedByLabel',
    ])
    .where('regionCode', '=', params.regionCode)
    .execute()
}

/** One saved plan element's working copy, or undefined when it was never saved. */
export async function findPlanElement(db: Kysely<DB>, params: { regionCode: string; element: PlanElementKey }) {
  return db
    .selectFrom('planElement')
    .select(['element', 'status', 'body', 'version'])
    .where('regionCode', '=', params.regionCode)
    .where('element', '=', params.element)
    .executeTakeFirst()
}

/** Publish the working copy of a plan element when its version matches (a new plan revision); undefined when it does not (or there is none). */
export async function publishPlanElement(
  trx: Transaction<DB>,
  params: { regionCode: string; element: PlanElementKey; version: number; authorLabel: string; now: Date },
) {
  const published = await trx
    .updateTable('planElement')
    .set((eb) => ({
      publishedVersion: eb.ref('version'),
      publishedStatus: eb.ref('status'),
      publishedBody: eb.ref('body'),
      publishedAt: params.now,
      publishedByLabel: params.authorLabel,
    }))
    .where('regionCode', '=', params.regionCode)
    .where('element', '=', params.element)
    .where('version', '=', params.version)
    .returning(['publishedVersion'])
    .executeTakeFirst()
  // Every publication makes the next plan revision: the published plan a council can adopt.
  if (published) await insertPlanRevision(trx, { regionCode: params.regionCode, authorLabel: params.authorLabel, now: params.now })
  return published
}

/** Insert (version null) or update (version matches) one plan element; undefined on a conflict. */
export async function savePlanElement(
  trx: Transaction<DB>,
  params: { regionCode: string; element: PlanElementKey; status: PlanElementStatus; body: string; version: number | null; authorLabel: string; now: Date },
) {
  const { regionCode, element, status, body, authorLabel, now } = params
  if (params.version === null) {
    return trx
      .insertInto('planElement')
      .values({ regionCode, element, status, body, updatedByLabel: authorLabel, updatedAt: now })
      .onConflict((oc) => oc.columns(['regionCode', 'element']).doNothing())
      .returning('version')
      .executeTakeFirst()
  }
  return trx
    .updateTable('planElement')
    .set((eb) => ({ status, body, updatedByLabel: authorLabel, updatedAt: now, version: eb('version', '+', 1) }))
    .where('regionCode', '=', regionCode)
    .where('element', '=', element)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
}

/** A region's regiovisie versions, newest first. */
export async function listVisionVersions(db: Kysely<DB>, params: { regionCode: string }) {
  return db
    .selectFrom('visionVersion')
    .select(['id', 'number', 'title', 'body', 'documentDate', 'createdAt', 'createdByLabel'])
    .where('regionCode', '=', params.regionCode)
    .orderBy('number', 'desc')
    .execute()
}

/**
 * What the region page's plan summary reads, in one statement (issue 20): the written elements' status
 * and published status, the current (newest) regiovisie version, and every council adoption of any of
 * the region's versions with that version's number, by municipality then newest version first.
 */
export async function findPlanSummaryParts(db: Kysely<DB>, params: { regionCode: string }) {
  const { regionCode } = params
  return db
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb.selectFrom('planElement').select(['element', 'status', 'publishedVersion', 'publishedStatus']).where('regionCode', '=', regionCode),
      ).as('elements'),
      jsonObjectFrom(
        eb.selectFrom('visionVersion').select(['id', 'number', 'documentDate']).where('regionCode', '=', regionCode).orderBy('number', 'desc').limit(1),
      ).as('currentVersion'),
      jsonArrayFrom(
        eb
          .selectFrom('councilAdoption as a')
          .innerJoin('visionVersion as s', 's.id', 'a.visionVersionId')
          .select(['a.municipalityCode', 'a.visionVersionId', 's.number as versionNumber', 'a.decisionDate'])
          .where('s.regionCode', '=', regionCode)
          .orderBy('a.municipalityCode')
          .orderBy('s.number', 'desc'),
      ).as('adoptions'),
    ])
    .executeTakeFirstOrThrow()
}

/** Add the next version of a region's regiovisie; returns its id and number. */
export async function insertVisionVersion(
  trx: Transaction<DB>,
  params: { regionCode: string; title: string; body: string; documentDate: string; authorLabel: string; now: Date },
) {
  const last = await trx
    .selectFrom('visionVersion')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('regionCode', '=', params.regionCode)
    .executeTakeFirst()
  const number = (last?.number ?? 0) + 1
  const row = await trx
    .insertInto('visionVersion')
    .values({
      regionCode: params.regionCode,
      number,
      title: params.title,
      body: params.body,
      documentDate: params.documentDate,
      createdByLabel: params.authorLabel,
      createdAt: params.now,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow()
  return row
}

/** One regiovisie version with its region, or undefined. */
export async function findVisionVersion(db: Kysely<DB>, params: { id: number }) {
  return db.selectFrom('visionVersion').select(['id', 'regionCode', 'number']).where('id', '=', params.id).executeTakeFirst()
}

/**
 * Per region with a regiovisie: its newest version's number and how many of its member councils
 * on `onDate` adopted that version (an adoption counts only for the version it names, and only once
 * the municipality's signatory confirmed it, as in the indicators and the signals), in one query.
 */
export async function countCurrentVisionAdoptions(db: Kysely<DB>, params: { onDate: string }) {
  // One JSON value instead of a row per region (json-rows.ts explains why).
  const result = await sql<{ rows: { regionCode: string; versionNumber: number; adoptedCount: number }[] }>`
    with current_version as (
      select distinct on (region_code) id, region_code, number from vision_version order by region_code, number desc
    )
    select coalesce(json_agg(counted), '[]') as rows from (
      select cv.region_code, cv.number as version_number, count(distinct rm.municipality_code)::int as adopted_count
      from current_version cv
      left join council_adoption a on a.vision_version_id = cv.id and a.confirmed_at is not null
      left join region_membership rm on rm.municipality_code = a.municipality_code and rm.region_code = cv.region_code
        and rm.valid_from <= ${params.onDate} and (rm.valid_to is null or rm.valid_to > ${params.onDate})
      group by cv.region_code, cv.number) counted`.execute(db)
  return result.rows[0]?.rows ?? []
}
