import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusal, DEMO_EDITION as KEY, ZWOLLE_IN_DEMO_EDITION as ZWOLLE } from '../../testing.ts'
import { NOT_IN_EDITION_NOTE } from './derived-as-of.ts'

// The overview and a building block page "as of a frozen edition" (issue 14): block 2's derived
// figures and the region comparison come from the edition's pictures, not from today's records.

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api

beforeAll(async () => {
  api = await createApiTest()
  const editor = api.callerAs('region_editor')
  const analyst = api.callerAs('vng_analyst')
  await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'access', level: 3, explanation: 'Vastgesteld', version: null })
  const agreement = await editor.agreement.create({ regionSlug: 'zwolle', fields: { title: 'Toegang tot opvang', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] } })
  await editor.agreement.publish({ id: agreement.id, version: agreement.version })
  await analyst.edition.open({ key: KEY, windowOpens: '2026-03-01', windowCloses: '2026-07-15', dueDate: '2026-07-15' })
  await freezeWithZwolle(ZWOLLE)
  // After freezing Zwolle moves on: the live view changes, the edition's does not.
  const levels = await editor.region.nvoLevels({ slug: 'zwolle' })
  const access = levels.levels.find((l: { nvoAgreement: string }) => l.nvoAgreement === 'access')
  await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'access', level: 4, explanation: 'Geactualiseerd', version: access?.version ?? null })
})
afterAll(() => api.close())

/** Zwolle submits, gets approved and confirms its picture; the analyst freezes the edition. */
async function freezeWithZwolle(edition: { editionKey: string; regionSlug: string }) {
  const editor = api.callerAs('region_editor')
  const version = async () => (await editor.edition.picture(edition)).version
  await editor.edition.submit({ ...edition, version: await version() })
  await api.callerAs('vng_adviser').edition.approve({ ...edition, version: await version() })
  await editor.edition.confirm({ ...edition, version: await version(), disputes: [] })
  const analyst = api.callerAs('vng_analyst')
  const view = await analyst.edition.get({ editionKey: edition.editionKey })
  const unfinished = (view.regions ?? []).filter((r) => r.state !== 'confirmed').map((r) => r.slug)
  await analyst.edition.freeze({ editionKey: edition.editionKey, version: view.edition.version, confirmUnfinished: unfinished })
}

const cooperation = (overview: { blocks: readonly { buildingBlock: string; derived: unknown }[] }) => overview.blocks.find((b) => b.buildingBlock === 'regional_cooperation')

describe('the overview and a building block as of a frozen edition', () => {
  it('reads block 2 from the pictures of the chosen edition, not from later edits', async () => {
    const steering = api.callerAs('steering_member')
    const live = await steering.overview.buildingBlock({ number: 2 })
    const frozen = await steering.overview.buildingBlock({ number: 2, edition: KEY })
    expect(frozen.edition).toEqual({ key: KEY, label: 'Eerste halfjaar 2026', frozenOn: '2026-03-02' })
    expect(frozen.asOf).toMatchObject({ onDate: '2026-03-02', isNow: false })
    if (live.derived?.kind !== 'regional_cooperation' || frozen.derived?.kind !== 'regional_cooperation') throw new Error('block 2 is derived')
    const accessOf = (d: Extract<typeof live.derived, { kind: 'regional_cooperation' }>) => d.levelDistributions.find((l) => l.nvoAgreement === 'access')?.counts
    // Live, the levels are those the latest frozen edition confirmed: Zwolle's later level 4 is a proposal.
    expect(live.derived.levelsEdition).toEqual({ key: KEY, label: 'Eerste halfjaar 2026', frozenOn: '2026-03-02' })
    expect(accessOf(live.derived)?.find((c) => c.level === 3)?.regions).toEqual(['Regio Zwolle'])
    expect(accessOf(live.derived)?.find((c) => c.level === 4)?.count).toBe(0)
    expect(live.derived.regionCount).toBe(44)
    expect(live.comparison?.rows.find((r) => r.code === 'GM0193')?.values).toMatchObject({ nvo: 1 })
    const anonymous = await api.callerAs('anonymous').overview.buildingBlock({ number: 2 })
    if (anonymous.derived?.kind !== 'regional_cooperation') throw new Error('block 2 is derived')
    expect(accessOf(anonymous.derived)?.find((c) => c.level === 3)).toEqual({ level: 3, count: 1, regions: [] })
    expect(JSON.stringify(anonymous.derived)).not.toContain('Regio Zwolle')
    expect(accessOf(frozen.derived)?.find((c) => c.level === 3)?.regions).toEqual(['Regio Zwolle'])
    expect(accessOf(frozen.derived)?.find((c) => c.level === 4)?.count).toBe(0)
    // Only Zwolle delivered a picture: the edition's figures count the regions that reported.
    expect(frozen.derived.regionCount).toBe(1)
    expect(frozen.derived.basis).toBe('edition')
    expect(frozen.derived.asOfNote).toMatch(/^Afgeleid uit de bevroren beelden van Eerste halfjaar 2026 \(2026-H1\): 1 van de \d+ regio’s leverden een beeld\.$/)
    // The region comparison and its agreements come from the pictures too.
    const zwolle = frozen.comparison?.rows.find((r) => r.code === 'GM0193')
    expect(zwolle?.values).toMatchObject({ nvo: 1 })
    expect(frozen.comparison?.rows.find((r) => r.code !== 'GM0193')?.values.afspraken).toBeNull()
    expect(frozen.comparison?.asOf).toBe('2026-03-02')
  })

  it('says which derived figures no picture holds, and keeps them per today', async () => {
    const overview = await api.callerAs('anonymous').overview.buildingBlocks({ edition: KEY })
    expect(overview.edition?.key).toBe(KEY)
    const national = overview.blocks.find((b) => b.buildingBlock === 'national_agreements')?.derived
    expect(national?.asOfNote).toBe(NOT_IN_EDITION_NOTE)
    expect((cooperation(overview)?.derived as { asOf: string } | null)?.asOf).toBe('2026-03-02')
    const now = await api.callerAs('anonymous').overview.buildingBlocks()
    expect(now.edition).toBeNull()
  })

  it('refuses an edition that is not frozen or does not exist, in Dutch', async () => {
    await api.callerAs('vng_analyst').edition.open({ key: '2026-H2', windowOpens: '2026-09-01', windowCloses: '2026-12-15', dueDate: '2026-12-15' })
    const open = await refusal(api.callerAs('anonymous').overview.buildingBlocks({ edition: '2026-H2' }))
    expect(open.code).toBe('BAD_REQUEST')
    expect(open.message).toBe('Editie 2026-H2 is nog niet bevroren: een stand per editie bestaat alleen voor bevroren edities.')
    expect((await refusal(api.callerAs('anonymous').overview.buildingBlock({ number: 2, edition: '2024-H1' }))).code).toBe('NOT_FOUND')
  })

  it('shows a level changed after the last frozen edition only once the next edition freezes', async () => {
    const NEXT = { editionKey: '2026-H2', regionSlug: 'zwolle' }
    await freezeWithZwolle(NEXT)
    const live = (await api.callerAs('steering_member').overview.buildingBlock({ number: 2 })).derived
    if (live?.kind !== 'regional_cooperation') throw new Error('block 2 is derived')
    expect(live.levelsEdition?.key).toBe('2026-H2')
    const access = live.levelDistributions.find((l) => l.nvoAgreement === 'access')?.counts
    expect(access?.find((c) => c.level === 4)?.regions).toEqual(['Regio Zwolle'])
    expect(access?.find((c) => c.level === 3)?.count).toBe(0)
  })
})
