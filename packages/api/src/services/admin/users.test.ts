import type { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusalCode } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const users = () => api.callerAs('admin').admin.users

describe('user administration', () => {
  it('creates a user without a password and issues a one-time link, audited without secrets', async () => {
    const created = await users().create({
      email: '  Nieuwe.Collega@Gemeente.example ',
      name: 'Nieuwe Collega',
      assignment: { role: 'vng_adviser', regionCodes: ['GM0193', 'GM0014'] },
    })
    expect(created.link.token).toMatch(/^[a-z2-7]{32}$/)
    const user = await users().get({ userId: created.userId })
    expect(user.email).toBe('nieuwe.collega@gemeente.example')
    expect(user.grants).toEqual([
      { role: 'vng_adviser', regionCode: 'GM0193', municipalityCode: null, municipalityName: null },
      { role: 'vng_adviser', regionCode: 'GM0014', municipalityCode: null, municipalityName: null },
    ])
    const audit = await api.db.selectFrom('auditLog').select(['after']).where('entityId', '=', created.userId).execute()
    expect(JSON.stringify(audit)).not.toContain(created.link.token)
    const link = await api.callerAs('anonymous').account.passwordLink({ token: created.link.token })
    expect(link).toMatchObject({ email: 'nieuwe.collega@gemeente.example', purpose: 'invite' })
  })

  it('refuses a second account with the same email, naming the field', async () => {
    const error = await users()
      .create({ email: 'beheerder@demo.example', name: 'Dubbel', assignment: { role: 'admin', regionCodes: [] } })
      .catch((e: unknown) => e as TRPCError)
    expect((error as TRPCError).code).toBe('CONFLICT')
    expect(((error as TRPCError).cause as { details?: { fieldErrors?: unknown } }).details?.fieldErrors).toEqual({
      email: ['Er bestaat al een gebruiker met dit e-mailadres.'],
    })
  })

  it('refuses a role without its scope, with a field-level message', async () => {
    const error = await users()
      .create({ email: 'zonder.regio@test.example', name: 'Zonder Regio', assignment: { role: 'region_editor', regionCodes: [] } })
      .catch((e: unknown) => e as TRPCError)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    expect(JSON.stringify((error as TRPCError).cause)).toContain('Kies precies één regio voor deze rol.')
  })

  it('refuses a stale edit instead of overwriting, and keeps the first edit', async () => {
    const { userId } = await users().create({ email: 'twee.bewerkers@test.example', name: 'Origineel', assignment: { role: 'steering_member', regionCodes: [] } })
    const { version } = await users().get({ userId })
    await users().update({ userId, version, name: 'Eerste bewerking', isActive: true, assignment: { role: 'steering_member', regionCodes: [] } })
    expect(
      await refusalCode(users().update({ userId, version, name: 'Tweede bewerking', isActive: true, assignment: { role: 'steering_member', regionCodes: [] } })),
    ).toBe('CONFLICT')
    expect((await users().get({ userId })).name).toBe('Eerste bewerking')
  })

  it('ends the sessions of a user who is deactivated', async () => {
    const { userId, link } = await users().create({ email: 'weg@test.example', name: 'Gaat Weg', assignment: { role: 'steering_member', regionCodes: [] } })
    await api.callerAs('anonymous').account.setPassword({ token: link.token, password: 'een-lang-wachtwoord', confirmPassword: 'een-lang-wachtwoord' })
    const session = await api.runtime.login({ email: 'weg@test.example', password: 'een-lang-wachtwoord', clientAddress: null })
    expect(await api.runtime.authenticate(session.token)).toBeDefined()
    const { version } = await users().get({ userId })
    await users().update({ userId, version, name: 'Gaat Weg', isActive: false, assignment: { role: 'steering_member', regionCodes: [] } })
    expect(await api.runtime.authenticate(session.token)).toBeUndefined()
  })
})

describe('region names', () => {
  it('renames a region, moves its URL and records it in the region history', async () => {
    const regions = await api.callerAs('admin').admin.regions.list()
    const zwolle = regions.find((r) => r.code === 'GM0193')
    expect(zwolle).toBeDefined()
    const { version } = await api.db.selectFrom('region').select('version').where('code', '=', 'GM0193').executeTakeFirstOrThrow()
    const renamed = await api.callerAs('admin').admin.regions.rename({ code: 'GM0193', version, name: 'Regio IJssel-Vecht' })
    expect(renamed).toMatchObject({ name: 'Regio IJssel-Vecht', slug: 'ijssel-vecht' })
    const history = await api.callerAs('region_editor').region.history({ slug: 'ijssel-vecht' })
    expect(history.entries[0]).toMatchObject({ action: 'region.renamed', actorLabel: 'Bea Beheer <beheerder@demo.example>' })
    expect(await refusalCode(api.callerAs('other_region_editor').region.history({ slug: 'ijssel-vecht' }))).toBe('FORBIDDEN')
    expect(await refusalCode(api.callerAs('admin').admin.regions.rename({ code: 'GM0193', version, name: 'Regio Oud' }))).toBe('CONFLICT')
    expect(await refusalCode(api.callerAs('admin').admin.regions.rename({ code: 'GM0014', version: 1, name: 'Regio IJssel Vecht' }))).toBe('CONFLICT')
  })
})
