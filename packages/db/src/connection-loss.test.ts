import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from './errors.ts'
import { createTestDb, type TestDb } from './testing/index.ts'

// A connection cut by the server while it is checked out (a restart in the middle of a transaction):
// on PostgreSQL the backend is ended for real with pg_terminate_backend. PGlite has no connections.
const onPostgres = process.env.TEST_DB_ENGINE === 'postgres'

describe.runIf(onPostgres)('a connection the server cuts inside a transaction', () => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb()
  })
  afterAll(() => t.close())

  it('rejects the transaction as an outage, without an unhandled error event, and the pool recovers', async () => {
    const uncaught: unknown[] = []
    const onUncaught = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', onUncaught)
    try {
      const outcome = await t.db
        .transaction()
        .execute(async (trx) => {
          await sql`select pg_terminate_backend(pg_backend_pid())`.execute(trx)
          await sql`select 1`.execute(trx)
        })
        .then(
          () => 'committed',
          (error: unknown) => error,
        )
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(uncaught).toEqual([])
      expect(outcome).toBeInstanceOf(Error)
      expect(isDatabaseUnavailable(outcome)).toBe(true)
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(t.db)
      expect(rows).toEqual([{ one: 1 }])
    } finally {
      process.off('uncaughtException', onUncaught)
    }
  })
})

describe('isDatabaseUnavailable', () => {
  it("counts pg's broken-client error as an outage, not as a query fault", () => {
    expect(isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('relation "x" does not exist'))).toBe(false)
  })
})
