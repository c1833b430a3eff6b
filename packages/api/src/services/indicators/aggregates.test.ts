// The maintained aggregates (ADR 017): every write that changes what an aggregate was computed from
// makes it stale in the writing statement itself, and a stored aggregate always equals a fresh one.
import { listStoredAggregates, listStoredAggregatesOf, storeAggregates } from '@bt/db'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'
import { getCatalogueEntry } from './catalogue.ts'
import { rollUpPeriods } from './series.ts'
import { JOBS } from '../../jobs/definitions.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const ZWOLLE = 'GM0193'
const KEY = 'wmo_stay_shelter_clients'

async function zwolleMembers() {
  const rows = await api.db.selectFrom('regionMembership').select('municipalityCode').where('regionCode', '=', ZWOLLE).where('validTo', 'is', null).execute()
  return rows.map((r) => r.municipalityCode).sort()
}

async function importValues(period: string, valueOf: (code: string, i: number) => string) {
  const analyst = api.callerAs('vng_analyst').indicator
  const rows = (await zwolleMembers()).map((code, i) => ({ indicator: KEY, niveau: 'gemeente', gebiedscode: code, periode: period, waarde: valueOf(code, i), bron: 'test' }))
  const preview = await analyst.previewImport({ filename: 'test.csv', rows })
  expect(preview.errors).toEqual([])
  await analyst.commitImport({ importId: preview.importId ?? 0 })
}

async function zwolleFigure(period: string) {
  const [rollUp] = await rollUpPeriods(api.db, await getCatalogueEntry(api.db, KEY), { period })
  return rollUp?.regions.find((r) => r.regionCode === ZWOLLE)?.aggregate
}

async function storedRow(period: string) {
  const [row] = await listStoredAggregates(api.db, { indicatorKey: KEY, period, regions: 'none' })
  return row
}

describe('maintained indicator aggregates', () => {
  it('an import makes exactly its periods stale, and the next read stores the new figures', async () => {
    await importValues('2023-H1', () => '10')
    await importValues('2023-H2', () => '20')
    const members = await zwolleMembers()
    expect(await zwolleFigure('2023-H1')).toMatchObject({ completeness: 'complete', value: 10 * members.length })
    expect(await zwolleFigure('2023-H2')).toMatchObject({ value: 20 * members.length })
    expect(await storedRow('2023-H1')).toMatchObject({ fresh: true })

    await importValues('2023-H1', (_, i) => (i === 0 ? '.' : '11'))
    expect(await storedRow('2023-H1')).toMatchObject({ fresh: false })
    expect(await storedRow('2023-H2')).toMatchObject({ fresh: true })
    expect(await zwolleFigure('2023-H1')).toMatchObject({ completeness: 'partial', covered: members.length - 1, suppressedCount: 1, value: 11 * (members.length - 1) })
    expect(await storedRow('2023-H1')).toMatchObject({ fresh: true })
  })

  it('a stored aggregate equals one computed afresh from the cells', async () => {
    const entry = await getCatalogueEntry(api.db, KEY)
    const stored = await rollUpPeriods(api.db, entry)
    await sql`update indicator_aggregate set stamp = stamp + 1 where indicator_key = ${KEY}`.execute(api.db)
    const fresh = await rollUpPeriods(api.db, entry)
    expect(stored).toEqual(fresh)
    expect(stored.length).toBeGreaterThan(1)
  })

  it('keeps a recomputation stale when a write landed while it ran', async () => {
    await zwolleFigure('2023-H2')
    const before = await storedRow('2023-H2')
    expect(before).toMatchObject({ fresh: true })
    await importValues('2023-H2', () => '21')
    // A reader that read the old stamp stores its (now outdated) figures: the guard refuses them.
    await storeAggregates(api.db, { indicatorKey: KEY, rows: [{ period: '2023-H2', stamp: before?.stamp ?? 0, indelingNote: null, nation: before?.nation ?? null, regions: {} }] })
    expect(await storedRow('2023-H2')).toMatchObject({ fresh: false })
    expect(await zwolleFigure('2023-H2')).toMatchObject({ value: 21 * (await zwolleMembers()).length })
  })

  it('the background job recomputes what an import made stale, so the next reader reads stored rows', async () => {
    await importValues('2024-H1', () => '30')
    await importValues('2024-H2', () => '40')
    expect(await storedRow('2024-H1')).toMatchObject({ fresh: false })
    const result = await JOBS.refresh_indicator_aggregates.run({ db: api.db, now: () => new Date(), throttle: { windowMinutes: 15 }, send: null, publicUrl: 'https://portaal.example' })
    expect(result.refreshed).toContain(KEY)
    const stale = await api.db.selectFrom('indicatorAggregate').select('indicatorKey').where(sql<boolean>`computed_stamp is distinct from stamp`).execute()
    expect(stale).toEqual([])
    expect(await storedRow('2024-H2')).toMatchObject({ fresh: true })
    expect(await zwolleFigure('2024-H2')).toMatchObject({ completeness: 'complete', value: 40 * (await zwolleMembers()).length })
    // Nothing stale: the job does nothing.
    expect(await JOBS.refresh_indicator_aggregates.run({ db: api.db, now: () => new Date(), throttle: { windowMinutes: 15 }, send: null, publicUrl: 'https://portaal.example' })).toEqual({ refreshed: [] })
  })

  it('a change of the indeling makes every aggregate stale; a definition change those of its indicator', async () => {
    await zwolleFigure('2023-H1')
    const first = (await zwolleMembers())[0] ?? ''
    await api.db.updateTable('regionMembership').set({ validFrom: '2000-01-01' }).where('municipalityCode', '=', first).where('validTo', 'is', null).execute()
    const stale = await api.db.selectFrom('indicatorAggregate').select('indicatorKey').where(sql<boolean>`computed_stamp is distinct from stamp`).execute()
    const all = await api.db.selectFrom('indicatorAggregate').select('indicatorKey').execute()
    expect(stale.length).toBe(all.length)

    await zwolleFigure('2023-H1')
    await api.db.updateTable('indicator').set({ aggregation: 'ratio' }).where('key', '=', KEY).execute()
    expect(await storedRow('2023-H1')).toMatchObject({ fresh: false })
    await api.db.updateTable('indicator').set({ aggregation: 'sum' }).where('key', '=', KEY).execute()
  })

  it('reading only the recent periods gives the same last periods as reading them all (a region page)', async () => {
    const RECENT = 1
    const regions = { regionCode: ZWOLLE }
    await JOBS.refresh_indicator_aggregates.run({ db: api.db, now: () => new Date(), throttle: { windowMinutes: 15 }, send: null, publicUrl: 'https://portaal.example' })
    const keys = (await api.db.selectFrom('indicatorAggregate').select('indicatorKey').distinct().execute()).map((r) => r.indicatorKey)
    // A fresh newest period without figures (left after deletes) and a stale one before it: the
    // first does not count toward the recent periods, the second only once recomputed.
    const periods = await listStoredAggregates(api.db, { indicatorKey: KEY, regions: 'none' })
    expect(periods.length).toBeGreaterThan(RECENT + 2)
    const [newest, second] = [periods.at(-1)?.period ?? '', periods.at(-2)?.period ?? '']
    await sql`update indicator_aggregate set nation = null, computed_stamp = stamp where indicator_key = ${KEY} and period = ${newest}`.execute(api.db)
    await sql`update indicator_aggregate set stamp = stamp + 1 where indicator_key = ${KEY} and period = ${second}`.execute(api.db)
    const all = await listStoredAggregatesOf(api.db, { indicatorKeys: keys, regions })
    const recent = await listStoredAggregatesOf(api.db, { indicatorKeys: keys, regions, recent: RECENT })
    expect(recent.get(KEY)?.map((r) => r.period)).toEqual(periods.slice(-RECENT - 2).map((r) => r.period))
    expect([...recent.values()].flat().length).toBeLessThan([...all.values()].flat().length)
    for (const key of keys) {
      const entry = await getCatalogueEntry(api.db, key)
      const fromAll = (await rollUpPeriods(api.db, entry, { regions, stored: all.get(key) ?? [] })).slice(-RECENT)
      const fromRecent = (await rollUpPeriods(api.db, entry, { regions, stored: recent.get(key) ?? [] })).slice(-RECENT)
      expect(fromRecent, key).toEqual(fromAll)
    }
  })

})
