import { createPasswordLink, generateId, invalidateUserSessions } from '@bt/auth'
import {
  errorField,
  findUserWithGrants,
  insertUser,
  isUniqueViolation,
  listUsersWithGrants,
  replaceRoleGrants,
  updateUserProfile,
  type DB,
  type Transaction,
} from '@bt/db'
import { DomainError, type CreateUserSchema, type UpdateUserSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now'>

const FOREIGN_KEY_VIOLATION = '23503'

/** Turn database constraint errors about grants into field-level messages. */
function translateGrantErrors(error: unknown): never {
  if (errorField(error, 'code') === FOREIGN_KEY_VIOLATION) {
    throw new DomainError('INVALID', 'De gekozen regio of gemeente bestaat niet.', {
      fieldErrors: { 'assignment.regionCodes': ['De gekozen regio of gemeente bestaat niet.'] },
    })
  }
  throw error
}

/** The one-time link an administrator passes on; the token is shown once and stored only hashed. */
export interface IssuedLink {
  token: string
  expiresAt: Date
}

/** Create a user with their role, and a 72-hour invitation link to set a password. Audited. */
export async function createUser(
  trx: Transaction<DB>,
  ctx: Ctx,
  input: z.output<typeof CreateUserSchema>,
): Promise<{ userId: string; link: IssuedLink }> {
  const actor = requireActor(ctx)
  const userId = generateId()
  try {
    await insertUser(trx, { user: { id: userId, email: input.email, name: input.name, passwordHash: null }, grants: input.assignment })
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('CONFLICT', 'Er bestaat al een gebruiker met dit e-mailadres.', {
        fieldErrors: { email: ['Er bestaat al een gebruiker met dit e-mailadres.'] },
      })
    }
    translateGrantErrors(error)
  }
  const link = await createPasswordLink(trx, { userId, purpose: 'invite', createdBy: actor.userId, now: ctx.now })
  await audit(trx, ctx, {
    action: 'user.created',
    entityType: 'user',
    entityId: userId,
    after: { email: input.email, name: input.name, grants: input.assignment },
  })
  return { userId, link }
}

/** Change a user's name, activity and role; a stale version is a CONFLICT. Deactivation ends their sessions. */
export async function updateUser(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof UpdateUserSchema>) {
  const before = await findUserWithGrants(trx, { userId: input.userId })
  if (!before) throw new DomainError('NOT_FOUND', `Gebruiker ${input.userId} bestaat niet.`)
  const updated = await updateUserProfile(trx, {
    userId: input.userId,
    version: input.version,
    name: input.name,
    isActive: input.isActive,
  })
  if (!updated) throw staleEdit('deze gebruiker', before)
  await replaceRoleGrants(trx, { userId: input.userId, grants: input.assignment }).catch(translateGrantErrors)
  if (!input.isActive) await invalidateUserSessions(trx, { userId: input.userId })
  const after = { name: input.name, isActive: input.isActive, grants: input.assignment }
  await audit(trx, ctx, {
    action: 'user.updated',
    entityType: 'user',
    entityId: input.userId,
    before: { name: before.name, isActive: before.isActive, grants: before.grants },
    after,
  })
  return { version: updated.version }
}

/** Issue a new one-time link (password reset); earlier links stop working. Audited. */
export async function issuePasswordReset(trx: Transaction<DB>, ctx: Ctx, input: { userId: string }): Promise<IssuedLink> {
  const actor = requireActor(ctx)
  const user = await findUserWithGrants(trx, { userId: input.userId })
  if (!user) throw new DomainError('NOT_FOUND', `Gebruiker ${input.userId} bestaat niet.`)
  const link = await createPasswordLink(trx, { userId: user.id, purpose: 'reset', createdBy: actor.userId, now: ctx.now })
  await audit(trx, ctx, { action: 'user.password_link_issued', entityType: 'user', entityId: user.id })
  return link
}

export { findUserWithGrants, listUsersWithGrants }
