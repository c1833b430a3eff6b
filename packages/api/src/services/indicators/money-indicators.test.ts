// The money indicators come from the reference scenario an analyst designates, per region, never typed.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

// Regio Zwolle's published amounts (DOMAIN.md §8): historical €140,096,291, objective €113,750,051.
const PUBLISHED = { scope: 'GM0193', startYear: 2022, publishedHistoricalEuros: '140.096.291', publishedObjectiveEuros: '113.750.051' } as const

describe('money indicators from the reference scenario', () => {
  it('have no figures, and say so, while no reference scenario is designated', async () => {
    const figures = await api.callerAs('vng_analyst').indicator.figures({ key: 'objective_vs_historical' })
    expect(figures).toMatchObject({ noReferenceScenario: true, series: [], regions: null, scenario: null })
  })

  it('compute the region’s objective minus historical budget and its BW budget per inhabitant', async () => {
    const calc = api.callerAs('vng_analyst').calc
    const saved = await calc.save({ name: 'Zwolle gepubliceerd', visibility: 'signed_in', parameters: PUBLISHED })
    await calc.markReferenceScenario({ scenarioId: saved.id })
    const reference = await calc.referenceScenario()
    const year = reference?.result.dataset.budgetYear

    const difference = await api.callerAs('region_viewer').indicator.figures({ key: 'objective_vs_historical' })
    expect(difference).toMatchObject({ noReferenceScenario: false, selectedPeriod: String(year), scenario: { scenarioId: saved.id, scenarioName: 'Zwolle gepubliceerd' } })
    // €113,750,051 − €140,096,291, by hand.
    expect(difference.regions).toEqual([expect.objectContaining({ code: 'GM0193', value: -2_634_624_000, completeness: 'complete' })])
    // One region of the nation: a partial sum is never shown as the national total.
    expect(difference.series[0]).toMatchObject({ value: null, completeness: 'partial', covered: 1 })

    const perInhabitant = await api.callerAs('region_viewer').indicator.figures({ key: 'bw_budget_per_inhabitant' })
    const members = reference?.result.municipalities.filter((m) => m.regionCode === 'GM0193') ?? []
    const budget = members.reduce((sum, m) => sum + m.budgetYearCents - m.moCents, 0)
    const kwb = await sql<{ n: number }>`select sum(inhabitants)::integer as n from municipality_statistic
      where reference_date = '2024-01-01' and municipality_code in (select municipality_code from region_membership where region_code = 'GM0193' and valid_to is null)`.execute(api.db)
    const inhabitants = kwb.rows[0]?.n ?? 0
    expect(inhabitants).toBeGreaterThan(300_000)
    expect(perInhabitant.regions).toEqual([expect.objectContaining({ code: 'GM0193', numerator: budget, denominator: inhabitants, value: budget / inhabitants })])
    // Roughly the €110 national average INDICATORS.md names, not a factor off.
    expect(budget / inhabitants).toBeGreaterThan(5_000)
    expect(budget / inhabitants).toBeLessThan(50_000)
  })

  it('show anonymous visitors no region’s money figure and no scenario id', async () => {
    const anonymous = await api.callerAs('anonymous').indicator.figures({ key: 'objective_vs_historical' })
    expect(anonymous.regions).toBeNull()
    expect(anonymous.scenario?.scenarioId).toBeNull()
    expect(anonymous.series.every((p) => p.value === null)).toBe(true)
    const section = await api.callerAs('anonymous').indicator.regionSection({ slug: 'zwolle' })
    expect(section.sections.map((s) => s.indicator.key)).not.toContain('objective_vs_historical')
  })

  it('cannot be typed in: an import row for them is refused', async () => {
    const preview = await api.callerAs('vng_analyst').indicator.previewImport({
      filename: 'geld.csv',
      rows: [{ indicator: 'objective_vs_historical', niveau: 'regio', gebiedscode: 'GM0193', periode: '2026', waarde: '100' }],
    })
    expect(preview.errors).toEqual([{ row: 2, column: 'indicator', message: expect.stringContaining('berekend') }])
  })
})
