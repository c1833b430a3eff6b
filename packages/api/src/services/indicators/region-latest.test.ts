import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoReferenceScenario } from '../../demo/seed-reference-scenario.ts'
import { readOverviewStamp } from '@bt/db'
import { toAmsterdamDate } from '../../context.ts'
import { createApiTest, TEST_NOW } from '../../testing.ts'
import { getRegionLatestIndicators } from './region-latest.ts'
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

  it('serves a repeated view exactly what a fresh computation gives, per tier', async () => {
    for (const role of ['region_editor', 'anonymous'] as const) {
      const actor = role === 'anonymous' ? null : (api.actors.region_editor ?? null)
      const kept = await api.callerAs(role).indicator.regionLatest({ slug: 'zwolle' })
      const again = await api.callerAs(role).indicator.regionLatest({ slug: 'zwolle' })
      // A transaction is a handle of its own: nothing kept there, so this computes from the records.
      const fresh = await api.db.transaction().execute((trx) => getRegionLatestIndicators(trx, { actor, today: toAmsterdamDate(TEST_NOW) }, { slug: 'zwolle' }))
      expect(again).toEqual(kept)
      expect(again).toEqual(fresh)
    }
  })

  it('reads whether the region explained an indicator on every view, without moving the stamp', async () => {
    const editor = api.callerAs('region_editor').indicator
    const key = 'waiting_list_bw'
    const explained = async () => (await editor.regionLatest({ slug: 'zwolle' })).rows.find((r) => r.indicator.key === key)?.hasExplanation
    expect(await explained()).toBe(true) // written in an earlier test
    const stamp = await readOverviewStamp(api.db)
    const current = await sql<{ version: number }>`select version from indicator_explanation where indicator_key = ${key} and region_code = (select code from region where slug = 'zwolle')`.execute(api.db)
    await editor.saveExplanation({ regionSlug: 'zwolle', indicatorKey: key, body: '', version: current.rows[0]?.version ?? null })
    // Explanations are not among the stamp's records: the figures stay kept, the flag is read anew.
    expect(await readOverviewStamp(api.db)).toBe(stamp)
    expect(await explained()).toBe(false)
    // Written straight into the table (another process, no service in between): seen on the next view.
    await sql`update indicator_explanation set body = 'Weer toegelicht.' where indicator_key = ${key} and region_code = (select code from region where slug = 'zwolle')`.execute(api.db)
    expect(await explained()).toBe(true)
  })

  it('shows a value written straight into the table on the next view, and an uncommitted one never', async () => {
    const editor = api.callerAs('region_editor').indicator
    const figure = async () => (await editor.regionLatest({ slug: 'zwolle' })).rows.find((r) => r.indicator.key === 'waiting_list_bw')?.regionValue
    await editor.regionSection({ slug: 'zwolle' }) // stores the aggregates of earlier writes
    expect(await figure()).toBe(4300)
    await api.db
      .transaction()
      .execute(async (trx) => {
        await sql`update indicator_value set value = 4444 where indicator_key = 'waiting_list_bw' and period = '2030-H2' and area_level = 'region' and area_code = (select code from region where slug = 'zwolle')`.execute(trx)
        // The transaction is a handle of its own: it sees its write, and what it computes is kept apart.
        const inside = await getRegionLatestIndicators(trx, { actor: api.actors.region_editor ?? null, today: toAmsterdamDate(TEST_NOW) }, { slug: 'zwolle' })
        expect(inside.rows.find((r) => r.indicator.key === 'waiting_list_bw')?.regionValue).toBe(4444)
        throw new Error('roll back')
      })
      .catch(() => undefined)
    expect(await figure()).toBe(4300)
    await sql`update indicator_value set value = 4400 where indicator_key = 'waiting_list_bw' and period = '2030-H2' and area_level = 'region' and area_code = (select code from region where slug = 'zwolle')`.execute(api.db)
    expect(await figure()).toBe(4400)
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
