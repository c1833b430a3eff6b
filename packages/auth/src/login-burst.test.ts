import { createTestDb, type TestDb } from '@bt/db/testing'
import { DomainError } from '@bt/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { login } from './login.ts'
import { createTestUser } from './test-users.ts'
import type { ThrottleSettings } from './throttle.ts'

// Issue 11 item 2: the throttle must hold when the attempts arrive at once, not only one by one.
const settings: ThrottleSettings = { maxFailuresPerAccount: 5, maxFailuresPerAddress: 50, windowMinutes: 15 }
const PASSWORD = 'een-lang-wachtwoord'
const now = new Date('2026-03-01T10:00:00Z')
let t: TestDb

beforeAll(async () => {
  t = await createTestDb()
  await createTestUser(t.db, { email: 'eva@test.example', password: PASSWORD })
})
afterAll(() => t.close())

/** 'signed in' or the DomainError code an attempt ended with. */
async function outcome(email: string, password: string, clientAddress: string): Promise<string> {
  try {
    await login(t.db, { input: { email, password, clientAddress }, settings, now })
    return 'signed in'
  } catch (error) {
    if (error instanceof DomainError) return error.code
    throw error
  }
}

describe('a burst of parallel logins on one account', () => {
  it('checks no more passwords than the limit, and refuses the right one once the limit is hit', async () => {
    // 49 wrong passwords from 49 addresses, the right one last: all 50 in flight at once.
    const attempts = Array.from({ length: 49 }, (_, i) => outcome('eva@test.example', 'fout', `198.18.0.${i}`))
    attempts.push(outcome('eva@test.example', PASSWORD, '198.18.1.1'))
    const outcomes = await Promise.all(attempts)

    // Every attempt that was not throttled had its password checked.
    const checked = outcomes.filter((o) => o !== 'TOO_MANY_REQUESTS').length
    expect(checked).toBe(settings.maxFailuresPerAccount)
    expect(outcomes.at(-1)).toBe('TOO_MANY_REQUESTS')
    expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS')).toHaveLength(50 - checked)
  })
})
