import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '../../testing/index.ts'
import {
  findEditionRegion,
  freezeEditionIfVersion,
  insertDisputes,
  insertEdition,
  insertEditionEvent,
  insertReviewComments,
  isFrozenEditionError,
  listDisputes,
  listEditionRegions,
  updateEditionRegionIfVersion,
} from './editions.ts'
import { takeRegionPicture } from './picture.ts'

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(() => t.close())

const edition = (key: string) => ({
  key,
  label: `Editie ${key}`,
  referenceDate: '2026-07-01',
  windowOpens: '2026-06-01',
  windowCloses: '2026-07-15',
  dueDate: '2026-07-15',
  bandPeriods: 8,
  bandMadFactor: 3,
  openedByLabel: 'Analist',
})

async function regionCodes(): Promise<string[]> {
  return (await t.db.selectFrom('region').select('code').orderBy('code').limit(2).execute()).map((r) => r.code)
}

/** The error a statement fails with (undefined when it succeeds). */
async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run()
    return undefined
  } catch (error) {
    return error
  }
}

describe('editions in the database', () => {
  it('refuses every change to a frozen edition and its rows, and allows them while open', async () => {
    const [first = '', second = ''] = await regionCodes()
    const id = await t.db.transaction().execute((trx) => insertEdition(trx, edition('2025-H2'), [first, second]))
    const now = new Date('2026-07-02T10:00:00Z')
    const { picture } = await takeRegionPicture(t.db, { regionCode: first, onDate: '2026-07-01', now })
    const version = await t.db.transaction().execute(async (trx) => {
      const v = await updateEditionRegionIfVersion(trx, { editionId: id, regionCode: first, version: 0 }, { state: 'submitted', picture, findings: [], byLabel: 'Redacteur', now })
      await insertEditionEvent(trx, { editionId: id, regionCode: first, action: 'submit', fromState: 'not_started', toState: 'submitted', byUserId: null, byLabel: 'Redacteur' })
      await insertReviewComments(trx, { editionId: id, regionCode: first, reviewRound: 1, authorUserId: null, authorLabel: 'Adviseur' }, [{ itemKey: 'adoptions', body: 'Klopt dit?' }])
      await insertDisputes(trx, { editionId: id, regionCode: first, authorUserId: null, authorLabel: 'Redacteur' }, [{ itemKey: 'adoptions', itemLabel: 'Vaststelling', reason: 'Twee raden besluiten nog.' }])
      return v
    })
    expect(version).toBe(1)
    expect(await t.db.transaction().execute((trx) => freezeEditionIfVersion(trx, { id, version: 1, byLabel: 'Analist', now }))).toBe(true)

    const refused = [
      () => t.db.updateTable('editionRegion').set({ state: 'draft' }).where('editionId', '=', id).where('regionCode', '=', first).execute(),
      () => t.db.updateTable('editionRegion').set({ picture: JSON.stringify({ ...picture, regionName: 'Anders' }) }).where('editionId', '=', id).execute(),
      () => t.db.deleteFrom('editionDispute').where('editionId', '=', id).execute(),
      () => t.db.updateTable('editionDispute').set({ reason: 'Toch niet betwist.' }).where('editionId', '=', id).execute(),
      () => t.db.insertInto('editionDispute').values({ editionId: id, regionCode: second, itemKey: 'adoptions', itemLabel: 'V', reason: 'Te laat.', authorLabel: 'X' }).execute(),
      () => t.db.updateTable('editionReviewComment').set({ body: 'Anders' }).where('editionId', '=', id).execute(),
      () => t.db.insertInto('editionEvent').values({ editionId: id, regionCode: second, action: 'save', fromState: 'not_started', toState: 'draft', byLabel: 'X' }).execute(),
      () => t.db.updateTable('edition').set({ dueDate: '2027-01-01' }).where('id', '=', id).execute(),
      () => t.db.updateTable('edition').set({ state: 'open', frozenAt: null }).where('id', '=', id).execute(),
      () => t.db.deleteFrom('edition').where('id', '=', id).execute(),
      // Even plain SQL, as any client would send it.
      () => sql`update edition_region set state = 'confirmed' where edition_id = ${id}`.execute(t.db),
    ]
    for (const change of refused) {
      const error = await failure(change)
      expect(isFrozenEditionError(error), String(error)).toBe(true)
    }
    const row = await findEditionRegion(t.db, { editionId: id, regionCode: first })
    expect(row?.state).toBe('submitted')
    expect(row?.picture?.regionName).toBe(picture.regionName)
    expect(await listDisputes(t.db, { editionId: id })).toHaveLength(1)
    // Every region's row, or one region's alone (a region page reads only its own picture).
    expect((await listEditionRegions(t.db, { editionId: id })).map((r) => r.regionCode).sort()).toEqual([first, second].sort())
    const slug = (await t.db.selectFrom('region').select('slug').where('code', '=', first).executeTakeFirstOrThrow()).slug
    const own = await listEditionRegions(t.db, { editionId: id, regionSlug: slug })
    expect(own.map((r) => [r.regionCode, r.picture?.regionName])).toEqual([[first, picture.regionName]])
  })

  it('keeps a stale update out and allows one open edition at a time', async () => {
    const [first = ''] = await regionCodes()
    const id = await t.db.transaction().execute((trx) => insertEdition(trx, edition('2026-H1'), [first]))
    const now = new Date()
    const stale = await t.db.transaction().execute((trx) =>
      updateEditionRegionIfVersion(trx, { editionId: id, regionCode: first, version: 5 }, { state: 'draft', byLabel: 'X', now }),
    )
    expect(stale).toBeUndefined()
    const second = await failure(() => t.db.transaction().execute((trx) => insertEdition(trx, edition('2026-H2'), [])))
    expect(String(second)).toMatch(/edition_one_open/)
  })

  it('takes a picture from the published records with levels, plan elements and adoptions', async () => {
    const zwolle = await t.db.selectFrom('region').select('code').where('slug', '=', 'zwolle').executeTakeFirst()
    const code = zwolle?.code ?? (await regionCodes())[0] ?? ''
    const { picture } = await takeRegionPicture(t.db, { regionCode: code, onDate: '2026-07-01', now: new Date('2026-07-01T00:00:00Z') })
    expect(picture.regionCode).toBe(code)
    expect(picture.planElements).toHaveLength(6)
    expect(picture.adoptions.councils).toBeGreaterThan(0)
    expect(picture.takenAt).toBe('2026-07-01T00:00:00.000Z')
  })
})
