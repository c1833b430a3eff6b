import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusalCode } from '../../testing.ts'
import { auditChanges } from './changes.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const FIELDS = { nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] }

describe('the logbooks', () => {
  it("name and link the agreement of a region's change and show its before and after", async () => {
    const editor = api.callerAs('region_editor').agreement
    const created = await editor.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title: 'Logboek nachtopvang' } })
    await editor.update({ id: created.id, version: created.version, fields: { ...FIELDS, title: 'Logboek nachtopvang 24/7' } })

    const page = await api.callerAs('region_viewer').region.history({ slug: 'zwolle' })
    const [updated] = page.entries
    expect(updated).toMatchObject({
      action: 'agreement.updated',
      actionLabel: 'Afspraak gewijzigd',
      subject: { label: 'Afspraak “Logboek nachtopvang 24/7”', href: `/regio/zwolle/afspraken/${created.id}` },
    })
    expect(updated?.changes).toContainEqual({ field: 'Titel', before: 'Logboek nachtopvang', after: 'Logboek nachtopvang 24/7' })
    expect(updated?.changes.map((c) => c.field)).not.toContain('Thema\'s')
  })

  it('pages by id without gaps or repeats, and filters by kind, person and date', async () => {
    const editor = api.callerAs('region_editor').agreement
    for (let i = 0; i < 60; i++) await editor.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title: `Paging ${i}` } })
    const viewer = api.callerAs('region_viewer').region
    const first = await viewer.history({ slug: 'zwolle', entityType: 'agreement' })
    expect(first.entries).toHaveLength(50)
    expect(first.olderBefore).not.toBeNull()
    const second = await viewer.history({ slug: 'zwolle', entityType: 'agreement', before: first.olderBefore ?? undefined })
    const ids = [...first.entries, ...second.entries].map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    expect(second.olderBefore).toBeNull()
    expect([...first.entries, ...second.entries].every((e) => e.subject.href?.startsWith('/regio/zwolle/afspraken/'))).toBe(true)

    const nobody = await viewer.history({ slug: 'zwolle', actor: 'niemand_met_deze_naam' })
    expect(nobody.entries).toHaveLength(0)
    const someone = await viewer.history({ slug: 'zwolle', actor: first.entries[0]?.actorLabel.slice(0, 4) })
    expect(someone.entries.length).toBeGreaterThan(0)
    // TEST_NOW's day holds every entry; the day before none
    const today = await viewer.history({ slug: 'zwolle', from: '2000-01-01', until: '2100-01-01' })
    expect(today.entries.length).toBe(50)
    const past = await viewer.history({ slug: 'zwolle', until: '2000-01-01' })
    expect(past.entries).toHaveLength(0)
  })

  it("never shows one region's changes in another's logboek, and refuses a filter it cannot read", async () => {
    const other = await api.callerAs('other_region_editor').region.history({ slug: 'groningen' })
    expect(other.entries.every((e) => !e.subject.href?.startsWith('/regio/zwolle'))).toBe(true)
    // a regionCode in the filter cannot widen a region's logboek
    const widened = await api.callerAs('other_region_editor').region.history({ slug: 'groningen', regionCode: 'GM0193' })
    expect(widened.entries.every((e) => !e.subject.href?.startsWith('/regio/zwolle'))).toBe(true)
    expect(await refusalCode(api.callerAs('region_viewer').region.history({ slug: 'zwolle', from: '2026-02-30' }))).toBe('BAD_REQUEST')
    expect(
      await refusalCode(api.callerAs('region_viewer').region.history({ slug: 'zwolle', from: '2026-05-02', until: '2026-05-01' })),
    ).toBe('BAD_REQUEST')
  })

  it("the admin log names people and municipalities, filters by region and kind", async () => {
    const admin = api.callerAs('admin').admin
    const page = await admin.auditLog.page({ regionCode: 'GM0193', entityType: 'agreement' })
    expect(page.entries.length).toBeGreaterThan(0)
    expect(page.entries.every((e) => e.subject.label.startsWith('Afspraak “'))).toBe(true)
    const users = await admin.users.list()
    const someone = users[0]
    if (!someone) throw new Error('the demo has users')
    await admin.users.issuePasswordReset({ userId: someone.id })
    const [reset] = (await admin.auditLog.page({ entityType: 'user' })).entries
    expect(reset?.subject).toEqual({ label: `Gebruiker ${someone.name}`, href: `/beheer/gebruikers/${someone.id}` })
  })
})

describe('auditChanges', () => {
  it('lists changed fields in Dutch, leaves out bookkeeping and unsaved fields, cuts long values', () => {
    expect(
      auditChanges(
        { title: 'A', stage: 'planned', version: 3, body: 'same', extra: 'only before' },
        { title: 'B', stage: 'planned', version: 4, body: 'same', themes: ['x', 'y'], dueDate: null },
      ),
    ).toEqual([
      { field: 'Titel', before: 'A', after: 'B' },
      { field: "Thema's", before: null, after: 'x, y' },
    ])
    expect(auditChanges(null, { active: false, level: 2 })).toEqual([
      { field: 'Actief', before: null, after: 'nee' },
      { field: 'Niveau', before: null, after: '2' },
    ])
    const [long] = auditChanges({ body: '' }, { body: 'x'.repeat(1000) })
    expect(long?.after).toHaveLength(300)
    expect(auditChanges('text', [1, 2])).toEqual([])
  })
})
