import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../schema.ts'

/** Every municipality with its validity, its open membership (region code or null) and the region's name. */
export async function listMunicipalitiesWithOpenMembership(db: Kysely<DB>) {
  return db
    .selectFrom('municipality as m')
    .leftJoin('regionMembership as rm', (join) => join.onRef('rm.municipalityCode', '=', 'm.code').on('rm.validTo', 'is', null))
    .leftJoin('region as r', 'r.code', 'rm.regionCode')
    .select(['m.code', 'm.name', 'm.existsFrom', 'm.existsUntil', 'rm.regionCode', 'rm.validFrom', 'r.name as regionName'])
    .orderBy('m.code')
    .execute()
}

/** All regions by code (name and slug), for matching an imported indeling. */
export async function listRegionCodes(db: Kysely<DB>) {
  return db.selectFrom('region').select(['code', 'name', 'slug']).execute()
}

/** Record a new indeling version; returns its id. */
export async function insertIndelingVersion(
  trx: Transaction<DB>,
  params: { kind: 'example' | 'imported'; validFrom: string; note: string; importedBy: string | null },
) {
  const row = await trx.insertInto('indelingVersion').values(params).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Create regions that do not exist yet. */
export async function insertRegions(trx: Transaction<DB>, regions: readonly { code: string; name: string; slug: string }[]) {
  if (regions.length === 0) return
  await trx.insertInto('region').values([...regions]).execute()
}

/** Close the open memberships of these municipalities on `validTo` (exclusive end): history is kept. */
export async function closeOpenMemberships(trx: Transaction<DB>, params: { municipalityCodes: readonly string[]; validTo: string }) {
  if (params.municipalityCodes.length === 0) return
  await trx
    .updateTable('regionMembership')
    .set({ validTo: params.validTo })
    .where('municipalityCode', 'in', params.municipalityCodes)
    .where('validTo', 'is', null)
    .execute()
}

/** Open new memberships from `validFrom`. */
export async function insertMemberships(
  trx: Transaction<DB>,
  params: { memberships: readonly { municipalityCode: string; regionCode: string }[]; validFrom: string; indelingVersionId: number },
) {
  if (params.memberships.length === 0) return
  await trx
    .insertInto('regionMembership')
    .values(params.memberships.map((m) => ({ ...m, validFrom: params.validFrom, indelingVersionId: params.indelingVersionId })))
    .execute()
}

/** Rename a region when `version` still matches; undefined when someone changed it first. */
export async function renameRegion(db: Kysely<DB>, params: { code: string; version: number; name: string; slug: string; now: Date }) {
  return db
    .updateTable('region')
    .set((eb) => ({ name: params.name, slug: params.slug, updatedAt: params.now, version: eb('version', '+', 1) }))
    .where('code', '=', params.code)
    .where('version', '=', params.version)
    .returning(['code', 'name', 'slug', 'version'])
    .executeTakeFirst()
}

/** One region by code with its version, or undefined. */
export async function findRegionByCode(db: Kysely<DB>, params: { code: string }) {
  return db.selectFrom('region').select(['code', 'name', 'slug', 'version']).where('code', '=', params.code).executeTakeFirst()
}
