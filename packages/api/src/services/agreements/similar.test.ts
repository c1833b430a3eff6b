import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

async function published(who: 'region_editor' | 'other_region_editor', regionSlug: string, fields: { title: string; body?: string; nvoAgreements: string[]; themes: string[]; conditions: string[] }) {
  const editor = api.callerAs(who).agreement
  const created = await editor.create({ regionSlug, fields })
  await editor.publish({ id: created.id, version: created.version })
  return created.id
}

describe('similar agreements', () => {
  it("lists other regions' published agreements, the most alike first, and never a draft or the own region", async () => {
    const source = await published('region_editor', 'zwolle', {
      title: 'Wachtlijst beschermd wonen verkorten',
      body: 'Wij verkorten de wachtlijst met een gezamenlijke toegang en een wachtlijstcoördinator.',
      nvoAgreements: ['access'],
      themes: ['access'],
      conditions: ['low_threshold_access'],
    })
    const twin = await published('other_region_editor', 'groningen', {
      title: 'Wachtlijstcoördinator voor de toegang',
      body: 'Een wachtlijstcoördinator houdt de wachtlijst bij.',
      nvoAgreements: ['access'],
      themes: ['access'],
      conditions: ['low_threshold_access'],
    })
    const wordsOnly = await published('other_region_editor', 'groningen', {
      title: 'Overleg over de wachtlijst',
      body: 'Elk kwartaal bespreken wij de wachtlijst.',
      nvoAgreements: ['purchasing'],
      themes: ['tariffs'],
      conditions: ['affordable_housing'],
    })
    const unrelated = await published('other_region_editor', 'groningen', {
      title: 'Huisvesting statushouders',
      body: 'Afspraken met corporaties over woningen.',
      nvoAgreements: ['purchasing'],
      themes: ['housing'],
      conditions: ['housing_variants'],
    })
    const ownRegion = await published('region_editor', 'zwolle', {
      title: 'Wachtlijst in eigen regio',
      nvoAgreements: ['access'],
      themes: ['access'],
      conditions: ['low_threshold_access'],
    })
    const draft = await api.callerAs('other_region_editor').agreement.create({
      regionSlug: 'groningen',
      fields: { title: 'Geheim concept wachtlijst', body: 'wachtlijst', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] },
    })

    const { similar } = await api.callerAs('vng_analyst').agreement.similar({ id: source })
    const ids = similar.map((s) => s.id)
    expect(ids[0]).toBe(twin)
    expect(ids).toContain(wordsOnly)
    expect(ids.indexOf(twin)).toBeLessThan(ids.indexOf(wordsOnly))
    expect(ids).not.toContain(unrelated)
    expect(ids).not.toContain(ownRegion)
    expect(ids).not.toContain(draft.id)
    expect(similar[0]).toMatchObject({
      regionSlug: 'groningen',
      title: 'Wachtlijstcoördinator voor de toegang',
      sharedNvoAgreements: ['access'],
      sharedConditions: ['low_threshold_access'],
      sharedThemes: ['access'],
    })
  })

  it("answers NOT_FOUND for a draft its caller may not read, like the agreement page", async () => {
    const draft = await api.callerAs('region_editor').agreement.create({ regionSlug: 'zwolle', fields: { title: 'Concept', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] } })
    await expect(api.callerAs('other_region_editor').agreement.similar({ id: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const own = await api.callerAs('region_viewer').agreement.similar({ id: draft.id })
    expect(own.agreement.title).toBe('Concept')
  })
})
