import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouterOutputs } from '../../index.ts'
import { createApiTest } from '../../testing.ts'

// Derived progress of blocks 1 and 7, the region comparison and the status trend (issue 13), from
// records entered through the API. The test database has no agreements and no indicator values at first.
type Api = Awaited<ReturnType<typeof createApiTest>>
type Derived = RouterOutputs['overview']['buildingBlock']['derived']
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const national = (d: Derived) => (d?.kind === 'national_agreements' ? d : undefined)
const model = (d: Derived) => (d?.kind === 'distribution_model' ? d : undefined)
const block = (who: Parameters<Api['callerAs']>[0], number: number) => api.callerAs(who).overview.buildingBlock({ number })

async function enter(slug: string, period: string, values: { indicatorKey: string; value?: string; numerator?: string; denominator?: string }[]) {
  await api.callerAs('vng_analyst').indicator.saveValues({
    regionSlug: slug,
    period,
    values: values.map((v) => ({ state: 'final', value: v.value ?? '', numerator: v.numerator ?? '', denominator: v.denominator ?? '', indicatorKey: v.indicatorKey })),
  })
}

describe('block 7: housing places and the share of beschermd thuis', () => {
  it('has no figure and no period before any region reported; every region counts as without figure', async () => {
    const empty = national((await block('anonymous', 7)).derived)
    expect(empty?.housing).toMatchObject({ year: null, total: 0, reportedCount: 0, notReportedCount: 44 })
    expect(empty?.homeShare).toMatchObject({ period: null, reportedCount: 0, withoutFigureCount: 44, national: { shareBasisPoints: null } })
  })

  it('withholds a distribution over fewer than three regions from anonymous visitors, shows it when signed in', async () => {
    await enter('zwolle', '2025-H2', [{ indicatorKey: 'bw_home_share', numerator: '30', denominator: '100' }])
    await enter('groningen', '2025-H2', [{ indicatorKey: 'bw_home_share', numerator: '90', denominator: '100' }])
    const anonymous = national((await block('anonymous', 7)).derived)
    expect(anonymous?.homeShare).toMatchObject({ period: '2025-H2', withheld: true, national: null, reportedCount: 2 })
    expect(anonymous?.homeShare.bands.every((b) => b.count === null && b.regions.length === 0)).toBe(true)
    const analyst = national((await block('vng_analyst', 7)).derived)
    expect(analyst?.homeShare).toMatchObject({ withheld: false, national: { homeClients: 120, allClients: 200, shareBasisPoints: 6000 }, atOrAboveTarget: 1 })
    expect(analyst?.homeShare.bands.find((b) => b.key === '25_50')?.regions).toEqual(['Regio Zwolle'])
  })

  it('sums summed counts over three regions for everyone, never the mean of their shares', async () => {
    await enter('amsterdam', '2025-H2', [{ indicatorKey: 'bw_home_share', numerator: '10', denominator: '800' }])
    const anonymous = national((await block('anonymous', 7)).derived)
    // (30 + 90 + 10) / (100 + 100 + 800) = 13 %; the mean of 30 %, 90 % and 1.25 % would be 40.4 %.
    expect(anonymous?.homeShare.national).toEqual({ homeClients: 130, allClients: 1000, shareBasisPoints: 1300 })
    expect(JSON.stringify(anonymous)).not.toContain('Regio Zwolle')
  })

  it('counts a region’s places only for a whole year and compares the regions when signed in', async () => {
    for (const q of [1, 2, 3, 4]) await enter('zwolle', `2025-Q${q}`, [{ indicatorKey: 'housing_units_added', value: String(q * 2) }])
    for (const q of [1, 2, 3]) await enter('groningen', `2025-Q${q}`, [{ indicatorKey: 'housing_units_added', value: '5' }])
    const page = await block('vng_analyst', 7)
    expect(national(page.derived)?.housing).toMatchObject({ year: 2025, total: 20, reportedCount: 1, complete: false, reported: ['Regio Zwolle'] })
    const rows = new Map(page.comparison?.rows.map((r) => [r.slug, r.values]))
    expect(rows.get('zwolle')).toMatchObject({ thuis: 3000, woonplekken: 20, afspraken: 0 })
    expect(rows.get('groningen')).toMatchObject({ thuis: 9000, woonplekken: null })
    expect(page.comparison?.measures.map((m) => m.key)).toEqual(['thuis', 'woonplekken', 'afspraken'])
    expect(page.indicators.map((i) => i.key)).toEqual(expect.arrayContaining(['housing_units_added', 'bw_home_share']))
    expect((await block('anonymous', 7)).comparison).toBeNull()
  })
})

describe('block 1: objective against historical budgets', () => {
  it('says there is no reference scenario yet and counts every region as without figure', async () => {
    const anonymous = model((await block('anonymous', 1)).derived)
    expect(anonymous).toMatchObject({ scenario: null, withoutFigureCount: 44, medianBasisPoints: null })
  })

  it('reads the reference scenario: a band per region for the signed in, withheld for one region anonymously', async () => {
    const calc = api.callerAs('vng_analyst').calc
    const saved = await calc.save({
      name: 'Zwolle gepubliceerd',
      visibility: 'signed_in',
      parameters: { scope: 'GM0193', startYear: 2022, publishedHistoricalEuros: '140.096.291', publishedObjectiveEuros: '113.750.051' },
    })
    await calc.markReferenceScenario({ scenarioId: saved.id })
    const signedIn = model((await block('region_viewer', 1)).derived)
    // 113,750,051 / 140,096,291 − 1 = −18.81 %: the band "daalt 10 tot en met 20%".
    expect(signedIn?.bands.find((b) => b.key === 'decline_10_20')).toMatchObject({ count: 1, regions: ['Regio Zwolle'] })
    expect(signedIn).toMatchObject({ withFigureCount: 1, withoutFigureCount: 43, declining: 1, rising: 0, medianBasisPoints: -1881 })
    const anonymous = model((await block('anonymous', 1)).derived)
    expect(anonymous).toMatchObject({ withheld: true, medianBasisPoints: null, declining: null })
    expect(anonymous?.bands.every((b) => b.count === null)).toBe(true)
    const zwolle = (await block('region_viewer', 1)).comparison?.rows.find((r) => r.slug === 'zwolle')
    expect(zwolle?.values).toMatchObject({ verandering: -1881, historisch: 14_009_629_100 })
  })
})

describe('region comparison, agreements and status trend', () => {
  it('lists the published agreements tagged with the block for the signed in only', async () => {
    const editor = api.callerAs('region_editor').agreement
    const fields = { title: 'Uitstroomafspraak met de corporaties', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'], buildingBlocks: ['national_purchasing'], plannedDate: '2026-09-01' }
    const created = await editor.create({ regionSlug: 'zwolle', fields })
    await editor.create({ regionSlug: 'zwolle', fields: { ...fields, title: 'Nog een concept' } })
    await editor.publish({ id: created.id, version: created.version })
    const page = await block('steering_member', 6)
    expect(page.derived).toBeNull()
    expect(page.comparison?.measures.map((m) => m.key)).toEqual(['afspraken'])
    expect(page.comparison?.agreements.total).toBe(1) // the draft is not counted
    expect(page.comparison?.agreements.listed).toEqual([expect.objectContaining({ title: 'Uitstroomafspraak met de corporaties', regionSlug: 'zwolle' })])
    expect(page.comparison?.rows.find((r) => r.slug === 'zwolle')?.values).toEqual({ afspraken: 1 })
    expect((await block('anonymous', 6)).comparison).toBeNull()
  })

  it('gives the overview a status trend per block and headline figures for the derived blocks', async () => {
    const overview = await api.callerAs('anonymous').overview.buildingBlocks()
    const seven = overview.blocks.find((b) => b.number === 7)
    expect(seven?.trend).toEqual([{ momentId: expect.any(Number), momentDate: '2020-12-07', label: expect.any(String), notSet: 0, counts: { done: 1, partly_done: 1, done_decision_pending: 1, pending: 0 } }])
    expect(seven?.derived?.figures.map((f) => f.label)).toEqual(['Aandeel beschermd thuis (2025-H2)', 'Gerealiseerde woonplekken (2025)'])
    expect(overview.blocks.find((b) => b.number === 6)?.derived).toBeNull()
    expect(overview.blocks.find((b) => b.number === 2)?.derived?.figures[0]).toMatchObject({ value: 0, unit: 'basisPoints' })
  })
})
