import type { StatusKey } from '@bt/domain'
import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/**
 * Each sub-line's status as decided on or before `onDate` (ISO): the latest change of the latest
 * moment up to that date. With `buildingBlock`, that block's sub-lines only.
 */
export async function listSubLineStatusesAsOf(db: Kysely<DB>, params: { onDate: string; buildingBlock?: string }) {
  let query = db
    .selectFrom('subLineStatus as s')
    .innerJoin('decisionMoment as m', 'm.id', 's.decisionMomentId')
    .innerJoin('subLine as l', 'l.id', 's.subLineId')
    .distinctOn('s.subLineId')
    .select([
      's.subLineId',
      'l.buildingBlock',
      'l.key',
      'l.label',
      'l.position',
      'l.version',
      's.status',
      's.note',
      's.plannedDate',
      'm.momentDate',
      'm.label as momentLabel',
    ])
    .where('m.momentDate', '<=', params.onDate)
  if (params.buildingBlock) query = query.where('l.buildingBlock', '=', params.buildingBlock)
  return query.orderBy('s.subLineId').orderBy('m.momentDate', 'desc').orderBy('s.id', 'desc').execute()
}

/** Every status change of a block's sub-lines decided on or before `upTo`, oldest first. */
export async function listSubLineTimeline(db: Kysely<DB>, params: { buildingBlock: string; upTo: string }) {
  return db
    .selectFrom('subLineStatus as s')
    .innerJoin('decisionMoment as m', 'm.id', 's.decisionMomentId')
    .innerJoin('subLine as l', 'l.id', 's.subLineId')
    .select([
      's.id',
      's.subLineId',
      's.status',
      's.note',
      's.plannedDate',
      's.recordedAt',
      's.recordedByLabel',
      'm.id as momentId',
      'm.momentDate',
      'm.label as momentLabel',
    ])
    .where('l.buildingBlock', '=', params.buildingBlock)
    .where('m.momentDate', '<=', params.upTo)
    .orderBy('m.momentDate')
    .orderBy('s.id')
    .execute()
}

/** The sub-line with this id, or undefined. */
export async function findSubLine(db: Kysely<DB>, params: { id: number }) {
  return db
    .selectFrom('subLine')
    .select(['id', 'buildingBlock', 'key', 'label', 'version'])
    .where('id', '=', params.id)
    .executeTakeFirst()
}

/** Raises the sub-line's version if it is still `version`; undefined means someone changed it first. */
export async function bumpSubLineVersion(db: Kysely<DB>, params: { id: number; version: number }) {
  return db
    .updateTable('subLine')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', params.id)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
}

/** Appends a status change; the history is never updated. */
export async function insertSubLineStatus(
  db: Kysely<DB>,
  row: { subLineId: number; decisionMomentId: number; status: StatusKey; note: string; plannedDate: string | null; recordedByLabel: string },
) {
  return db.insertInto('subLineStatus').values(row).returning(['id', 'recordedAt']).executeTakeFirstOrThrow()
}

/** The building block of each sub-line with these ids. */
export async function listSubLineBlocks(db: Kysely<DB>, params: { ids: readonly number[] }) {
  if (params.ids.length === 0) return []
  return db.selectFrom('subLine').select(['id', 'buildingBlock']).where('id', 'in', params.ids).execute()
}
