import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, DEMO_EDITION as KEY, ZWOLLE_IN_DEMO_EDITION as ZWOLLE } from '../../testing.ts'

// nvo_agreements_met reads the NvO levels confirmed in the latest frozen edition (issue 12, item 3),
// and the regions' proposed levels only while no edition is frozen, and says which.

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

async function zwolleNvo() {
  const figures = await api.callerAs('vng_analyst').indicator.figures({ key: 'nvo_agreements_met' })
  const zwolle = figures.regions?.find((r) => r.code === 'GM0193')
  return { numerator: zwolle?.numerator ?? null, basis: figures.recordBasis }
}

async function setAccessLevel(level: number) {
  const editor = api.callerAs('region_editor')
  const levels = await editor.region.nvoLevels({ slug: 'zwolle' })
  const access = levels.levels.find((l: { nvoAgreement: string }) => l.nvoAgreement === 'access')
  await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'access', level, explanation: `Niveau ${level}`, version: access?.version ?? null })
}

describe('nvo_agreements_met', () => {
  it('counts the proposed levels before any edition is frozen, and says so', async () => {
    await setAccessLevel(3)
    expect(await zwolleNvo()).toEqual({ numerator: 1, basis: 'niveaus voorgesteld door de regio (nog geen bevroren editie)' })
  })

  it('counts the levels of the latest frozen edition, not a level proposed after it', async () => {
    const editor = api.callerAs('region_editor')
    const adviser = api.callerAs('vng_adviser')
    const analyst = api.callerAs('vng_analyst')
    await analyst.edition.open({ key: KEY, windowOpens: '2026-03-01', windowCloses: '2026-07-15', dueDate: '2026-07-15' })
    const version = async () => (await editor.edition.picture(ZWOLLE)).version
    await editor.edition.submit({ ...ZWOLLE, version: await version() })
    await adviser.edition.approve({ ...ZWOLLE, version: await version() })
    await editor.edition.confirm({ ...ZWOLLE, version: await version(), disputes: [] })
    const view = await analyst.edition.get({ editionKey: KEY })
    const unfinished = (view.regions ?? []).filter((r) => r.state !== 'confirmed').map((r) => r.slug)
    await analyst.edition.freeze({ editionKey: KEY, version: view.edition.version, confirmUnfinished: unfinished })
    // After the freeze Zwolle proposes a lower level: the figure keeps the confirmed one.
    await setAccessLevel(2)
    expect(await zwolleNvo()).toEqual({ numerator: 1, basis: 'niveaus bevestigd in de bevroren editie Eerste halfjaar 2026 (2026-H1)' })
  })
})
