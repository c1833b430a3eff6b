import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, type Who, refusalCode } from '../../testing.ts'

// Issue 11 item 8: a region's plan-element texts follow the visibility table (DESIGN.md): the
// region's own users read the draft, everyone else only what a region editor published (ADR 005).
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const DRAFT_READERS: Who[] = ['region_editor', 'region_viewer', 'vng_adviser']
const OUTSIDERS: Who[] = ['other_region_editor', 'vng_analyst', 'steering_member', 'admin']

async function visionAs(who: Who) {
  const plan = await api.callerAs(who).plan.get({ slug: 'zwolle' })
  const vision = plan.elements.find((e) => e.element === 'vision')
  return { status: vision?.status, body: vision?.body, done: plan.completeness.done }
}

describe('plan-element texts: draft and publication', () => {
  it('shows a saved text only to the region until an editor publishes it', async () => {
    const editor = api.callerAs('region_editor').plan
    const saved = await editor.saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'done', body: 'Concept van de visie.', version: null })
    for (const who of DRAFT_READERS) expect(await visionAs(who), who).toEqual({ status: 'done', body: 'Concept van de visie.', done: 1 })
    for (const who of OUTSIDERS) expect(await visionAs(who), who).toEqual({ status: 'not_started', body: '', done: 0 })

    await editor.publishElement({ regionSlug: 'zwolle', element: 'vision', version: saved.version })
    for (const who of OUTSIDERS) expect(await visionAs(who), who).toEqual({ status: 'done', body: 'Concept van de visie.', done: 1 })
  })

  it('keeps showing the published text to others while the region edits a newer draft', async () => {
    const editor = api.callerAs('region_editor').plan
    const current = (await editor.get({ slug: 'zwolle' })).elements.find((e) => e.element === 'vision')
    const saved = await editor.saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'in_progress', body: 'Herziening.', version: current?.version ?? null })
    expect(await visionAs('other_region_editor')).toEqual({ status: 'done', body: 'Concept van de visie.', done: 1 })
    expect(await visionAs('region_viewer')).toEqual({ status: 'in_progress', body: 'Herziening.', done: 0 })
    const mine = (await editor.get({ slug: 'zwolle' })).elements.find((e) => e.element === 'vision')
    expect(mine?.publication).toEqual({ publishedVersion: saved.version - 1, unpublishedChanges: true })

    expect(await refusalCode(editor.publishElement({ regionSlug: 'zwolle', element: 'vision', version: saved.version - 1 }))).toBe('CONFLICT')
    await editor.publishElement({ regionSlug: 'zwolle', element: 'vision', version: saved.version })
    expect(await visionAs('vng_analyst')).toEqual({ status: 'in_progress', body: 'Herziening.', done: 0 })
  })

  it('lets only the region’s editors publish, and only a saved element', async () => {
    expect(await refusalCode(api.callerAs('other_region_editor').plan.publishElement({ regionSlug: 'zwolle', element: 'vision', version: 1 }))).toBe('FORBIDDEN')
    expect(await refusalCode(api.callerAs('region_editor').plan.publishElement({ regionSlug: 'zwolle', element: 'transition', version: 1 }))).toBe('NOT_FOUND')
  })
})
