import { SCENARIO_FORM_DEFAULTS } from '@bt/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

// Issue 18's fidelity items through the API, on the example data set (voorbeeldbedragen, seed
// 2026), each from the seeds' numbers: what a finance officer would check first.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const run = (input: Parameters<ReturnType<typeof api.callerAs>['calc']['run']>[0]) =>
  api.callerAs('region_editor').calc.run(input)
const check = (input: Parameters<ReturnType<typeof api.callerAs>['calc']['checkResidence']>[0]) =>
  api.callerAs('region_viewer').calc.checkResidence(input)
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
// basis points of an amount as the one allocator rounds it (an exact half cent stays in the rest).
const part = (cents: number, basisPoints: number) => Math.ceil((cents * basisPoints) / 10_000 - 0.5)

describe('item 1: BW and MO are separate budgets', () => {
  it('withdraws the Wlz 30% from BW only and keeps MO with the centrumgemeenten', async () => {
    const base = await run({ scope: 'nation' })
    const moreMo = await run({ scope: 'nation', moMacroBudgetEuros: '400.000.000' })
    expect(moreMo.pipeline.wlzWithdrawalCents).toBe(base.pipeline.wlzWithdrawalCents)
    expect(moreMo.pipeline.distributableCents).toBe(base.pipeline.distributableCents)
    expect(sum(moreMo.municipalities.map((m) => m.moCents))).toBe(40_000_000_000)
    // Only the centrumgemeenten hold MO, so only they change.
    for (const m of moreMo.municipalities.filter((m) => !m.isCentral)) {
      const before = base.municipalities.find((b) => b.code === m.code)!
      expect(m.amountsByYear).toEqual(before.amountsByYear)
    }
  })

  it("keeps a region's total BW + MO, comparable with published region figures", async () => {
    const { regions, municipalities } = await run({ scope: 'GM0193' })
    const zwolle = regions[0]!
    expect(zwolle.historicalCents).toBe(sum(municipalities.map((m) => m.historicalCents)))
    const centre = municipalities.find((m) => m.code === 'GM0193')!
    expect(centre.moCents).toBeGreaterThan(0)
  })
})

describe('item 2: the ex-post settlement compares with the withdrawal it corrects', () => {
  it("settles against the 2021 withdrawal, not the scenario year's macrobudget", async () => {
    const base = (await run({ scope: 'nation' })).wlz!
    const otherYear = (await run({ scope: 'nation', macroBudgetEuros: '2.000.000.000' })).wlz!
    expect(otherYear.withdrawalYear).toBe(2021)
    expect(otherYear.lines.map((l) => l.exAnteCents)).toEqual(base.lines.map((l) => l.exAnteCents))
    const given = (await run({ scope: 'nation', wlzExAnteMacroBudgetEuros: '1.000.000.000' })).wlz!
    expect(given.exAnteTotalCents).toBe(30_000_000_000) // 30% of €1 billion
    expect(sum(given.lines.map((l) => l.exAnteCents))).toBe(30_000_000_000)
  })

  it('takes a second round, a counting window and a tariff for non-BW clients', async () => {
    const first = (await run({ scope: 'GM0193' })).wlz!.lines[0]!
    const second = (await run({ scope: 'GM0193', wlzPreviousSettlementEuros: '-1.000.000' })).wlz!
      .lines[0]!
    expect(second.previousSettlementCents).toBe(-100_000_000)
    expect(second.settlementCents).toBe(first.settlementCents + 100_000_000)
    const window = (await run({ scope: 'GM0193', wlzCountFrom: '2021-07-01' })).wlz!.lines[0]!
    expect(window.countedClients).toBeLessThan(first.countedClients)
    const all = ['bw', 'otherWmo', 'nonWmo']
    const own = (await run({ scope: 'GM0193', wlzOrigins: all })).wlz!.lines[0]!
    const tariff = (await run({ scope: 'GM0193', wlzOrigins: all, wlzNonBwTariffEuros: '1' })).wlz!
      .lines[0]!
    expect(tariff.disappearingCostsCents).toBeLessThan(own.disappearingCostsCents)
  })
})

describe('item 3: IJssel-Vecht', () => {
  it('shares by the Wmo-integratie-uitkering by default and caps BW (€2,324,582) and MO (€4,334,882) apart', async () => {
    const { sharing, municipalities } = await run({
      ...SCENARIO_FORM_DEFAULTS,
      scope: 'GM0193',
      sharingModel: 'appropriateShare',
      retentionKind: 'percentage',
    })
    const budget = sharing!.figures.budgetCents!
    const mo = municipalities.find((m) => m.code === 'GM0193')!.moCents
    expect(sharing!.figures.retainedCents).toBe(
      Math.min(part(budget - mo, 250), 232_458_200) + Math.min(part(mo, 250), 433_488_200),
    )
    // The passend aandeel follows the Wmo-integratie-uitkering, not inhabitants.
    const byInhabitants = await run({
      ...SCENARIO_FORM_DEFAULTS,
      scope: 'GM0193',
      sharingModel: 'appropriateShare',
      shareBase: 'inhabitants',
      retentionKind: 'percentage',
    })
    expect(sharing!.lines.map((l) => l.shareBasisPoints)).not.toEqual(
      byInhabitants.sharing!.lines.map((l) => l.shareBasisPoints),
    )
  })
})

describe('item 4: Gooi en Vechtstreek', () => {
  it('carries the reserve from year to year, capped at €2 million', async () => {
    const { sharing, years, pipeline } = await run({
      scope: 'GM0193',
      sharingModel: 'inhabitantsWithReserve',
      actualCostsPercent: '98',
      reserveBalanceEuros: '0',
    })
    const balances = sharing!.reserveBalanceAfterCentsByYear!
    expect(balances).toHaveLength(years.length)
    // From the budget year on the reserve grows by each year's surplus until it reaches the cap.
    const fromBudgetYear = balances.slice(pipeline.step)
    for (const [k, balance] of fromBudgetYear.entries()) {
      if (k > 0) expect(balance).toBeGreaterThanOrEqual(fromBudgetYear[k - 1]!)
      expect(balance).toBeLessThanOrEqual(200_000_000)
    }
    expect(fromBudgetYear.at(-1)).toBe(200_000_000)
    expect(fromBudgetYear[1]).toBeGreaterThan(fromBudgetYear[0]!)
  })
})

describe("item 5: a region's published amounts", () => {
  it('takes Regio Zwolle from €140,096,291 to €113,750,051 with €126,923,171 in 2026, members adding up', async () => {
    const result = await run({
      scope: 'GM0193',
      startYear: 2022,
      publishedHistoricalEuros: '140.096.291',
      publishedObjectiveEuros: '113.750.051',
    })
    expect(result.fromPublishedAmounts).toBe(true)
    const zwolle = result.regions[0]!
    expect(result.years.map((y) => y.year)).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031,
    ])
    expect(zwolle.amountsByYear[0]).toBe(14_009_629_100)
    expect(zwolle.amountsByYear[5]).toBe(12_692_317_100)
    expect(zwolle.amountsByYear[10]).toBe(11_375_005_100)
    expect(zwolle.changeBasisPoints).toBe(-1881)
    result.years.forEach((year, k) => {
      expect(sum(result.municipalities.map((m) => m.amountsByYear[k]!))).toBe(year.totalCents)
      expect(year.totalCents).toBe(zwolle.amountsByYear[k])
    })
    // The budget year 2026 is step 5.
    expect(sum(result.municipalities.map((m) => m.budgetYearCents))).toBe(12_692_317_100)
  })
})

describe('hand-typed published amounts with their MO part', () => {
  it('keeps the MO part with the centrumgemeente each year; the members share only BW and add up', async () => {
    const result = await run({
      scope: 'GM0193',
      startYear: 2022,
      publishedHistoricalEuros: '140.096.291',
      publishedObjectiveEuros: '113.750.051',
      publishedHistoricalMoEuros: '30.000.000',
      publishedObjectiveMoEuros: '25.000.000',
    })
    expect(result.fromPublishedAmounts).toBe(true)
    expect(result.moFromPublished).toBe(true)
    const zwolle = result.regions[0]!
    // The region's path is the published one, MO included.
    expect(zwolle.amountsByYear[5]).toBe(12_692_317_100)
    result.years.forEach((year, k) => {
      expect(sum(result.municipalities.map((m) => m.amountsByYear[k]!))).toBe(year.totalCents)
    })
    // 2026 is step 5 of 10: MO halfway from €30,000,000 to €25,000,000, with the centrumgemeente.
    const centre = result.municipalities.find((m) => m.code === 'GM0193')!
    expect(centre.moCents).toBe(2_750_000_000)
    expect(result.municipalities.filter((m) => m.moCents !== 0).map((m) => m.code)).toEqual([
      'GM0193',
    ])
    expect(centre.budgetYearCents).toBeGreaterThan(2_750_000_000)
  })
})

describe('item 6: the periods of the woonplaatsbeginsel are parameters', () => {
  it('lengthens the rule for earlier BW and shortens the new-client window', async () => {
    const input = {
      reportingMunicipalityCode: 'GM0193',
      reportDate: '2026-03-02',
      applicationDate: '2026-03-02',
      addresses: [{ municipalityCode: 'GM0166', startDate: '2010-01-01' }],
      bwEpisodes: [{ municipalityCode: 'GM0014', startDate: '2020-01-01', endDate: '2025-01-02' }],
      applications: [{ municipalityCode: 'GM0193', date: '2025-09-01' }],
    }
    expect((await check(input)).responsible.reason).toBe('ADDRESS_ON_DAY_BEFORE')
    const longer = await check({ ...input, recentBwMonths: '18', lookbackDays: '90' })
    expect(longer.responsible).toMatchObject({
      municipalityCode: 'GM0014',
      reason: 'RECENT_BW_PROVIDER',
    })
    expect((await check(input)).newClient.isNewClient).toBe(false)
    expect(longer.newClient.isNewClient).toBe(true)
  })
})

describe('item 7: the two-part path from an outflow estimate', () => {
  it('derives the schedule from indication end dates (existing clients stay until end 2031)', async () => {
    // Seed 000: step 1 in 2022; existing clients stay with the centrumgemeente while their indication
    // runs. 1,000 existing clients in year zero 2021: 400 until mid-2023, 350 until 2026, 250 until 2031.
    const result = await run({
      scope: 'GM0193',
      startYear: 2022,
      scheduleKind: 'indicationEnds',
      indicationEnds: '400 tot 2023-06-30; 350 tot 2026-12-31; 250 tot 2031-12-31',
    })
    expect(result.parameters.schedule).toMatchObject({
      kind: 'outflow',
      existingClientsByStep: [1000, 1000, 1000, 600, 600, 600, 250, 250, 250, 250, 0],
    })
    expect(result.years.map((y) => y.fraction)).toEqual([
      0, 0, 0, 0.4, 0.4, 0.4, 0.75, 0.75, 0.75, 0.75, 1,
    ])
    // From a 20% yearly outflow rate: 1 − 0.8^k.
    const rate = await run({
      scope: 'GM0193',
      startYear: 2022,
      scheduleKind: 'outflowRate',
      outflowRatePercent: '20',
    })
    expect(rate.years[3]!.fraction).toBeCloseTo(1 - 0.8 ** 3, 6)
  })
})

describe('item 8: plausibility', () => {
  it('warns about price year 2100 at 20% a year, and says why', async () => {
    const { warnings, wlz } = await run({
      scope: 'GM0193',
      wlzPriceYear: '2100',
      wlzIndexPercent: '20',
    })
    expect(sum(wlz!.lines.map((l) => l.disappearingCostsCents))).toBeGreaterThan(1e13)
    expect(warnings.map((w) => w.code)).toEqual(['INDEX_FACTOR', 'WLZ_COSTS'])
    expect(warnings[0]!.message).toMatch(/prijspeiljaar/)
    expect((await run({ scope: 'GM0193' })).warnings).toEqual([])
  })
})
