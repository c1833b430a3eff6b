import type { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusalCode } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const plan = () => api.callerAs('region_editor').plan

describe('the regional plan', () => {
  it('has six elements, not started until written, each showing the agreements that fulfil it', async () => {
    const editor = api.callerAs('region_editor').agreement
    await editor.create({
      regionSlug: 'zwolle',
      fields: { title: 'Visie per conditie', nvoAgreements: ['regional_vision'], themes: ['vision'], conditions: ['support_continuum'], planElements: ['vision'] },
    })
    const before = await plan().get({ slug: 'zwolle' })
    expect(before.elements).toHaveLength(6)
    expect(before.elements.every((e) => e.status === 'not_started')).toBe(true)
    expect(before.elements.find((e) => e.element === 'vision')?.agreements.map((a) => a.title)).toEqual(['Visie per conditie'])

    const saved = await plan().saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'done', body: 'De visie.', version: null })
    expect(await refusalCode(plan().saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'in_progress', body: '', version: null }))).toBe('CONFLICT')
    await plan().saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'done', body: 'De visie, aangevuld.', version: saved.version })
    const after = await plan().get({ slug: 'zwolle' })
    expect(after.completeness).toEqual({ done: 1, total: 6 })
    expect(after.elements.find((e) => e.element === 'vision')?.body).toBe('De visie, aangevuld.')
  })

  it('counts a council adoption only for the version it names; a signatory confirms their own council', async () => {
    const v1 = await plan().addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie 2026', documentDate: '2026-01-10' })
    expect(v1.number).toBe(1)
    const kampen = await plan().recordAdoption({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0166',
      visionVersionId: v1.id,
      decisionDate: '2026-02-12',
      decisionUrl: 'https://kampen.example/raad/besluit-12',
    })
    await plan().recordAdoption({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0193',
      visionVersionId: v1.id,
      decisionDate: '2026-02-19',
      decisionUrl: 'https://zwolle.example/raad/besluit-7',
    })
    expect(
      await refusalCode(
        plan().recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', visionVersionId: v1.id, decisionDate: '2026-02-12', decisionUrl: 'https://kampen.example/x' }),
      ),
    ).toBe('CONFLICT')
    expect(
      await refusalCode(
        plan().recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0014', visionVersionId: v1.id, decisionDate: '2026-02-12', decisionUrl: 'https://groningen.example/x' }),
      ),
    ).toBe('BAD_REQUEST')

    const zwolleAdoption = (await plan().get({ slug: 'zwolle' })).councils.find((c) => c.municipalityCode === 'GM0193')?.adoptions[0]
    expect(await refusalCode(api.callerAs('municipality_signatory').plan.confirmAdoption({ adoptionId: zwolleAdoption?.id ?? 0 }))).toBe('FORBIDDEN')
    await api.callerAs('municipality_signatory').plan.confirmAdoption({ adoptionId: kampen.id })

    let view = await api.callerAs('region_viewer').plan.get({ slug: 'zwolle' })
    expect(view.adoptedCount).toBe(2)
    expect(view.councils.find((c) => c.municipalityCode === 'GM0166')?.adoptions[0]).toMatchObject({ versionNumber: 1, confirmedByLabel: 'Otto Ondertekenaar' })

    await plan().addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie 2027', documentDate: '2027-01-10' })
    view = await api.callerAs('region_viewer').plan.get({ slug: 'zwolle' })
    expect(view.currentVersion?.number).toBe(2)
    expect(view.adoptedCount).toBe(0)
    const kampenCouncil = view.councils.find((c) => c.municipalityCode === 'GM0166')
    expect(kampenCouncil).toMatchObject({ adoptsCurrent: false })
    expect(kampenCouncil?.adoptions.map((a) => a.versionNumber)).toEqual([1])
  })

  it("gives the region page's summary from the same reads as the plan, for a reader inside and outside the region", async () => {
    /** The summary must be exactly these fields of `plan.get` (same values and types) for every reader and region. */
    const expectSummaryOfPlan = async (slug: string) => {
      for (const who of ['region_editor', 'other_region_editor', 'region_viewer'] as const) {
        const [full, summary] = await Promise.all([api.callerAs(who).plan.get({ slug }), api.callerAs(who).plan.summary({ slug })])
        expect(summary, `${who} on ${slug}`).toStrictEqual({
          completeness: full.completeness,
          currentVersion: full.currentVersion && { number: full.currentVersion.number, documentDate: full.currentVersion.documentDate },
          adoptedCount: full.adoptedCount,
          councils: full.councils.map((c) => ({
            municipalityCode: c.municipalityCode,
            municipalityName: c.municipalityName,
            adoptsCurrent: c.adoptsCurrent,
            latestAdoption: c.adoptions[0] ? { versionNumber: c.adoptions[0].versionNumber, decisionDate: c.adoptions[0].decisionDate } : null,
          })),
        })
      }
    }
    // A draft element done, two versions, adoptions of the first only.
    await expectSummaryOfPlan('zwolle')
    expect((await api.callerAs('region_editor').plan.summary({ slug: 'zwolle' })).completeness.done).toBe(1)
    expect((await api.callerAs('other_region_editor').plan.summary({ slug: 'zwolle' })).completeness.done).toBe(0)
    // A region without any plan: no version, no adoptions, nothing done.
    await expectSummaryOfPlan('groningen')
    expect((await api.callerAs('other_region_editor').plan.summary({ slug: 'groningen' })).currentVersion).toBeNull()

    // Kampen adopts the current version too; the vision element is published as done, then its working
    // copy goes back to "in progress": inside the region it is no longer done, outside it is.
    const current = (await plan().get({ slug: 'zwolle' })).currentVersion
    await plan().recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', visionVersionId: current?.id ?? 0, decisionDate: '2027-03-04', decisionUrl: 'https://kampen.example/raad/besluit-30' })
    const vision = (await plan().get({ slug: 'zwolle' })).elements.find((e) => e.element === 'vision')
    await plan().publishElement({ regionSlug: 'zwolle', element: 'vision', version: vision?.version ?? 0 })
    await plan().saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'in_progress', body: 'Herzien.', version: vision?.version ?? 0 })
    await expectSummaryOfPlan('zwolle')
    const inside = await api.callerAs('region_editor').plan.summary({ slug: 'zwolle' })
    expect(inside.completeness.done).toBe(0)
    expect(inside.adoptedCount).toBe(1)
    expect(inside.councils.find((c) => c.municipalityCode === 'GM0166')).toStrictEqual({
      municipalityCode: 'GM0166',
      municipalityName: 'Kampen',
      adoptsCurrent: true,
      latestAdoption: { versionNumber: 2, decisionDate: '2027-03-04' },
    })
    expect((await api.callerAs('other_region_editor').plan.summary({ slug: 'zwolle' })).completeness.done).toBe(1)
  })

  it('refuses a link that is not a web address, naming the field', async () => {
    const v = (await plan().get({ slug: 'zwolle' })).currentVersion
    const error = await plan()
      .recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0148', visionVersionId: v?.id ?? 0, decisionDate: '2026-02-01', decisionUrl: 'javascript:alert(1)' })
      .catch((e: unknown) => e as TRPCError)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    expect(JSON.stringify((error as TRPCError).cause)).toContain('decisionUrl')
  })
})

describe('searching agreements in Dutch', () => {
  it('finds words by their stem: a region\'s drafts for its own users, published agreements for others', async () => {
    const editor = api.callerAs('region_editor').agreement
    const draft = await editor.create({
      regionSlug: 'zwolle',
      fields: { title: 'Woonplekken voor uitstroom', body: 'De corporaties leveren jaarlijks twintig woningen.', nvoAgreements: ['availability_continuity'], themes: ['housing'], conditions: ['affordable_housing'] },
    })
    const own = await api.callerAs('region_viewer').search.agreements({ query: 'woning', regionSlug: 'zwolle' })
    expect(own.view).toBe('draft')
    expect(own.hits.map((h) => h.id)).toContain(draft.id)
    expect(own.hits.find((h) => h.id === draft.id)?.snippet).toContain('««woningen»»')

    const national = await api.callerAs('other_region_editor').search.agreements({ query: 'woningen' })
    expect(national.view).toBe('published')
    expect(national.hits.map((h) => h.id)).not.toContain(draft.id)

    await editor.publish({ id: draft.id, version: draft.version })
    const after = await api.callerAs('other_region_editor').search.agreements({ query: 'woningen', theme: 'housing' })
    expect(after.hits.map((h) => h.id)).toContain(draft.id)
    expect(after.hits.find((h) => h.id === draft.id)).toMatchObject({ regionName: 'Regio Zwolle', regionSlug: 'zwolle' })
    const wrongTheme = await api.callerAs('other_region_editor').search.agreements({ query: 'woningen', theme: 'tariffs' })
    expect(wrongTheme.hits.map((h) => h.id)).not.toContain(draft.id)
  })

  it('searches the published text: an edit is found nationally only once it is published', async () => {
    const editor = api.callerAs('region_editor').agreement
    const national = async (query: string) => (await api.callerAs('other_region_editor').search.agreements({ query })).hits.map((h) => h.id)
    const fields = { title: 'Kamers voor herstel', body: 'Eerst komt er een kwartiermaker.', nvoAgreements: ['availability_continuity'], themes: ['housing'], conditions: ['affordable_housing'] }
    const created = await editor.create({ regionSlug: 'zwolle', fields })
    await editor.publish({ id: created.id, version: created.version })
    expect(await national('kwartiermaker')).toContain(created.id)

    const edited = await editor.update({ id: created.id, version: created.version, fields: { ...fields, body: 'Daarna volgt een zeepkistenrace.' } })
    expect(await national('zeepkistenrace')).not.toContain(created.id)
    expect(await national('kwartiermaker')).toContain(created.id)

    await editor.publish({ id: created.id, version: edited.version })
    expect(await national('zeepkistenrace')).toContain(created.id)
    expect(await national('kwartiermaker')).not.toContain(created.id)
  })

  it('treats search syntax in the query as words, never as an error', async () => {
    const result = await api.callerAs('region_viewer').search.agreements({ query: '"niet afgesloten & | ! (' })
    expect(Array.isArray(result.hits)).toBe(true)
  })
})
