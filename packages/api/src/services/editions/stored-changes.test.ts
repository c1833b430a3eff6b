import { BUILDING_BLOCK_KEYS, CHANGE_RULES_VERSION } from '@bt/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoAgreements } from '../../demo/seed-agreements.ts'
import { seedDemoEditions } from '../../demo/seed-editions.ts'
import { seedDemoIndicatorValues } from '../../demo/seed-indicator-values.ts'
import { createApiTest } from '../../testing.ts'
import { getEditionChanges } from './changes.ts'

// A frozen edition's changes are stored once (ADR 044). They must stay exactly what the pictures give:
// every view of every frozen edition read from the stored rows equals the same view computed afresh
// from the pictures (with no stored rows the first reader computes them), after each way an edition
// gets frozen: the demo seed, freezing through the api, and freezing an edition with an earlier key.

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
const SIGNED_IN = { actor: { userId: 'x', name: 'Lezer', email: 'x@test.example', grants: [] } }

beforeAll(async () => {
  api = await createApiTest()
  await api.db.transaction().execute(async (trx) => {
    await seedDemoAgreements(trx)
    await seedDemoIndicatorValues(trx)
    await seedDemoEditions(trx)
  })
})
afterAll(() => api.close())

/** Every view edition.changes gives of every frozen edition: national, per region, per building block. */
async function everyView() {
  const frozen = await api.db.selectFrom('edition').select('key').where('state', '=', 'frozen').orderBy('key').execute()
  const regions = await api.db.selectFrom('region').select('slug').orderBy('slug').execute()
  const views: Record<string, unknown> = {}
  for (const { key } of frozen) {
    views[key] = await getEditionChanges(api.db, SIGNED_IN, { editionKey: key })
    for (const { slug } of regions) views[`${key} ${slug}`] = await getEditionChanges(api.db, SIGNED_IN, { editionKey: key, regionSlug: slug })
    for (const block of BUILDING_BLOCK_KEYS) views[`${key} ${block}`] = await getEditionChanges(api.db, SIGNED_IN, { editionKey: key, buildingBlock: block })
  }
  return views
}

/** The stored rows per frozen edition, and how many regions with a picture each has. */
async function storedAndPictures() {
  return api.db
    .selectFrom('editionRegion as er')
    .innerJoin('edition as e', 'e.id', 'er.editionId')
    .leftJoin('editionRegionChange as c', (join) => join.onRef('c.editionId', '=', 'er.editionId').onRef('c.regionCode', '=', 'er.regionCode'))
    .select(['e.key', sql<number>`count(er.picture)::int`.as('pictures'), sql<number>`count(c.changes)::int`.as('stored')])
    .where('e.state', '=', 'frozen')
    .groupBy('e.key')
    .orderBy('e.key')
    .execute()
}

/** The views read from the stored rows, then computed from the pictures with no stored row left. */
async function storedThenComputed() {
  const stored = await everyView()
  await sql`delete from edition_region_change`.execute(api.db)
  const computed = await everyView()
  return { stored, computed }
}

async function freeze(editionKey: string) {
  const analyst = api.callerAs('vng_analyst')
  const view = await analyst.edition.get({ editionKey })
  const unfinished = (view.regions ?? []).filter((r) => r.state !== 'confirmed').map((r) => r.slug)
  await analyst.edition.freeze({ editionKey, version: view.edition.version, confirmUnfinished: unfinished })
}

describe('the stored changes of frozen editions', () => {
  it('are filled by the demo seed for every picture and equal the changes computed from the pictures', async () => {
    const counts = await storedAndPictures()
    expect(counts.map((c) => c.key)).toEqual(['2025-H1', '2025-H2'])
    for (const c of counts) expect(c.stored).toBe(c.pictures)
    const { stored, computed } = await storedThenComputed()
    expect(stored).toEqual(computed)
    // The first reader stored them again, by today's rules.
    for (const c of await storedAndPictures()) expect(c.stored).toBe(c.pictures)
    const versions = await api.db.selectFrom('editionRegionChange').select('rulesVersion').distinct().execute()
    expect(versions).toEqual([{ rulesVersion: CHANGE_RULES_VERSION }])
  })

  it('are computed afresh when stored by other rules', async () => {
    const before = await everyView()
    await sql`update edition_region_change set rules_version = rules_version - 1, changes = '[]'`.execute(api.db)
    expect(await everyView()).toEqual(before)
    const versions = await api.db.selectFrom('editionRegionChange').select('rulesVersion').distinct().execute()
    expect(versions).toEqual([{ rulesVersion: CHANGE_RULES_VERSION }])
  })

  it('are filled when the api freezes an edition, and moved when an edition with an earlier key freezes', async () => {
    await freeze('2026-H2')
    const counts = await storedAndPictures()
    expect(counts.map((c) => c.key)).toEqual(['2025-H1', '2025-H2', '2026-H2'])
    for (const c of counts) expect(c.stored).toBe(c.pictures)
    const first = await storedThenComputed()
    expect(first.stored).toEqual(first.computed)

    // An older half year, opened and frozen last (on the indeling of 2025-H1), with Zwolle's picture:
    // 2025-H1 now compares Zwolle with it.
    await api.callerAs('vng_analyst').edition.open({ key: '2024-H2', windowOpens: '2025-06-02', windowCloses: '2025-07-11', dueDate: '2025-07-11' })
    // Zwolle's confirmed picture there: its 2025-H1 picture with one level lower (no consistency checks on the way).
    await sql`update edition_region er set state = 'confirmed', picture = jsonb_set(old.picture, '{levels,0,level}', '0')
      from edition_region old join edition o on o.id = old.edition_id and o.key = '2025-H1'
      where old.region_code = er.region_code and er.region_code = 'GM0193' and er.edition_id = (select id from edition where key = '2024-H2')`.execute(api.db)
    await freeze('2024-H2')
    const moved = await getEditionChanges(api.db, SIGNED_IN, { editionKey: '2025-H1', regionSlug: 'zwolle' })
    expect(moved.previous?.key).toBe('2024-H2')
    const second = await storedThenComputed()
    expect(second.stored).toEqual(second.computed)
  })
})
