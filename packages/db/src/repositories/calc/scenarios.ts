import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

/** A scenario to save: its inputs and its result as JSON text. */
export interface NewScenarioRow {
  id: string
  ownerUserId: string
  regionCode: string | null
  name: string
  visibility: 'private' | 'region' | 'signed_in'
  parameters: unknown
  datasetId: number
  result: unknown
}

/** Save a scenario with its parameters and result as computed. */
export async function insertScenario(db: Kysely<DB>, row: NewScenarioRow) {
  return db
    .insertInto('scenario')
    .values({
      ...row,
      parameters: JSON.stringify(row.parameters),
      result: JSON.stringify(row.result),
    })
    .returning(['id', 'createdAt'])
    .executeTakeFirstOrThrow()
}

/** One saved scenario with its owner, region and data set, or undefined. */
export async function findScenario(db: Kysely<DB>, params: { id: string }) {
  return db
    .selectFrom('scenario as s')
    .innerJoin('appUser as u', 'u.id', 's.ownerUserId')
    .innerJoin('calcDataset as d', 'd.id', 's.datasetId')
    .leftJoin('region as r', 'r.code', 's.regionCode')
    .select([
      's.id',
      's.name',
      's.visibility',
      's.ownerUserId',
      'u.name as ownerName',
      's.regionCode',
      'r.name as regionName',
      'r.slug as regionSlug',
      's.parameters',
      's.result',
      's.datasetId',
      'd.label as datasetLabel',
      'd.kind as datasetKind',
      's.isRegionChoice',
      's.isReference',
      's.version',
      's.createdAt',
    ])
    .where('s.id', '=', params.id)
    .executeTakeFirst()
}

/**
 * The scenarios a user may read, newest first: their own, those shared with everyone signed in, and
 * those shared with a region whose drafts they read.
 */
export async function listVisibleScenarios(
  db: Kysely<DB>,
  params: { userId: string; regionCodes: readonly string[]; limit: number },
) {
  return db
    .selectFrom('scenario as s')
    .innerJoin('appUser as u', 'u.id', 's.ownerUserId')
    .leftJoin('region as r', 'r.code', 's.regionCode')
    .select([
      's.id',
      's.name',
      's.visibility',
      's.regionCode',
      'r.name as regionName',
      'u.name as ownerName',
      's.ownerUserId',
      's.isRegionChoice',
      's.createdAt',
    ])
    .where((eb) =>
      eb.or([
        eb('s.ownerUserId', '=', params.userId),
        eb('s.visibility', '=', 'signed_in'),
        ...(params.regionCodes.length > 0
          ? [
              eb.and([
                eb('s.visibility', '=', 'region'),
                eb('s.regionCode', 'in', params.regionCodes),
              ]),
            ]
          : []),
      ]),
    )
    .orderBy('s.createdAt', 'desc')
    .orderBy('s.id')
    .limit(params.limit)
    .execute()
}

/**
 * Make this scenario its region's one chosen sharing model (the previous choice is released).
 * Returns the previous choice's id, or null.
 */
export async function markScenarioAsRegionChoice(
  trx: Transaction<DB>,
  params: { id: string; regionCode: string; now: Date },
) {
  const previous = await trx
    .updateTable('scenario')
    .set((eb) => ({ isRegionChoice: false, updatedAt: params.now, version: eb('version', '+', 1) }))
    .where('regionCode', '=', params.regionCode)
    .where('isRegionChoice', '=', true)
    .where('id', '<>', params.id)
    .returning('id')
    .executeTakeFirst()
  await trx
    .updateTable('scenario')
    .set((eb) => ({ isRegionChoice: true, updatedAt: params.now, version: eb('version', '+', 1) }))
    .where('id', '=', params.id)
    .where('isRegionChoice', '=', false)
    .execute()
  return previous?.id ?? null
}

/** The reference scenario's id, or undefined when none is designated. */
export async function findReferenceScenarioId(db: Kysely<DB>): Promise<string | undefined> {
  const row = await db
    .selectFrom('scenario')
    .select('id')
    .where('isReference', '=', true)
    .executeTakeFirst()
  return row?.id
}

/**
 * Makes a scenario the reference scenario, releasing the previous one in the same transaction; returns
 * the previous one's id (null when there was none or it was this one).
 */
export async function markScenarioAsReference(
  trx: Transaction<DB>,
  params: { id: string; now: Date },
): Promise<string | null> {
  const previous = await trx
    .updateTable('scenario')
    .set((eb) => ({ isReference: false, updatedAt: params.now, version: eb('version', '+', 1) }))
    .where('isReference', '=', true)
    .where('id', '<>', params.id)
    .returning('id')
    .executeTakeFirst()
  await trx
    .updateTable('scenario')
    .set((eb) => ({ isReference: true, updatedAt: params.now, version: eb('version', '+', 1) }))
    .where('id', '=', params.id)
    .where('isReference', '=', false)
    .execute()
  return previous?.id ?? null
}
