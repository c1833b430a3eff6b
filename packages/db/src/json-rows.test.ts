import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selectAsJson } from './json-rows.ts'
import { createTestDb, type TestDb } from './testing/index.ts'

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(() => t.close())

describe('selectAsJson', () => {
  it('returns the same rows as a plain read, in the same order, with camelCase keys, numbers and ISO dates', async () => {
    const query = t.db
      .selectFrom('regionMembership')
      .select((eb) => ['regionCode', 'municipalityCode', 'validFrom', 'indelingVersionId', eb.fn.countAll<number>().over().as('total')])
      .orderBy('municipalityCode', 'desc')
    const plain = await query.execute()
    const asJson = await selectAsJson(t.db, query)
    expect(plain.length).toBeGreaterThan(300)
    expect(asJson).toEqual(plain)
    expect(typeof asJson[0]?.total).toBe('number')
    expect(asJson[0]?.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('returns an empty list for no rows', async () => {
    expect(await selectAsJson(t.db, t.db.selectFrom('region').select(['code']).where('code', '=', 'GM9999'))).toEqual([])
  })
})
