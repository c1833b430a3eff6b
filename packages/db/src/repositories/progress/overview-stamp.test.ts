import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '../../testing/index.ts'
import { readOverviewStamp } from './overview-stamp.ts'

// The overview's stamp (ADR 031) moves when a transaction that wrote an input commits: once per
// transaction, never for one that rolls back, and not before the data it stands for is visible.

let test: TestDb
beforeAll(async () => {
  test = await createTestDb()
})
afterAll(() => test.close())

const addMoment = (label: string) => sql`insert into decision_moment (moment_date, label, created_by_label) values ('2031-01-01'::date + ${label.length}::integer, ${label}, 'test')`

describe('the overview stamp', () => {
  it('moves once when a transaction that wrote inputs commits, however many statements it ran', async () => {
    const before = await readOverviewStamp(test.db)
    await test.db.transaction().execute(async (trx) => {
      await addMoment('a').execute(trx)
      await sql`update region set name = name`.execute(trx)
      await sql`update nvo_level set level = level where false`.execute(trx)
      // Inside the transaction nothing has moved yet: the stamp moves with the commit.
      expect(await readOverviewStamp(trx)).toBe(before)
    })
    expect(BigInt(await readOverviewStamp(test.db))).toBe(BigInt(before) + 1n)
    expect((await sql<{ n: number }>`select count(*)::int as n from overview_stamp_pending`.execute(test.db)).rows[0]?.n).toBe(0)
  })

  it('moves for a single statement outside a transaction', async () => {
    const before = await readOverviewStamp(test.db)
    await addMoment('bb').execute(test.db)
    expect(BigInt(await readOverviewStamp(test.db))).toBe(BigInt(before) + 1n)
  })

  it('stays put when the writing transaction rolls back, also after a savepoint rolled back', async () => {
    const before = await readOverviewStamp(test.db)
    await test.db
      .transaction()
      .execute(async (trx) => {
        await addMoment('ccc').execute(trx)
        throw new Error('roll back')
      })
      .catch(() => undefined)
    expect(await readOverviewStamp(test.db)).toBe(before)
    await test.db.transaction().execute(async (trx) => {
      await sql`savepoint s`.execute(trx)
      await addMoment('dddd').execute(trx)
      await sql`rollback to savepoint s`.execute(trx)
      await addMoment('eeeee').execute(trx)
    })
    expect(BigInt(await readOverviewStamp(test.db))).toBe(BigInt(before) + 1n)
  })

  it('stays put for writes to tables the overview does not read', async () => {
    const before = await readOverviewStamp(test.db)
    await sql`update app_user set name = name`.execute(test.db)
    expect(await readOverviewStamp(test.db)).toBe(before)
  })
})
