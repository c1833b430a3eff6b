import type { PictureChange } from '@bt/domain'
import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/** A region's changes in a frozen edition, as computed from the pictures (ADR 044). */
export interface RegionChangesToStore {
  editionId: number
  regionCode: string
  comparedWithEditionId: number | null
  changes: PictureChange[]
  rulesVersion: number
}

/**
 * Every region with a picture in an edition, by region name (with `regionSlug` only that region), with
 * its stored changes and the edition they were measured against; `changes` is null where none are
 * stored by these rules (`rulesVersion`) yet. Reads no picture.
 */
export async function listStoredRegionChanges(
  db: Kysely<DB>,
  params: { editionId: number; regionSlug?: string; rulesVersion: number },
) {
  const { regionSlug } = params
  return db
    .selectFrom('editionRegion as er')
    .innerJoin('region as r', 'r.code', 'er.regionCode')
    .leftJoin('editionRegionChange as c', (join) =>
      join
        .onRef('c.editionId', '=', 'er.editionId')
        .onRef('c.regionCode', '=', 'er.regionCode')
        .on('c.rulesVersion', '=', params.rulesVersion),
    )
    .leftJoin('edition as b', 'b.id', 'c.comparedWithEditionId')
    .select([
      'er.regionCode',
      'r.name as regionName',
      'c.changes',
      'b.key as comparedWithKey',
      'b.label as comparedWithLabel',
    ])
    .where('er.editionId', '=', params.editionId)
    .where('er.picture', 'is not', null)
    .$if(regionSlug !== undefined, (qb) => qb.where('r.slug', '=', regionSlug ?? ''))
    .orderBy('r.name')
    .execute()
}

/** Store regions' changes, replacing what was stored for them (a recomputation after an earlier edition froze). */
export async function storeRegionChanges(db: Kysely<DB>, rows: readonly RegionChangesToStore[]) {
  if (rows.length === 0) return
  await db
    .insertInto('editionRegionChange')
    .values(rows.map((r) => ({ ...r, changes: JSON.stringify(r.changes) })))
    .onConflict((oc) =>
      oc.columns(['editionId', 'regionCode']).doUpdateSet((eb) => ({
        comparedWithEditionId: eb.ref('excluded.comparedWithEditionId'),
        changes: eb.ref('excluded.changes'),
        rulesVersion: eb.ref('excluded.rulesVersion'),
      })),
    )
    .execute()
}
