// Test-only helper: a user with a password and grants, inserted straight through the repositories.
import type { RoleKey } from '@bt/domain'
import { insertUser, type DB, type Kysely } from '@bt/db'
import { hashPassword } from './password.ts'
import { generateId } from './tokens.ts'

export async function createTestUser(
  db: Kysely<DB>,
  params: { email: string; password?: string; grants?: { role: RoleKey; regionCode?: string; municipalityCode?: string }[] },
) {
  const id = generateId()
  const passwordHash = params.password ? await hashPassword(params.password) : null
  await db.transaction().execute((trx) =>
    insertUser(trx, {
      user: { id, email: params.email, name: params.email.split('@')[0] ?? 'test', passwordHash },
      grants: (params.grants ?? []).map((g) => ({
        role: g.role,
        regionCode: g.regionCode ?? null,
        municipalityCode: g.municipalityCode ?? null,
      })),
    }),
  )
  return id
}
