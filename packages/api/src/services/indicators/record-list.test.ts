import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

// The records behind a record indicator (issue 12 item 3: "with the records that made it listed where
// it is shown"): per region, every council, NvO agreement, condition or agreement the figure counted.
// The rows that count are the region's numerator and all rows its denominator; drafts never appear;
// an anonymous visitor gets none.

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
const KEYS = ['regional_vision_adopted', 'nvo_agreements_met', 'conditions_covered', 'agreements_on_time'] as const

beforeAll(async () => {
  api = await createApiTest()
  const editor = api.callerAs('region_editor')
  const vision = await editor.plan.addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie Zwolle', documentDate: '2026-01-15' })
  const kampen = await editor.plan.recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', visionVersionId: vision.id, decisionDate: '2026-02-01', decisionUrl: 'https://kampen.example/besluit' })
  await api.callerAs('municipality_signatory').plan.confirmAdoption({ adoptionId: kampen.id })
  await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'access', level: 3, explanation: 'Afgesproken', version: null })
  const due = await editor.agreement.create({ regionSlug: 'zwolle', fields: { title: 'Nachtopvang Zwolle', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'], plannedDate: '2026-01-31' } })
  await editor.agreement.publish({ id: due.id, version: due.version })
  await editor.agreement.create({ regionSlug: 'zwolle', fields: { title: 'Concept: nog niet gepubliceerd', nvoAgreements: ['access'], themes: ['access'], conditions: ['affordable_housing'], plannedDate: '2026-01-31' } })
})
afterAll(() => api.close())

async function zwolle(key: (typeof KEYS)[number]) {
  const figures = await api.callerAs('vng_analyst').indicator.figures({ key, recordsOf: 'GM0193' })
  return { region: figures.regions?.find((r) => r.code === 'GM0193'), list: figures.recordList }
}

describe('records behind a record indicator', () => {
  it.each(KEYS)('%s: the rows that count are the region figure’s numerator, all rows its denominator', async (key) => {
    const { region, list } = await zwolle(key)
    expect(list?.regionName).toBe('Regio Zwolle')
    expect(list?.rows.filter((r) => r.counts).length).toBe(region?.numerator)
    expect(list?.rows.length).toBe(region?.denominator)
    expect(list).toMatchObject({ numerator: region?.numerator, denominator: region?.denominator })
  })

  it.each(['nvo_agreements_met', 'conditions_covered'] as const)('%s: a region with no level and no published agreement has 0 of 8, as its list shows', async (key) => {
    const figures = await api.callerAs('vng_analyst').indicator.figures({ key, recordsOf: 'GM0014' })
    expect(figures.regions?.find((r) => r.code === 'GM0014')).toMatchObject({ numerator: 0, denominator: 8 })
    expect(figures.recordList).toMatchObject({ regionName: 'Regio Groningen', numerator: 0, denominator: 8 })
  })

  it('names the councils with their confirmed decision, and the agreements behind a condition; drafts never', async () => {
    const councils = (await zwolle('regional_vision_adopted')).list?.rows ?? []
    expect(councils.find((r) => r.key === 'GM0166')).toMatchObject({ label: 'Kampen', counts: true, date: '2026-02-01' })
    expect(councils.find((r) => r.key === 'GM0193')).toMatchObject({ label: 'Zwolle', counts: false, date: null })
    const conditions = (await zwolle('conditions_covered')).list?.rows ?? []
    expect(conditions).toHaveLength(8)
    expect(conditions.find((r) => r.key === 'low_threshold_access')).toMatchObject({ counts: true, agreements: [{ title: 'Nachtopvang Zwolle' }] })
    expect(conditions.find((r) => r.key === 'affordable_housing')).toMatchObject({ counts: false, agreements: [] })
    const due = (await zwolle('agreements_on_time')).list?.rows ?? []
    expect(due).toEqual([expect.objectContaining({ label: 'Nachtopvang Zwolle', counts: false, date: '2026-01-31', delayCount: 0 })])
    const levels = (await zwolle('nvo_agreements_met')).list?.rows ?? []
    expect(levels.find((r) => r.key === 'access')).toMatchObject({ counts: true, level: 3 })
    expect(levels).toHaveLength(8)
  })

  it('gives an anonymous visitor no records, and nothing for a region that does not exist', async () => {
    const anonymous = await api.callerAs('anonymous').indicator.figures({ key: 'conditions_covered', recordsOf: 'GM0193' })
    expect(anonymous.recordList).toBeNull()
    expect((await api.callerAs('vng_analyst').indicator.figures({ key: 'conditions_covered', recordsOf: 'GM0166' })).recordList).toBeNull()
  })

  it('lists nothing for an indicator that is not computed from the records', async () => {
    expect((await api.callerAs('vng_analyst').indicator.figures({ key: 'wmo_clients', recordsOf: 'GM0193' })).recordList).toBeNull()
  })
})
