import { sql, type Expression, type Kysely } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import { selectAsJson } from '../json-rows.ts'
import type { DB } from '../schema.ts'

/** Memberships in force on `onDate` (ISO): started on or before it, not yet ended. */
function membershipsOn(db: Kysely<DB>, onDate: string) {
  return db
    .selectFrom('regionMembership')
    .where('validFrom', '<=', onDate)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>', onDate)]))
}

/** Every region with its centrumgemeente, member count and inhabitants on `onDate`, by name. */
export async function listRegions(db: Kysely<DB>, params: { onDate: string }) {
  const members = membershipsOn(db, params.onDate)
    .innerJoin('municipality as m', 'm.code', 'regionMembership.municipalityCode')
    .select((eb) => [
      'regionMembership.regionCode',
      eb.fn.countAll<number>().as('municipalityCount'),
      sql<number>`coalesce(sum(${eb.ref('m.inhabitants')}), 0)::integer`.as('inhabitants'),
    ])
    .groupBy('regionMembership.regionCode')
    .as('members')
  const query = db
    .selectFrom('region')
    .innerJoin('municipality as centre', 'centre.code', 'region.code')
    .leftJoin(members, 'members.regionCode', 'region.code')
    .select((eb) => [
      'region.code',
      'region.name',
      'region.slug',
      'region.version',
      'centre.name as centralMunicipalityName',
      'centre.province',
      eb.fn.coalesce('members.municipalityCount', sql<number>`0`).as('municipalityCount'),
      eb.fn.coalesce('members.inhabitants', sql<number>`0`).as('inhabitants'),
    ])
    .orderBy('region.name')
  // Read by every national view (ten times real scale: 440 rows), so as one JSON value.
  return selectAsJson(db, query)
}

function regionsWithCentre(db: Kysely<DB>) {
  return db
    .selectFrom('region')
    .innerJoin('municipality as centre', 'centre.code', 'region.code')
    .select([
      'region.code',
      'region.name',
      'region.slug',
      'region.version',
      'region.updatedAt',
      'centre.name as centralMunicipalityName',
      'centre.province',
    ])
}

/** The region with this slug, or undefined. */
export async function findRegionBySlug(db: Kysely<DB>, params: { slug: string }) {
  return regionsWithCentre(db).where('region.slug', '=', params.slug).executeTakeFirst()
}

/** The member municipalities on `onDate` of the region `regionCode` names (a value or a column). */
function membersQuery(db: Kysely<DB>, params: { regionCode: Expression<string> | string; onDate: string }) {
  return membershipsOn(db, params.onDate)
    .innerJoin('municipality as m', 'm.code', 'regionMembership.municipalityCode')
    .select([
      'm.code',
      'm.name',
      'm.province',
      'm.inhabitants',
      'm.inhabitantsReferenceYear',
      'regionMembership.validFrom',
      'regionMembership.validTo',
    ])
    .where('regionMembership.regionCode', '=', params.regionCode)
    .orderBy('m.name')
}

/** A region's member municipalities on `onDate`, with inhabitants and the membership period. */
export async function listRegionMembers(db: Kysely<DB>, params: { regionCode: string; onDate: string }) {
  return membersQuery(db, params).execute()
}

function currentIndeling(db: Kysely<DB>, onDate: string) {
  return db.selectFrom('indelingVersion').where('validFrom', '<=', onDate).orderBy('validFrom', 'desc').orderBy('id', 'desc').limit(1)
}

/** The indeling version in force on `onDate`: its kind tells whether it is the example one. */
export async function findCurrentIndeling(db: Kysely<DB>, params: { onDate: string }) {
  return currentIndeling(db, params.onDate).select(['id', 'kind', 'validFrom', 'note', 'importedAt']).executeTakeFirst()
}

/**
 * A region's shell in one statement (every page under /regio/:slug shows it; issue 20, ADR 045): the
 * region as `findRegionBySlug` reads it, its members on `onDate` as `listRegionMembers` does, and the
 * kind of the indeling in force then (null before any).
 */
export async function findRegionShell(db: Kysely<DB>, params: { slug: string; onDate: string }) {
  return regionsWithCentre(db)
    .select((eb) => [
      jsonArrayFrom(membersQuery(db, { regionCode: eb.ref('region.code'), onDate: params.onDate })).as('members'),
      currentIndeling(db, params.onDate).select('kind').as('indelingKind'),
    ])
    .where('region.slug', '=', params.slug)
    .executeTakeFirst()
}

/** Every membership of the regional indeling, past and present (validTo exclusive, null while open). */
export async function listMemberships(db: Kysely<DB>) {
  return db
    .selectFrom('regionMembership')
    .select(['municipalityCode', 'regionCode', 'validFrom', 'validTo'])
    .orderBy('municipalityCode')
    .orderBy('validFrom')
    .execute()
}

/** The slugs and names of the regions with these codes. */
export async function listRegionSlugs(db: Kysely<DB>, params: { codes: readonly string[] }) {
  if (params.codes.length === 0) return []
  return db.selectFrom('region').select(['code', 'slug', 'name']).where('code', 'in', params.codes).orderBy('name').execute()
}

/** Every region's code, slug and name, by name. */
export async function listAllRegionNames(db: Kysely<DB>) {
  return db.selectFrom('region').select(['code', 'slug', 'name']).orderBy('name').execute()
}
