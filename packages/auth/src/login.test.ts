import { createTestDb, type TestDb } from '@bt/db/testing'
import { DomainError } from '@bt/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOGIN_FAILED_MESSAGE, LOGIN_THROTTLED_MESSAGE, login } from './login.ts'
import { createTestUser } from './test-users.ts'
import type { ThrottleSettings } from './throttle.ts'

const settings: ThrottleSettings = { maxFailuresPerAccount: 5, maxFailuresPerAddress: 8, windowMinutes: 15 }
const PASSWORD = 'een-lang-wachtwoord'
const now = new Date('2026-03-01T10:00:00Z')
let t: TestDb

beforeAll(async () => {
  t = await createTestDb()
  for (const email of ['anna@test.example', 'bert@test.example', 'carla@test.example', 'dirk@test.example']) {
    await createTestUser(t.db, { email, password: PASSWORD })
  }
})
afterAll(() => t.close())

function attempt(email: string, password: string, clientAddress: string | null = '192.0.2.1', at = now) {
  return login(t.db, { input: { email, password, clientAddress }, settings, now: at })
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

describe('login', () => {
  it('starts a session for the right password, with the email in any case and spacing', async () => {
    const session = await attempt('  Anna@Test.Example ', PASSWORD)
    expect(session.token).toMatch(/^[a-z2-7]{32}$/)
  })

  it('says the same for an unknown account and a wrong password', async () => {
    const unknown = await failure(attempt('niemand@test.example', PASSWORD, '192.0.2.50'))
    const wrong = await failure(attempt('anna@test.example', 'fout-wachtwoord', '192.0.2.51'))
    expect(unknown.code).toBe('UNAUTHENTICATED')
    expect(wrong.code).toBe('UNAUTHENTICATED')
    expect(unknown.message).toBe(LOGIN_FAILED_MESSAGE)
    expect(wrong.message).toBe(unknown.message)
  })

  it('throttles an account after five failures, even with the right password, while others still log in', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await failure(attempt('bert@test.example', 'fout', `198.51.100.${i}`))).code).toBe('UNAUTHENTICATED')
    }
    const throttled = await failure(attempt('bert@test.example', PASSWORD, '198.51.100.99'))
    expect(throttled.code).toBe('TOO_MANY_REQUESTS')
    expect(throttled.message).toBe(LOGIN_THROTTLED_MESSAGE)
    await expect(attempt('carla@test.example', PASSWORD, '198.51.100.99')).resolves.toHaveProperty('token')
  })

  it('lets the account in again once the window has passed', async () => {
    const later = new Date(now.getTime() + 16 * 60_000)
    await expect(attempt('bert@test.example', PASSWORD, '198.51.100.99', later)).resolves.toHaveProperty('token')
  })

  it('throttles a client address that tries many accounts', async () => {
    for (let i = 0; i < 8; i++) await failure(attempt(`onbekend${i}@test.example`, 'fout', '203.0.113.7'))
    expect((await failure(attempt('dirk@test.example', PASSWORD, '203.0.113.7'))).code).toBe('TOO_MANY_REQUESTS')
    await expect(attempt('dirk@test.example', PASSWORD, '203.0.113.8')).resolves.toHaveProperty('token')
  })

  it('clears the account failures after a successful login', async () => {
    for (let i = 0; i < 4; i++) await failure(attempt('carla@test.example', 'fout', '192.0.2.77'))
    await attempt('carla@test.example', PASSWORD, '192.0.2.78')
    for (let i = 0; i < 4; i++) await failure(attempt('carla@test.example', 'fout', '192.0.2.79'))
    await expect(attempt('carla@test.example', PASSWORD, '192.0.2.80')).resolves.toHaveProperty('token')
  })
})
