import { createTestDb, type TestDb } from '@bt/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyPassword } from './password.ts'
import { PASSWORD_LINK_HOURS, createPasswordLink, getPasswordLinkUser, redeemPasswordLink } from './password-links.ts'
import { createSession, validateSessionToken } from './sessions.ts'
import { createTestUser } from './test-users.ts'

const HOUR = 3_600_000
const t0 = new Date('2026-03-01T10:00:00Z')
let t: TestDb

beforeAll(async () => {
  t = await createTestDb()
})
afterAll(() => t.close())

function redeem(token: string, password: string, now: Date) {
  return t.db.transaction().execute((trx) => redeemPasswordLink(trx, { token, password, now }))
}

describe('one-time password links', () => {
  it('are valid for 72 hours and not a moment longer', async () => {
    const userId = await createTestUser(t.db, { email: 'link1@test.example' })
    const { token, expiresAt } = await createPasswordLink(t.db, { userId, purpose: 'invite', createdBy: null, now: t0 })
    expect(expiresAt.getTime() - t0.getTime()).toBe(PASSWORD_LINK_HOURS * HOUR)
    await expect(getPasswordLinkUser(t.db, { token, now: new Date(expiresAt.getTime() - 1) })).resolves.toHaveProperty('userId', userId)
    await expect(getPasswordLinkUser(t.db, { token, now: expiresAt })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('set an argon2id password once; the second use fails', async () => {
    const userId = await createTestUser(t.db, { email: 'link2@test.example' })
    const { token } = await createPasswordLink(t.db, { userId, purpose: 'invite', createdBy: null, now: t0 })
    await redeem(token, 'mijn-nieuwe-wachtwoord', t0)
    const user = await t.db.selectFrom('appUser').select('passwordHash').where('id', '=', userId).executeTakeFirstOrThrow()
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(user.passwordHash ?? '', 'mijn-nieuwe-wachtwoord')).toBe(true)
    await expect(redeem(token, 'nog-een-wachtwoord', t0)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('stop working when a newer link is issued', async () => {
    const userId = await createTestUser(t.db, { email: 'link3@test.example' })
    const first = await createPasswordLink(t.db, { userId, purpose: 'invite', createdBy: null, now: t0 })
    const second = await createPasswordLink(t.db, { userId, purpose: 'reset', createdBy: null, now: t0 })
    await expect(redeem(first.token, 'wachtwoord-van-de-eerste', t0)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(redeem(second.token, 'wachtwoord-van-de-tweede', t0)).resolves.toHaveProperty('userId', userId)
  })

  it('end every existing session when the password changes', async () => {
    const userId = await createTestUser(t.db, { email: 'link4@test.example', password: 'het-oude-wachtwoord' })
    const session = await createSession(t.db, { userId, now: t0 })
    const { token } = await createPasswordLink(t.db, { userId, purpose: 'reset', createdBy: null, now: t0 })
    await redeem(token, 'het-nieuwe-wachtwoord', t0)
    expect(await validateSessionToken(t.db, { token: session.token, now: t0, today: '2026-03-01' })).toBeUndefined()
  })

  it('store only the hash of the link token', async () => {
    const userId = await createTestUser(t.db, { email: 'link5@test.example' })
    const { token } = await createPasswordLink(t.db, { userId, purpose: 'invite', createdBy: null, now: t0 })
    const ids = (await t.db.selectFrom('passwordLink').select('id').execute()).map((r) => r.id)
    expect(ids).not.toContain(token)
  })
})
