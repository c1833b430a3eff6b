import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/** Each block's explanation and implementation as set on or before `onDate` (ISO), with the block's version. */
export async function listBlockTextsAsOf(db: Kysely<DB>, params: { onDate: string; buildingBlock?: string }) {
  let query = db
    .selectFrom('buildingBlockText as t')
    .innerJoin('decisionMoment as m', 'm.id', 't.decisionMomentId')
    .innerJoin('buildingBlock as b', 'b.key', 't.buildingBlock')
    .distinctOn('t.buildingBlock')
    .select(['t.buildingBlock', 't.explanation', 't.implementation', 'b.version', 'm.momentDate', 'm.label as momentLabel'])
    .where('m.momentDate', '<=', params.onDate)
  if (params.buildingBlock) query = query.where('t.buildingBlock', '=', params.buildingBlock)
  return query.orderBy('t.buildingBlock').orderBy('m.momentDate', 'desc').orderBy('t.id', 'desc').execute()
}

/** Every text change of one block decided on or before `upTo`, oldest first. */
export async function listBlockTextTimeline(db: Kysely<DB>, params: { buildingBlock: string; upTo: string }) {
  return db
    .selectFrom('buildingBlockText as t')
    .innerJoin('decisionMoment as m', 'm.id', 't.decisionMomentId')
    .select(['t.id', 't.explanation', 't.implementation', 't.note', 't.recordedAt', 't.recordedByLabel', 'm.momentDate', 'm.label as momentLabel'])
    .where('t.buildingBlock', '=', params.buildingBlock)
    .where('m.momentDate', '<=', params.upTo)
    .orderBy('m.momentDate')
    .orderBy('t.id')
    .execute()
}

/** The block's current version (the guard for text edits). */
export async function findBuildingBlockVersion(db: Kysely<DB>, params: { key: string }) {
  return db.selectFrom('buildingBlock').select(['key', 'version']).where('key', '=', params.key).executeTakeFirst()
}

/** Raises the block's version if it is still `version`; undefined means someone changed it first. */
export async function bumpBuildingBlockVersion(db: Kysely<DB>, params: { key: string; version: number }) {
  return db
    .updateTable('buildingBlock')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('key', '=', params.key)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
}

/** Appends a text change; the history is never updated. */
export async function insertBlockText(
  db: Kysely<DB>,
  row: { buildingBlock: string; decisionMomentId: number; explanation: string; implementation: string; note: string; recordedByLabel: string },
) {
  return db.insertInto('buildingBlockText').values(row).returning(['id']).executeTakeFirstOrThrow()
}
