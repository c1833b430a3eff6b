import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findCurrentIndeling, listRegionMembers, listRegions } from './repositories/regions.ts'
import { listBlockTextsAsOf } from './repositories/progress/block-texts.ts'
import { listDecisionMoments } from './repositories/progress/decision-moments.ts'
import { listSubLineStatusesAsOf } from './repositories/progress/sub-lines.ts'
import { findSetting } from './repositories/settings.ts'
import { referenceDataFingerprint, seedReferenceData } from './seed.ts'
import { createTestDb, type TestDb } from './testing/index.ts'

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(() => t.close())

describe('reference seed', () => {
  it('loads all 342 municipalities with inhabitants summing to the source total', async () => {
    const row = await t.db
      .selectFrom('municipality')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('inhabitants').as('sum')])
      .executeTakeFirstOrThrow()
    expect(row.count).toBe(342)
    // seed-data/README.md: the source's inhabitants add up to 18,130,231
    expect(Number(row.sum)).toBe(18_130_231)
  })

  it('places every municipality in exactly one of the 44 example regions', async () => {
    const regions = await listRegions(t.db, { onDate: '2026-01-01' })
    expect(regions).toHaveLength(44)
    expect(regions.reduce((sum, r) => sum + r.municipalityCount, 0)).toBe(342)
    expect(regions.reduce((sum, r) => sum + r.inhabitants, 0)).toBe(18_130_231)
  })

  it('names a region after its centrumgemeente and slugs that name', async () => {
    const regions = await listRegions(t.db, { onDate: '2026-01-01' })
    const zwolle = regions.find((r) => r.code === 'GM0193')
    expect(zwolle).toMatchObject({ name: 'Regio Zwolle', slug: 'zwolle', centralMunicipalityName: 'Zwolle' })
  })

  it('returns dates as ISO strings and counts as numbers', async () => {
    const members = await listRegionMembers(t.db, { regionCode: 'GM0193', onDate: '2026-01-01' })
    expect(members.length).toBeGreaterThan(1)
    expect(members[0]?.validFrom).toBe('2025-01-01')
    const regions = await listRegions(t.db, { onDate: '2026-01-01' })
    expect(typeof regions[0]?.municipalityCount).toBe('number')
  })

  it('marks the shipped indeling as the example one', async () => {
    expect(await findCurrentIndeling(t.db, { onDate: '2026-01-01' })).toMatchObject({ kind: 'example' })
  })

  it('has no members before the example indeling starts', async () => {
    expect(await listRegionMembers(t.db, { regionCode: 'GM0193', onDate: '2024-12-31' })).toEqual([])
  })

  it('seeds the building-block statuses of the seed document for all ten blocks', async () => {
    expect(await listDecisionMoments(t.db)).toEqual([
      { id: expect.any(Number), momentDate: '2020-12-07', label: 'Stand voor het BO van 7 december 2020' },
    ])
    expect(await listBlockTextsAsOf(t.db, { onDate: '2026-01-01' })).toHaveLength(10)
    const lines = await listSubLineStatusesAsOf(t.db, { onDate: '2026-01-01' })
    // DOMAIN.md §2: 17 sub-lines over the ten blocks; block 7 housing stands at (√)
    expect(lines).toHaveLength(17)
    expect(lines.find((l) => l.buildingBlock === 'national_agreements' && l.key === 'housing')?.status).toBe('partly_done')
    expect(await listSubLineStatusesAsOf(t.db, { onDate: '2019-01-01' })).toEqual([])
  })

  it('is idempotent and keeps edits made after the first run', async () => {
    await t.db.updateTable('referenceText').set({ title: 'Aangepast' }).where('key', '=', 'codesign').execute()
    // As after a change to the seed: the fingerprint differs, so every step runs again.
    await t.db.deleteFrom('appSetting').where('key', '=', 'reference_data_fingerprint').execute()
    await seedReferenceData(t.db)
    const counts = await t.db
      .selectFrom('regionMembership')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(counts.n).toBe(342)
    const text = await t.db
      .selectFrom('referenceText')
      .select('title')
      .where('kind', '=', 'nvo_agreement')
      .where('key', '=', 'codesign')
      .executeTakeFirstOrThrow()
    expect(text.title).toBe('Aangepast')
  })

  it('leaves a database seeded with the same data and code alone: one read, no writes', async () => {
    const statements: string[] = []
    const counting: KyselyPlugin = {
      transformQuery: (args) => (statements.push(t.db.getExecutor().compileQuery(args.node, args.queryId).sql), args.node),
      transformResult: (args) => Promise.resolve(args.result),
    }
    await seedReferenceData(t.db.withPlugin(counting))
    expect(statements).toEqual([expect.stringMatching(/^select "value" from "app_setting"/)])
  })

  it('seeds again when the fingerprint it stored differs from the code and data', async () => {
    await t.db.updateTable('appSetting').set({ value: JSON.stringify('older') }).where('key', '=', 'reference_data_fingerprint').execute()
    await t.db.deleteFrom('referenceText').where('kind', '=', 'nvo_theme').execute()
    await seedReferenceData(t.db)
    expect((await t.db.selectFrom('referenceText').select('key').where('kind', '=', 'nvo_theme').execute()).length).toBeGreaterThan(0)
    expect(await findSetting(t.db, { key: 'reference_data_fingerprint' })).toBe(referenceDataFingerprint())
  })
})
