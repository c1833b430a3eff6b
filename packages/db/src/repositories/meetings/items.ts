import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

// A meeting's agenda: numbered items (from a bottleneck or free), each with its outcome and decision,
// and the action items agreed under it.

/** A meeting's agenda in order, with each bottleneck's state, regions and building blocks. */
export async function listMeetingItems(db: Kysely<DB>, params: { meetingId: number }) {
  return db
    .selectFrom('meetingItem as i')
    .leftJoin('bottleneck as b', 'b.id', 'i.bottleneckId')
    .select([
      'i.id',
      'i.position',
      'i.bottleneckId',
      'i.title',
      'i.description',
      'i.outcome',
      'i.decision',
      'i.decidedAt',
      'i.decidedByLabel',
      'i.version',
      'b.state as bottleneckState',
      'b.regionCodes',
      'b.buildingBlocks',
    ])
    .where('i.meetingId', '=', params.meetingId)
    .orderBy('i.position')
    .orderBy('i.id')
    .execute()
}

/** One agenda item, or undefined. */
export async function findMeetingItem(db: Kysely<DB>, params: { id: number }) {
  return db
    .selectFrom('meetingItem')
    .select(['id', 'meetingId', 'position', 'bottleneckId', 'title', 'outcome', 'decision', 'version'])
    .where('id', '=', params.id)
    .executeTakeFirst()
}

/** Add an item at the end of the agenda; returns its id and number. */
export async function insertMeetingItem(
  trx: Transaction<DB>,
  params: { meetingId: number; bottleneckId: number | null; title: string; description: string },
) {
  const last = await trx
    .selectFrom('meetingItem')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('meetingId', '=', params.meetingId)
    .executeTakeFirst()
  const position = (last?.position ?? 0) + 1
  const row = await trx
    .insertInto('meetingItem')
    .values({ meetingId: params.meetingId, position, bottleneckId: params.bottleneckId, title: params.title, description: params.description })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id: row.id, position }
}

/** Remove an item and number the rest 1, 2, 3 … again. */
export async function deleteMeetingItem(trx: Transaction<DB>, params: { id: number; meetingId: number }) {
  await trx.deleteFrom('meetingItem').where('id', '=', params.id).execute()
  await renumber(trx, params.meetingId)
}

/** Move an item one place up or down (swapping numbers with its neighbour). */
export async function moveMeetingItem(trx: Transaction<DB>, params: { meetingId: number; id: number; direction: 'up' | 'down' }) {
  const items = await trx.selectFrom('meetingItem').select(['id', 'position']).where('meetingId', '=', params.meetingId).orderBy('position').orderBy('id').execute()
  const at = items.findIndex((i) => i.id === params.id)
  const other = items[params.direction === 'up' ? at - 1 : at + 1]
  const self = items[at]
  if (!self || !other) return false
  await trx.updateTable('meetingItem').set({ position: other.position }).where('id', '=', self.id).execute()
  await trx.updateTable('meetingItem').set({ position: self.position }).where('id', '=', other.id).execute()
  return true
}

async function renumber(trx: Transaction<DB>, meetingId: number) {
  await sql`
    update meeting_item set position = numbered.n
    from (select id, row_number() over (order by position, id)::int as n from meeting_item where meeting_id = ${meetingId}) as numbered
    where meeting_item.id = numbered.id and meeting_item.position <> numbered.n`.execute(trx)
}

/** Record an item's outcome and decision text when its version matches; returns the new version. */
export async function recordItemOutcomeIfVersion(
  trx: Transaction<DB>,
  params: { id: number; version: number; outcome: 'open' | 'decided' | 'deferred'; decision: string; actorLabel: string; now: Date },
) {
  const decided = params.outcome === 'open' ? { decidedAt: null, decidedByLabel: null } : { decidedAt: params.now, decidedByLabel: params.actorLabel }
  const row = await trx
    .updateTable('meetingItem')
    .set((eb) => ({ outcome: params.outcome, decision: params.decision, ...decided, version: eb('version', '+', 1) }))
    .where('id', '=', params.id)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
  return row?.version
}

/** Add an action item under an agenda item; returns its id. */
export async function insertActionItem(
  trx: Transaction<DB>,
  params: { meetingId: number; meetingItemId: number; description: string; ownerUserId: string; dueDate: string; actorLabel: string; now: Date },
) {
  const row = await trx
    .insertInto('meetingActionItem')
    .values({
      meetingId: params.meetingId,
      meetingItemId: params.meetingItemId,
      description: params.description,
      ownerUserId: params.ownerUserId,
      dueDate: params.dueDate,
      createdAt: params.now,
      createdByLabel: params.actorLabel,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** A meeting's action items with their owner's name. */
export async function listMeetingActionItems(db: Kysely<DB>, params: { meetingId: number }) {
  return db
    .selectFrom('meetingActionItem as a')
    .innerJoin('appUser as u', 'u.id', 'a.ownerUserId')
    .select(['a.id', 'a.meetingItemId', 'a.description', 'a.ownerUserId', 'u.name as ownerName', 'a.dueDate', 'a.doneAt'])
    .where('a.meetingId', '=', params.meetingId)
    .orderBy('a.id')
    .execute()
}

/** Open action items of closed meetings that one person owns, soonest first. */
export async function listOpenActionItemsOf(db: Kysely<DB>, params: { userId: string }) {
  return db
    .selectFrom('meetingActionItem as a')
    .innerJoin('meeting as m', 'm.id', 'a.meetingId')
    .select(['a.id', 'a.description', 'a.dueDate', 'm.id as meetingId', 'm.title as meetingTitle'])
    .where('a.ownerUserId', '=', params.userId)
    .where('a.doneAt', 'is', null)
    .where('m.state', '=', 'closed')
    .orderBy('a.dueDate')
    .orderBy('a.id')
    .execute()
}

/** Mark an action item done (allowed after the meeting closed: the trigger lets this column change). */
export async function markActionItemDone(trx: Transaction<DB>, params: { id: number; now: Date }) {
  const row = await trx
    .updateTable('meetingActionItem')
    .set({ doneAt: params.now })
    .where('id', '=', params.id)
    .where('doneAt', 'is', null)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Open action items of closed meetings due on or before a date, with their owner (for "coming due"). */
export async function listActionItemsDueBy(db: Kysely<DB>, params: { from: string; to: string }) {
  return db
    .selectFrom('meetingActionItem as a')
    .innerJoin('meeting as m', 'm.id', 'a.meetingId')
    .select(['a.id', 'a.description', 'a.dueDate', 'a.ownerUserId', 'm.id as meetingId', 'm.title as meetingTitle'])
    .where('a.doneAt', 'is', null)
    .where('m.state', '=', 'closed')
    .where('a.dueDate', '>=', params.from)
    .where('a.dueDate', '<=', params.to)
    .orderBy('a.id')
    .execute()
}

/** One action item's owner and state, or undefined. */
export async function findActionItem(db: Kysely<DB>, params: { id: number }) {
  return db.selectFrom('meetingActionItem').select(['id', 'ownerUserId', 'doneAt']).where('id', '=', params.id).executeTakeFirst()
}

/** Open action items of closed meetings with their owner and the bottleneck's blocks and regions (for signals). */
export async function listOpenActionItemsForSignals(db: Kysely<DB>) {
  return db
    .selectFrom('meetingActionItem as a')
    .innerJoin('meeting as m', 'm.id', 'a.meetingId')
    .innerJoin('meetingItem as i', 'i.id', 'a.meetingItemId')
    .innerJoin('appUser as u', 'u.id', 'a.ownerUserId')
    .leftJoin('bottleneck as b', 'b.id', 'i.bottleneckId')
    .select(['a.id', 'a.description', 'a.dueDate', 'u.name as ownerName', 'm.id as meetingId', 'm.title as meetingTitle', 'b.buildingBlocks', 'b.regionCodes'])
    .where('a.doneAt', 'is', null)
    .where('m.state', '=', 'closed')
    .orderBy('a.id')
    .execute()
}
