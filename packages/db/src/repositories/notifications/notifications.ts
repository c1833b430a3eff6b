import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

/**
 * Store one notification per recipient; a recipient who already has this kind from this source gets
 * none (a repeated run is harmless). Returns the notifications actually created.
 */
export async function insertNotifications(
  trx: Transaction<DB>,
  params: { userIds: readonly string[]; kind: string; payload: unknown; sourceKey: string; now: Date },
) {
  if (params.userIds.length === 0) return []
  const payload = JSON.stringify(params.payload)
  return trx
    .insertInto('notification')
    .values(params.userIds.map((userId) => ({ userId, kind: params.kind, payload, sourceKey: params.sourceKey, createdAt: params.now })))
    .onConflict((oc) => oc.columns(['userId', 'kind', 'sourceKey']).doNothing())
    .returning(['id', 'userId'])
    .execute()
}

/** Recipients' addresses and their mail choice for a kind (null: never chosen), active users only. */
export async function listMailChoices(db: Kysely<DB>, params: { userIds: readonly string[]; kind: string }) {
  if (params.userIds.length === 0) return []
  return db
    .selectFrom('appUser as u')
    .leftJoin('notificationSetting as s', (join) => join.onRef('s.userId', '=', 'u.id').on('s.kind', '=', params.kind))
    .select(['u.id as userId', 'u.email', 's.delivery'])
    .where('u.id', 'in', params.userIds)
    .where('u.isActive', '=', true)
    .execute()
}

/** Mark notifications as waiting for the recipient's daily digest. */
export async function markNotificationsForDigest(trx: Transaction<DB>, params: { ids: readonly number[] }) {
  if (params.ids.length === 0) return
  await trx.updateTable('notification').set({ digestState: 'waiting' }).where('id', 'in', params.ids).execute()
}

/** A user's notifications, newest first: unread ones, or the latest read and unread. */
export async function listNotifications(db: Kysely<DB>, params: { userId: string; unreadOnly: boolean; limit: number }) {
  let query = db
    .selectFrom('notification')
    .select(['id', 'kind', 'payload', 'createdAt', 'readAt'])
    .where('userId', '=', params.userId)
  if (params.unreadOnly) query = query.where('readAt', 'is', null)
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(params.limit).execute()
}

/** How many unread notifications a user has. */
export async function countUnreadNotifications(db: Kysely<DB>, params: { userId: string }) {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('unread'))
    .where('userId', '=', params.userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow()
  return row.unread
}

/** Mark a user's notifications read (the given ids, or all); only ever the user's own. Returns the count. */
export async function markNotificationsRead(db: Kysely<DB>, params: { userId: string; ids?: readonly number[]; now: Date }) {
  let query = db.updateTable('notification').set({ readAt: params.now }).where('userId', '=', params.userId).where('readAt', 'is', null)
  if (params.ids) {
    if (params.ids.length === 0) return 0
    query = query.where('id', 'in', params.ids)
  }
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** How many of `ids` are the user's own notifications. */
export async function countOwnNotifications(db: Kysely<DB>, params: { userId: string; ids: readonly number[] }) {
  if (params.ids.length === 0) return 0
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('own'))
    .where('userId', '=', params.userId)
    .where('id', 'in', [...new Set(params.ids)])
    .executeTakeFirstOrThrow()
  return row.own
}

/** The mail choices a user has made, per kind. */
export async function listNotificationSettings(db: Kysely<DB>, params: { userId: string }) {
  return db.selectFrom('notificationSetting').select(['kind', 'delivery']).where('userId', '=', params.userId).execute()
}

/** Store a user's mail choices (insert or replace per kind). */
export async function saveNotificationSettings(
  db: Kysely<DB>,
  params: { userId: string; settings: readonly { kind: string; delivery: 'immediate' | 'digest' | 'off' }[]; now: Date },
) {
  if (params.settings.length === 0) return
  await db
    .insertInto('notificationSetting')
    .values(params.settings.map((s) => ({ userId: params.userId, kind: s.kind, delivery: s.delivery, updatedAt: params.now })))
    .onConflict((oc) => oc.columns(['userId', 'kind']).doUpdateSet((eb) => ({ delivery: eb.ref('excluded.delivery'), updatedAt: params.now })))
    .execute()
}

/**
 * Take every notification waiting for a digest, for users who got no digest in the last `minHours`,
 * and mark it sent, in one statement: two workers never take the same row. Returns what was taken.
 */
export async function takeDigestNotifications(trx: Transaction<DB>, params: { now: Date; minHours: number }) {
  const since = new Date(params.now.getTime() - params.minHours * 3_600_000)
  return trx
    .updateTable('notification as n')
    .set({ digestState: 'sent' })
    .where('n.digestState', '=', 'waiting')
    .where('n.createdAt', '<=', params.now)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('mailMessage as m')
            .select(sql`1`.as('one'))
            .whereRef('m.recipientUserId', '=', 'n.userId')
            .where('m.kind', '=', 'digest')
            .where('m.createdAt', '>', since),
        ),
      ),
    )
    .returning(['n.id', 'n.userId', 'n.kind', 'n.payload', 'n.createdAt'])
    .execute()
}
