import {
  consumePasswordLink,
  findPasswordLink,
  insertPasswordLink,
  setPasswordHash,
  voidPasswordLinks,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError } from '@bt/domain'
import { hashPassword } from './password.ts'
import { invalidateUserSessions } from './sessions.ts'
import { generateToken, hashToken } from './tokens.ts'

/** A one-time link is valid for 72 hours (sign-in issue). */
export const PASSWORD_LINK_HOURS = 72

const LINK_INVALID = 'Deze link is ongeldig, al gebruikt of verlopen. Vraag de beheerder om een nieuwe link.'

/**
 * Create a one-time link for a user to set a password; earlier unused links of that user stop working.
 * Returns the token (shown once to the administrator) and its expiry.
 */
export async function createPasswordLink(
  db: Kysely<DB>,
  params: { userId: string; purpose: 'invite' | 'reset'; createdBy: string | null; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  await voidPasswordLinks(db, { userId: params.userId, now: params.now })
  const token = generateToken()
  const expiresAt = new Date(params.now.getTime() + PASSWORD_LINK_HOURS * 3_600_000)
  await insertPasswordLink(db, {
    id: hashToken(token),
    userId: params.userId,
    purpose: params.purpose,
    expiresAt,
    createdBy: params.createdBy,
  })
  return { token, expiresAt }
}

/** The user a still-valid link belongs to; throws NOT_FOUND for an unknown, used or expired link. */
export async function getPasswordLinkUser(db: Kysely<DB>, params: { token: string; now: Date }) {
  const link = await findPasswordLink(db, { id: hashToken(params.token) })
  if (!link || link.usedAt !== null || link.expiresAt.getTime() <= params.now.getTime()) {
    throw new DomainError('NOT_FOUND', LINK_INVALID)
  }
  return { userId: link.userId, email: link.email, name: link.name, purpose: link.purpose }
}

/**
 * Set a password through a one-time link: the link is consumed (exactly once, even under races), the
 * password stored as argon2id, and every existing session of the user ended.
 */
export async function redeemPasswordLink(
  trx: Transaction<DB>,
  params: { token: string; password: string; now: Date },
): Promise<{ userId: string; email: string }> {
  const link = await getPasswordLinkUser(trx, params)
  if (!(await consumePasswordLink(trx, { id: hashToken(params.token), now: params.now }))) {
    throw new DomainError('NOT_FOUND', LINK_INVALID)
  }
  await setPasswordHash(trx, { userId: link.userId, passwordHash: await hashPassword(params.password), now: params.now })
  await invalidateUserSessions(trx, { userId: link.userId })
  return { userId: link.userId, email: link.email }
}
