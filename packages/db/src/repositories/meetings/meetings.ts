import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

// Meetings and their participants (issue 17). Closed meetings are refused by the database itself
// (migration 2310); these functions guard concurrent edits with the meeting's version.

const MEETING_COLUMNS = [
  'm.id',
  'm.kind',
  'm.title',
  'm.meetingDate',
  'm.decisionMomentId',
  'm.state',
  'm.version',
  'm.updatedAt',
  'm.updatedByLabel',
  'm.closedAt',
  'm.closedByLabel',
] as const

/** Add a meeting; returns its id. */
export async function insertMeeting(
  trx: Transaction<DB>,
  params: { kind: 'steering' | 'bo'; title: string; meetingDate: string; decisionMomentId: number | null; actorLabel: string; now: Date },
) {
  const row = await trx
    .insertInto('meeting')
    .values({
      kind: params.kind,
      title: params.title,
      meetingDate: params.meetingDate,
      decisionMomentId: params.decisionMomentId,
      createdAt: params.now,
      createdByLabel: params.actorLabel,
      updatedAt: params.now,
      updatedByLabel: params.actorLabel,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** One meeting, or undefined. */
export async function findMeeting(db: Kysely<DB>, params: { id: number }) {
  return db.selectFrom('meeting as m').select(MEETING_COLUMNS).where('m.id', '=', params.id).executeTakeFirst()
}

/** The meeting that is this decision moment (a BO), or undefined. */
export async function findMeetingOfMoment(db: Kysely<DB>, params: { decisionMomentId: number }) {
  return db.selectFrom('meeting as m').select(MEETING_COLUMNS).where('m.decisionMomentId', '=', params.decisionMomentId).executeTakeFirst()
}

/** The latest steering group meeting held before `before` (an ISO date), or undefined. */
export async function findLastSteeringMeeting(db: Kysely<DB>, params: { before: string }) {
  return db
    .selectFrom('meeting as m')
    .select(['m.id', 'm.title', 'm.meetingDate'])
    .where('m.kind', '=', 'steering')
    .where('m.meetingDate', '<', params.before)
    .orderBy('m.meetingDate', 'desc')
    .orderBy('m.id', 'desc')
    .executeTakeFirst()
}

/** Every meeting, newest first, with its number of agenda items and decisions. */
export async function listMeetings(db: Kysely<DB>) {
  return db
    .selectFrom('meeting as m')
    .select(MEETING_COLUMNS)
    .select((eb) => [
      eb.selectFrom('meetingItem as i').select((e) => e.fn.countAll<number>().as('n')).whereRef('i.meetingId', '=', 'm.id').as('itemCount'),
      eb
        .selectFrom('meetingItem as i')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('i.meetingId', '=', 'm.id')
        .where('i.outcome', '=', 'decided')
        .as('decisionCount'),
    ])
    .orderBy('m.meetingDate', 'desc')
    .orderBy('m.id', 'desc')
    .execute()
}

/** Change title and date when the version matches; returns the new version or undefined. */
export async function updateMeetingIfVersion(
  trx: Transaction<DB>,
  params: { id: number; version: number; title: string; meetingDate: string; actorLabel: string; now: Date },
) {
  const row = await trx
    .updateTable('meeting')
    .set((eb) => ({ title: params.title, meetingDate: params.meetingDate, updatedAt: params.now, updatedByLabel: params.actorLabel, version: eb('version', '+', 1) }))
    .where('id', '=', params.id)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
  return row?.version
}

/** Bump the version (the agenda or minutes changed); undefined when someone else saved first. */
export async function touchMeetingIfVersion(trx: Transaction<DB>, params: { id: number; version: number; actorLabel: string; now: Date }) {
  const row = await trx
    .updateTable('meeting')
    .set((eb) => ({ updatedAt: params.now, updatedByLabel: params.actorLabel, version: eb('version', '+', 1) }))
    .where('id', '=', params.id)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
  return row?.version
}

/** Close the meeting when the version matches: from here on the database refuses any change. */
export async function closeMeetingIfVersion(trx: Transaction<DB>, params: { id: number; version: number; actorLabel: string; now: Date }) {
  const row = await trx
    .updateTable('meeting')
    .set((eb) => ({
      state: 'closed',
      closedAt: params.now,
      closedByLabel: params.actorLabel,
      updatedAt: params.now,
      updatedByLabel: params.actorLabel,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', params.id)
    .where('version', '=', params.version)
    .where('state', '=', 'planned')
    .returning('version')
    .executeTakeFirst()
  return row?.version
}

/** A meeting's participants by name. */
export async function listMeetingParticipants(db: Kysely<DB>, params: { meetingId: number }) {
  return db
    .selectFrom('meetingParticipant as p')
    .innerJoin('appUser as u', 'u.id', 'p.userId')
    .select(['p.userId', 'u.name'])
    .where('p.meetingId', '=', params.meetingId)
    .orderBy('u.name')
    .execute()
}

/** Make the participant list exactly `userIds`. */
export async function replaceMeetingParticipants(trx: Transaction<DB>, params: { meetingId: number; userIds: readonly string[] }) {
  const before = await trx.selectFrom('meetingParticipant').select('userId').where('meetingId', '=', params.meetingId).execute()
  const had = new Set(before.map((r) => r.userId))
  const wanted = new Set(params.userIds)
  const removed = [...had].filter((id) => !wanted.has(id))
  const added = [...wanted].filter((id) => !had.has(id))
  if (removed.length > 0) await trx.deleteFrom('meetingParticipant').where('meetingId', '=', params.meetingId).where('userId', 'in', removed).execute()
  if (added.length > 0) await trx.insertInto('meetingParticipant').values(added.map((userId) => ({ meetingId: params.meetingId, userId }))).execute()
}

/** Active users who could take part or own an action item (national roles and advisers). */
export async function listMeetingPeople(db: Kysely<DB>) {
  return db
    .selectFrom('appUser as u')
    .select(['u.id', 'u.name'])
    .where('u.isActive', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('roleGrant as g')
          .select(sql`1`.as('one'))
          .whereRef('g.userId', '=', 'u.id')
          .where('g.role', 'in', ['steering_member', 'vng_analyst', 'vng_adviser', 'region_editor']),
      ),
    )
    .orderBy('u.name')
    .execute()
}
