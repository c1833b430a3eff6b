import {
  deleteSession,
  deleteUserSessions,
  extendSession,
  findSessionWithUser,
  insertSession,
  listRoleGrants,
  type DB,
  type Kysely,
} from '@bt/db'
import { isOneOf, ROLE_KEYS, type RoleKey } from '@bt/domain'
import type { Actor, RoleGrant } from './actor.ts'
import { generateToken, hashToken } from './tokens.ts'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS
/** Sessions last 30 days and are renewed when fewer than 15 remain (the Lucia guide's sliding expiry). */
export const SESSION_DAYS = 30
const RENEW_WHEN_DAYS_LEFT = 15
/**
 * Besides the sliding expiry, a session ends this many hours after sign-in however busy it is
 * (ASVS 3.3.2: re-authenticate periodically); SESSION_MAX_HOURS sets it, at most 30 days (ADR 008).
 */
export const DEFAULT_SESSION_MAX_HOURS = 12

/** The expiry a session gets at `now`: the sliding one, cut off at its absolute end. */
function expiryAt(now: Date, createdAt: Date, maxHours: number): Date {
  return new Date(Math.min(now.getTime() + SESSION_DAYS * DAY_MS, createdAt.getTime() + maxHours * HOUR_MS))
}

/** A new session: the token goes into the cookie, only its hash into the database. */
export interface NewSession {
  token: string
  expiresAt: Date
}

/** Start a session for a user. */
export async function createSession(
  db: Kysely<DB>,
  params: { userId: string; now: Date; maxHours?: number },
): Promise<NewSession> {
  const token = generateToken()
  const expiresAt = expiryAt(params.now, params.now, params.maxHours ?? DEFAULT_SESSION_MAX_HOURS)
  await insertSession(db, { id: hashToken(token), userId: params.userId, expiresAt, createdAt: params.now })
  return { token, expiresAt }
}

/** The outcome of checking a cookie's token: the actor, and a new expiry when the cookie must be renewed. */
export interface ValidatedSession {
  actor: Actor
  expiresAt: Date
  renewed: boolean
  /** Whether the database holds demo data, read in the same statement as the session (ADR 050). */
  hasDemoData: boolean
}

function isRoleKey(value: string): value is RoleKey {
  return isOneOf(ROLE_KEYS, value)
}

/** Grants as stored, without any role the code no longer knows. */
function knownGrants(rows: readonly { role: string; regionCode: string | null; municipalityCode: string | null }[]): RoleGrant[] {
  return rows.flatMap((r) =>
    isRoleKey(r.role) ? [{ role: r.role, regionCode: r.regionCode, municipalityCode: r.municipalityCode }] : [],
  )
}

/** The actor's grants as of `onDate`, ignoring any role the code no longer knows. */
export async function loadGrants(db: Kysely<DB>, params: { userId: string; onDate: string }): Promise<RoleGrant[]> {
  return knownGrants(await listRoleGrants(db, params))
}

/**
 * Validate a session token: undefined when unknown, expired or past its absolute lifetime (then
 * deleted), or when the user is inactive. Extends the expiry when the session is in its second half,
 * never past `maxHours` after sign-in.
 */
export async function validateSessionToken(
  db: Kysely<DB>,
  params: { token: string; now: Date; today: string; maxHours?: number },
): Promise<ValidatedSession | undefined> {
  const id = hashToken(params.token)
  const session = await findSessionWithUser(db, { id, onDate: params.today })
  if (!session) return undefined
  const latest = expiryAt(params.now, session.createdAt, params.maxHours ?? DEFAULT_SESSION_MAX_HOURS)
  if (Math.min(session.expiresAt.getTime(), latest.getTime()) <= params.now.getTime()) {
    await deleteSession(db, { id })
    return undefined
  }
  let expiresAt = session.expiresAt
  const renewed =
    expiresAt.getTime() - params.now.getTime() < RENEW_WHEN_DAYS_LEFT * DAY_MS && latest.getTime() > expiresAt.getTime()
  if (renewed) {
    expiresAt = latest
    await extendSession(db, { id, expiresAt })
  }
  return {
    actor: { userId: session.userId, name: session.name, email: session.email, grants: knownGrants(session.grants) },
    expiresAt,
    renewed,
    hasDemoData: Boolean(session.hasDemoData),
  }
}

/** End the session behind a token (logout). */
export async function invalidateSession(db: Kysely<DB>, params: { token: string }): Promise<void> {
  await deleteSession(db, { id: hashToken(params.token) })
}

/** End every session of a user (password change, deactivation). */
export async function invalidateUserSessions(db: Kysely<DB>, params: { userId: string }): Promise<void> {
  await deleteUserSessions(db, params)
}
