import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoReferenceScenario } from '../../demo/seed-reference-scenario.ts'
import { createApiTest, TEST_NOW } from '../../testing.ts'
import { getRegionIndicators } from './region-section.ts'

// The region page's compact table (ADR 043) against the monitoring page's series it summarises.
type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const waiting = (value: string) => [{ indicatorKey: 'waiting_list_bw', state: 'final' as const, value, numerator: '', denominator: '' }]

describe('the latest figure per indicator of a region', () => {
  it('names the latest period with a figure for the region, not a later one only other regions have', async () => {
    // Zwolle's newest figure is 2030-H1; only Groningen has one for 2030-H2.
    await api.callerAs('region_editor').indicator.saveValues({ regionSlug: 'zwolle', period: '2030-H1', values: waiting('4321') })
    await api.callerAs('other_region_editor').indicator.saveValues({ regionSlug: 'groningen', period: '2030-H2', values: waiting('999') })
    const reader = api.callerAs('region_editor').indicator
    // The first read computes the new periods and stores them; both below read what was stored.
    await reader.regionSection({ slug: 'zwolle' })
    const [section, latest] = await Promise.all([reader.regionSection({ slug: 'zwolle' }), reader.regionLatest({ slug: 'zwolle' })])

    const series = section.sections.find((s) => s.indicator.key === 'waiting_list_bw')?.series ?? []
    expect(series.at(-1)?.period).toBe('2030-H2')
    expect(series.at(-1)?.regionValue).toBeNull()
    expect(latest.rows.find((r) => r.indicator.key === 'waiting_list_bw')).toMatchObject({ period: '2030-H1', regionValue: 4321 })

    // Every row is the series' last point with a value of the region, its national figure beside it.
    expect(latest.rows.map((r) => r.indicator.key)).toEqual(section.sections.map((s) => s.indicator.key))
    for (const row of latest.rows) {
      const points = section.sections.find((s) => s.indicator.key === row.indicator.key)?.series ?? []
      // A partial sum has no value: then the last point with any of the region's municipalities.
      const point = [...points].reverse().find((p) => p.regionValue !== null) ?? [...points].reverse().find((p) => p.regionCompleteness !== 'empty')
      expect(row, row.indicator.key).toMatchObject({ period: point?.period, regionValue: point?.regionValue, nationalValue: point?.nationalValue })
    }
    expect(latest.rows.length).toBeGreaterThan(5)
  })

  it('shows a new figure and a new explanation at once', async () => {
    const editor = api.callerAs('region_editor').indicator
    const before = await editor.regionLatest({ slug: 'zwolle' })
    expect(before.rows.find((r) => r.indicator.key === 'waiting_list_bw')?.hasExplanation).toBe(false)

    await editor.saveValues({ regionSlug: 'zwolle', period: '2030-H2', values: waiting('4300') })
    await editor.saveExplanation({ regionSlug: 'zwolle', indicatorKey: 'waiting_list_bw', body: 'De wachtlijst is opgeschoond.', version: null })
    const after = await editor.regionLatest({ slug: 'zwolle' })
    expect(after.rows.find((r) => r.indicator.key === 'waiting_list_bw')).toMatchObject({ period: '2030-H2', regionValue: 4300, hasExplanation: true })
  })

  it('gives an anonymous visitor the public statistics only, with the note saying so', async () => {
    const [section, latest] = await Promise.all([
      api.callerAs('anonymous').indicator.regionSection({ slug: 'zwolle' }),
      api.callerAs('anonymous').indicator.regionLatest({ slug: 'zwolle' }),
    ])
    expect(latest.rows.map((r) => r.indicator.key)).toEqual(section.sections.map((s) => s.indicator.key))
    expect(latest.rows.map((r) => r.indicator.key)).not.toContain('waiting_list_bw')
    expect(latest.note).toBe(section.note)
    expect(latest.note).toMatch(/na inloggen/)
  })

  it('answers NOT_FOUND for an unknown region', async () => {
    await expect(api.callerAs('anonymous').indicator.regionLatest({ slug: 'bestaat-niet' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('is kept per stamp of records that cover every table its computation reads', async () => {
    // With a reference scenario, so the money indicators read what they are computed from.
    await api.db.transaction().execute((trx) => seedDemoReferenceScenario(trx, TEST_NOW, '2026-03-02'))
    const read = await api.db.transaction().execute(async (trx) => {
      const scans = () => sql<{ relname: string; scans: string }>`select relname, (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text as scans from pg_stat_xact_user_tables`.execute(trx)
      const before = new Map((await scans()).rows.map((r) => [r.relname, r.scans]))
      // A transaction is a handle of its own: nothing kept, so this computes for both tiers.
      await getRegionIndicators(trx, { actor: null, today: '2026-03-02' }, { slug: 'zwolle' })
      await getRegionIndicators(trx, { actor: api.actors.region_editor, today: '2026-03-02' }, { slug: 'zwolle' })
      return (await scans()).rows.filter((r) => r.scans !== before.get(r.relname)).map((r) => r.relname)
    })
    const triggered = await sql<{ table: string }>`select c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname like '%\_overview\_stamp'`.execute(api.db)
    // Explanations are read on every view; the maintained aggregates are computed from indicator
    // values; the reference scenario's owner and data set label are read with it but make no figure.
    const inputs = read.filter((table) => !['indicator_explanation', 'indicator_aggregate', 'app_user', 'calc_dataset'].includes(table))
    expect(inputs).toEqual(expect.arrayContaining(['indicator_value', 'agreement_revision', 'council_adoption', 'scenario', 'municipality_statistic']))
    expect(inputs.filter((table) => !triggered.rows.some((r) => r.table === table))).toEqual([])
  })
})
