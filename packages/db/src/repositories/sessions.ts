import type { Kysely } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { DB } from '../schema.ts'
import { DEMO_DATA_SETTING } from './settings.ts'
import { roleGrantsQuery } from './users.ts'

/** Store a session by its token hash. */
export async function insertSession(db: Kysely<DB>, params: { id: string; userId: string; expiresAt: Date; createdAt: Date }) {
  await db.insertInto('session').values(params).execute()
}

/**
 * The session with this hash, its (active) user and the user's role grants as of `onDate`, or
 * undefined: one statement, since every signed-in request asks it first (issue 20, ADR 045). It also
 * says whether the database holds demo data, which every page shows (the banner): read here, with the
 * statement a signed-in request sends anyway, instead of in one of its own (ADR 050).
 */
export async function findSessionWithUser(db: Kysely<DB>, params: { id: string; onDate: string }) {
  return db
    .selectFrom('session')
    .innerJoin('appUser', 'appUser.id', 'session.userId')
    .select((eb) => [
      'session.id',
      'session.expiresAt',
      'session.createdAt',
      'appUser.id as userId',
      'appUser.email',
      'appUser.name',
      jsonArrayFrom(roleGrantsQuery(db, { userId: eb.ref('session.userId'), onDate: params.onDate })).as('grants'),
      eb.exists(eb.selectFrom('appSetting').select('key').where('key', '=', DEMO_DATA_SETTING)).as('hasDemoData'),
    ])
    .where('session.id', '=', params.id)
    .where('appUser.isActive', '=', true)
    .executeTakeFirst()
}

/** Move a session's expiry (sliding expiry). */
export async function extendSession(db: Kysely<DB>, params: { id: string; expiresAt: Date }) {
  await db.updateTable('session').set({ expiresAt: params.expiresAt }).where('id', '=', params.id).execute()
}

/** Delete one session. */
export async function deleteSession(db: Kysely<DB>, params: { id: string }) {
  await db.deleteFrom('session').where('id', '=', params.id).execute()
}

/** Delete every session of a user (password change, deactivation). */
export async function deleteUserSessions(db: Kysely<DB>, params: { userId: string }) {
  await db.deleteFrom('session').where('userId', '=', params.userId).execute()
}

/** Store a one-time password link by its token hash. */
export async function insertPasswordLink(
  db: Kysely<DB>,
  params: { id: string; userId: string; purpose: 'invite' | 'reset'; expiresAt: Date; createdBy: string | null },
) {
  await db.insertInto('passwordLink').values(params).execute()
}

/** The link with this hash and its user, used or not, or undefined. */
export async function findPasswordLink(db: Kysely<DB>, params: { id: string }) {
  return db
    .selectFrom('passwordLink')
    .innerJoin('appUser', 'appUser.id', 'passwordLink.userId')
    .select(['passwordLink.id', 'passwordLink.userId', 'passwordLink.purpose', 'passwordLink.expiresAt', 'passwordLink.usedAt', 'appUser.email', 'appUser.name'])
    .where('passwordLink.id', '=', params.id)
    .executeTakeFirst()
}

/** Mark a link used if it still is unused and valid at `now`; false when another request won. */
export async function consumePasswordLink(db: Kysely<DB>, params: { id: string; now: Date }): Promise<boolean> {
  const row = await db
    .updateTable('passwordLink')
    .set({ usedAt: params.now })
    .where('id', '=', params.id)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', params.now)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Void a user's unused links (a new link replaces them). */
export async function voidPasswordLinks(db: Kysely<DB>, params: { userId: string; now: Date }) {
  await db
    .updateTable('passwordLink')
    .set({ usedAt: params.now })
    .where('userId', '=', params.userId)
    .where('usedAt', 'is', null)
    .execute()
}
