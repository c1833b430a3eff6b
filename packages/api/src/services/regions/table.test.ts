import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
  const editor = api.callerAs('region_editor')
  // Published: overdue on the test date (2026-03-02), complete but for partners, two conditions.
  const overdue = await editor.agreement.create({
    regionSlug: 'zwolle',
    fields: {
      title: 'Toegang vóór maart',
      nvoAgreements: ['access'],
      themes: ['access'],
      conditions: ['low_threshold_access', 'self_management'],
      plannedDate: '2026-02-01',
      buildingBlocks: ['regional_cooperation'],
      planElements: ['vision'],
      municipalities: ['GM0193'],
    },
  })
  await editor.agreement.publish({ id: overdue.id, version: overdue.version })
  // A draft that would add a third condition and a second overdue agreement: it must not count.
  await editor.agreement.create({
    regionSlug: 'zwolle',
    fields: { title: 'Concept', nvoAgreements: ['access'], themes: ['access'], conditions: ['housing_variants'], plannedDate: '2026-01-01' },
  })
  await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'access', level: 3, explanation: '', version: null })
  const vision = await editor.plan.addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie', documentDate: '2026-01-15' })
  const kampen = await editor.plan.recordAdoption({
    regionSlug: 'zwolle',
    municipalityCode: 'GM0166',
    visionVersionId: vision.id,
    decisionDate: '2026-02-01',
    decisionUrl: 'https://kampen.example/besluit',
  })
  await api.callerAs('municipality_signatory').plan.confirmAdoption({ adoptionId: kampen.id })
  // Recorded by the region but not yet confirmed by Zwolle's signatory: it must not count.
  await editor.plan.recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0193', visionVersionId: vision.id, decisionDate: '2026-02-08', decisionUrl: 'https://zwolle.example/besluit' })
})
afterAll(() => api.close())

describe('the national region table', () => {
  it("shows each region's published records only, side by side", async () => {
    const { rows, conditionCount } = await api.callerAs('vng_analyst').region.table()
    expect(rows).toHaveLength(44)
    expect(conditionCount).toBe(8)
    const zwolle = rows.find((r) => r.slug === 'zwolle')
    expect(zwolle).toMatchObject({
      agreementCount: 1,
      conditionsCovered: 2,
      overdueCount: 1,
      delayedCount: 0,
      visionVersion: 1,
      adoptedCount: 1,
      completeBasisPoints: 0,
    })
    expect(zwolle?.levels.access).toBe(3)
    expect(zwolle?.levels.codesign).toBeNull()
    expect(zwolle?.lastChange).toBeInstanceOf(Date)
  })

  it('shows a region without any record as empty, not as zero complete', async () => {
    const groningen = (await api.callerAs('vng_analyst').region.table()).rows.find((r) => r.code === 'GM0014')
    expect(groningen).toMatchObject({
      agreementCount: 0,
      conditionsCovered: 0,
      overdueCount: 0,
      visionVersion: null,
      adoptedCount: 0,
      completeBasisPoints: null,
      lastChange: null,
    })
    expect(Object.values(groningen?.levels ?? {}).every((l) => l === null)).toBe(true)
  })

  it('gives the region editor the same published picture of its own region, not its drafts', async () => {
    const zwolle = (await api.callerAs('region_editor').region.table()).rows.find((r) => r.slug === 'zwolle')
    expect(zwolle).toMatchObject({ agreementCount: 1, conditionsCovered: 2, overdueCount: 1 })
  })
})
