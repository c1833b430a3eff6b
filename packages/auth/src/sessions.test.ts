import { createTestDb, type TestDb } from '@bt/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, invalidateSession, invalidateUserSessions, validateSessionToken } from './sessions.ts'
import { createTestUser } from './test-users.ts'
import { hashToken } from './tokens.ts'

const HOUR = 3600 * 1000
const DAY = 24 * HOUR
const t0 = new Date('2026-03-01T10:00:00Z')
let t: TestDb
let userId: string

beforeAll(async () => {
  t = await createTestDb()
  userId = await createTestUser(t.db, {
    email: 'sessie@test.example',
    grants: [{ role: 'region_editor', regionCode: 'GM0193' }, { role: 'municipality_signatory', municipalityCode: 'GM0166' }],
  })
})
afterAll(() => t.close())

// The sliding-expiry tests run with an absolute lifetime of a year, so only the sliding rule applies.
const YEAR_IN_HOURS = 365 * 24

function validate(token: string, now: Date, maxHours = YEAR_IN_HOURS) {
  return validateSessionToken(t.db, { token, now, today: now.toISOString().slice(0, 10), maxHours })
}

describe('sessions', () => {
  it('stores only the SHA-256 of the token, never the token', async () => {
    const { token } = await createSession(t.db, { userId, now: t0 })
    const rows = await t.db.selectFrom('session').select('id').where('userId', '=', userId).execute()
    expect(rows.map((r) => r.id)).toContain(hashToken(token))
    expect(rows.map((r) => r.id)).not.toContain(token)
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('resolves a token to the actor with grants; a signatory carries the region of their municipality', async () => {
    const { token } = await createSession(t.db, { userId, now: t0, maxHours: YEAR_IN_HOURS })
    const session = await validate(token, t0)
    expect(session?.actor.email).toBe('sessie@test.example')
    expect(session?.actor.grants).toEqual([
      { role: 'region_editor', regionCode: 'GM0193', municipalityCode: null },
      { role: 'municipality_signatory', regionCode: 'GM0193', municipalityCode: 'GM0166' },
    ])
    expect(session?.renewed).toBe(false)
  })

  it('renews the expiry in the second half of the 30 days and not before', async () => {
    const { token, expiresAt } = await createSession(t.db, { userId, now: t0, maxHours: YEAR_IN_HOURS })
    expect(expiresAt.getTime() - t0.getTime()).toBe(30 * DAY)
    expect((await validate(token, new Date(t0.getTime() + 14 * DAY)))?.renewed).toBe(false)
    const later = new Date(t0.getTime() + 16 * DAY)
    const renewed = await validate(token, later)
    expect(renewed?.renewed).toBe(true)
    expect(renewed?.expiresAt.getTime()).toBe(later.getTime() + 30 * DAY)
  })

  it('refuses and deletes an expired session', async () => {
    const { token } = await createSession(t.db, { userId, now: t0, maxHours: YEAR_IN_HOURS })
    expect(await validate(token, new Date(t0.getTime() + 30 * DAY))).toBeUndefined()
    const row = await t.db.selectFrom('session').select('id').where('id', '=', hashToken(token)).executeTakeFirst()
    expect(row).toBeUndefined()
  })

  it('ends a session 12 hours after sign-in by default, even one used every hour', async () => {
    const { token, expiresAt } = await createSession(t.db, { userId, now: t0 })
    expect(expiresAt.getTime() - t0.getTime()).toBe(12 * HOUR)
    for (let hour = 1; hour < 12; hour++) {
      const session = await validateSessionToken(t.db, { token, now: new Date(t0.getTime() + hour * HOUR), today: '2026-03-01' })
      expect(session?.actor.userId, `after ${hour} h`).toBe(userId)
    }
    const late = await validateSessionToken(t.db, { token, now: new Date(t0.getTime() + 12 * HOUR), today: '2026-03-01' })
    expect(late).toBeUndefined()
    const row = await t.db.selectFrom('session').select('id').where('id', '=', hashToken(token)).executeTakeFirst()
    expect(row).toBeUndefined()
  })

  it('never renews past the configured absolute lifetime', async () => {
    const maxHours = 20 * 24
    const { token, expiresAt } = await createSession(t.db, { userId, now: t0, maxHours })
    expect(expiresAt.getTime()).toBe(t0.getTime() + 20 * DAY)
    // Day 16: in the renewal window, but the renewal stops at day 20 after sign-in.
    const renewed = await validate(token, new Date(t0.getTime() + 16 * DAY), maxHours)
    expect(renewed?.expiresAt.getTime()).toBe(t0.getTime() + 20 * DAY)
    expect(await validate(token, new Date(t0.getTime() + 20 * DAY), maxHours)).toBeUndefined()
  })

  it('applies a shorter lifetime to sessions that already exist (the setting lowered later)', async () => {
    const { token } = await createSession(t.db, { userId, now: t0, maxHours: YEAR_IN_HOURS })
    expect(await validate(token, new Date(t0.getTime() + 13 * HOUR), 12)).toBeUndefined()
  })

  it('refuses an unknown token', async () => {
    expect(await validate('not-a-real-token', t0)).toBeUndefined()
  })

  it('ends a session on logout and all sessions on invalidation', async () => {
    const a = await createSession(t.db, { userId, now: t0 })
    const b = await createSession(t.db, { userId, now: t0 })
    await invalidateSession(t.db, { token: a.token })
    expect(await validate(a.token, t0)).toBeUndefined()
    expect(await validate(b.token, t0)).toBeDefined()
    await invalidateUserSessions(t.db, { userId })
    expect(await validate(b.token, t0)).toBeUndefined()
  })

  it('refuses the session of a deactivated user', async () => {
    const { token } = await createSession(t.db, { userId, now: t0 })
    await t.db.updateTable('appUser').set({ isActive: false }).where('id', '=', userId).execute()
    try {
      expect(await validate(token, t0)).toBeUndefined()
    } finally {
      await t.db.updateTable('appUser').set({ isActive: true }).where('id', '=', userId).execute()
    }
  })
})
