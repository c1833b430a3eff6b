import type { RoleKey } from '@bt/domain'
import { sql, type Expression, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../schema.ts'

/** The user with this (lower-case) email, including the password hash for verification. */
export async function findUserForLogin(db: Kysely<DB>, params: { email: string }) {
  return db
    .selectFrom('appUser')
    .select(['id', 'email', 'name', 'passwordHash', 'isActive'])
    .where('email', '=', params.email)
    .executeTakeFirst()
}

/**
 * The role grants of the user `userId` names (a value or a column). A signatory's grant also carries
 * the region its municipality belongs to on `onDate`, so permission checks need no further lookups.
 */
export function roleGrantsQuery(db: Kysely<DB>, params: { userId: Expression<string> | string; onDate: string }) {
  return db
    .selectFrom('roleGrant as g')
    .leftJoin('regionMembership as rm', (join) =>
      join
        .onRef('rm.municipalityCode', '=', 'g.municipalityCode')
        .on('rm.validFrom', '<=', params.onDate)
        .on((eb) => eb.or([eb('rm.validTo', 'is', null), eb('rm.validTo', '>', params.onDate)])),
    )
    .select((eb) => [
      'g.role',
      eb.fn.coalesce('g.regionCode', 'rm.regionCode').as('regionCode'),
      'g.municipalityCode',
    ])
    .where('g.userId', '=', params.userId)
    .orderBy('g.id')
}

/** A user's role grants as of `onDate` (see `roleGrantsQuery`). */
export async function listRoleGrants(db: Kysely<DB>, params: { userId: string; onDate: string }) {
  return roleGrantsQuery(db, params).execute()
}

/** Every user with their grants, for the administrator's list. */
export async function listUsersWithGrants(db: Kysely<DB>) {
  const users = await db
    .selectFrom('appUser')
    .select(['id', 'email', 'name', 'isActive', 'version', 'createdAt', 'passwordHash'])
    .orderBy('name')
    .execute()
  const grants = await db
    .selectFrom('roleGrant as g')
    .leftJoin('municipality as m', 'm.code', 'g.municipalityCode')
    .select(['g.userId', 'g.role', 'g.regionCode', 'g.municipalityCode', 'm.name as municipalityName'])
    .orderBy('g.id')
    .execute()
  return users.map(({ passwordHash, ...user }) => ({
    ...user,
    hasPassword: passwordHash !== null,
    grants: grants.filter((g) => g.userId === user.id).map(({ userId: _userId, ...g }) => g),
  }))
}

/** One user (without secrets) and their grants, or undefined. */
export async function findUserWithGrants(db: Kysely<DB>, params: { userId: string }) {
  const user = await db
    .selectFrom('appUser')
    .select(['id', 'email', 'name', 'isActive', 'version'])
    .where('id', '=', params.userId)
    .executeTakeFirst()
  if (!user) return undefined
  const grants = await db
    .selectFrom('roleGrant as g')
    .leftJoin('municipality as m', 'm.code', 'g.municipalityCode')
    .select(['g.role', 'g.regionCode', 'g.municipalityCode', 'm.name as municipalityName'])
    .where('g.userId', '=', params.userId)
    .orderBy('g.id')
    .execute()
  return { ...user, grants }
}

export interface NewUserRow {
  id: string
  email: string
  name: string
  passwordHash: string | null
}

export interface GrantRow {
  role: RoleKey
  regionCode: string | null
  municipalityCode: string | null
}

/** Insert a user with their grants (inside the caller's transaction). */
export async function insertUser(trx: Transaction<DB>, params: { user: NewUserRow; grants: readonly GrantRow[] }) {
  await trx.insertInto('appUser').values(params.user).execute()
  await replaceRoleGrants(trx, { userId: params.user.id, grants: params.grants })
}

/** Replace all grants of a user. */
export async function replaceRoleGrants(trx: Transaction<DB>, params: { userId: string; grants: readonly GrantRow[] }) {
  await trx.deleteFrom('roleGrant').where('userId', '=', params.userId).execute()
  if (params.grants.length === 0) return
  await trx
    .insertInto('roleGrant')
    .values(params.grants.map((g) => ({ ...g, userId: params.userId })))
    .execute()
}

/**
 * Update name, activity of a user when `version` still matches; returns the new version, or
 * undefined when someone else changed the user first (optimistic concurrency).
 */
export async function updateUserProfile(
  db: Kysely<DB>,
  params: { userId: string; version: number; name: string; isActive: boolean },
) {
  return db
    .updateTable('appUser')
    .set({ name: params.name, isActive: params.isActive, updatedAt: sql`now()`, version: sql`version + 1` })
    .where('id', '=', params.userId)
    .where('version', '=', params.version)
    .returning(['version'])
    .executeTakeFirst()
}

/** Store a new password hash. */
export async function setPasswordHash(db: Kysely<DB>, params: { userId: string; passwordHash: string; now: Date }) {
  await db
    .updateTable('appUser')
    .set({ passwordHash: params.passwordHash, passwordChangedAt: params.now, updatedAt: params.now, version: sql`version + 1` })
    .where('id', '=', params.userId)
    .execute()
}

/**
 * The grants of active users that touch one region on a date: region roles of that region, and
 * signatories of its member municipalities (their region resolved as in `listRoleGrants`).
 */
export async function listRegionGrantHolders(db: Kysely<DB>, params: { regionCode: string; onDate: string }) {
  return db
    .selectFrom('roleGrant as g')
    .innerJoin('appUser as u', 'u.id', 'g.userId')
    .leftJoin('regionMembership as rm', (join) =>
      join
        .onRef('rm.municipalityCode', '=', 'g.municipalityCode')
        .on('rm.validFrom', '<=', params.onDate)
        .on((eb) => eb.or([eb('rm.validTo', 'is', null), eb('rm.validTo', '>', params.onDate)])),
    )
    .select((eb) => ['u.id as userId', 'u.name', 'g.role', eb.fn.coalesce('g.regionCode', 'rm.regionCode').as('regionCode'), 'g.municipalityCode'])
    .where('u.isActive', '=', true)
    .where((eb) => eb.or([eb('g.regionCode', '=', params.regionCode), eb('rm.regionCode', '=', params.regionCode)]))
    .orderBy('u.name')
    .execute()
}

/** The ids of the active users who hold `role` (in `regionCode`, when given), but not `exceptUserId`. */
export async function listActiveUserIdsWithRole(
  db: Kysely<DB>,
  params: { role: RoleKey; regionCode?: string; exceptUserId?: string },
): Promise<string[]> {
  let query = db
    .selectFrom('roleGrant as g')
    .innerJoin('appUser as u', 'u.id', 'g.userId')
    .select('u.id')
    .distinct()
    .where('g.role', '=', params.role)
    .where('u.isActive', '=', true)
  if (params.regionCode !== undefined) query = query.where('g.regionCode', '=', params.regionCode)
  if (params.exceptUserId !== undefined) query = query.where('u.id', '!=', params.exceptUserId)
  const rows = await query.execute()
  return rows.map((r) => r.id)
}

/** The active users who hold one of `roles`, by name. */
export async function listActiveUsersWithRoles(db: Kysely<DB>, params: { roles: readonly RoleKey[] }) {
  if (params.roles.length === 0) return []
  return db
    .selectFrom('appUser as u')
    .innerJoin('roleGrant as g', 'g.userId', 'u.id')
    .select(['u.id', 'u.name'])
    .distinct()
    .where('u.isActive', '=', true)
    .where('g.role', 'in', params.roles)
    .orderBy('u.name')
    .execute()
}

/** Every active user's id and name. */
export async function listActiveUserNames(db: Kysely<DB>) {
  return db.selectFrom('appUser').select(['id', 'name']).where('isActive', '=', true).execute()
}

/** The address and active flag of the users with these ids. */
export async function listUserAddresses(db: Kysely<DB>, params: { ids: readonly string[] }) {
  if (params.ids.length === 0) return []
  return db.selectFrom('appUser').select(['id', 'email', 'isActive']).where('id', 'in', params.ids).execute()
}
