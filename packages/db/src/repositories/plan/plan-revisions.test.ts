import { PLAN_ELEMENT_KEYS, type PlanElementKey } from '@bt/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '../../testing/index.ts'
import { publishPlanElement, savePlanElement } from './regional-plan.ts'

// Every publication of a plan element stores the published plan as the region's next revision
// (ADR 034). Publications at the same moment must each get their own number, none lost, and the
// later revision must carry the earlier one's element.
let t: TestDb
let regionCode = ''
beforeAll(async () => {
  t = await createTestDb()
  regionCode = (await t.db.selectFrom('region').select('code').where('slug', '=', 'zwolle').executeTakeFirstOrThrow()).code
})
afterAll(() => t.close())

const now = new Date('2026-11-27T03:00:00Z')

async function save(element: PlanElementKey): Promise<number> {
  const row = await t.db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('planElement').select('version').where('regionCode', '=', regionCode).where('element', '=', element).executeTakeFirst()
    return savePlanElement(trx, { regionCode, element, status: 'in_progress', body: `Tekst ${element}`, version: current?.version ?? null, authorLabel: 'Test', now })
  })
  if (!row) throw new Error(`could not save ${element}`)
  return row.version
}

function publish(element: PlanElementKey, version: number) {
  return t.db.transaction().execute((trx) => publishPlanElement(trx, { regionCode, element, version, authorLabel: 'Test', now }))
}

async function revisions() {
  return t.db.selectFrom('planRevision').select(['number', 'elements']).where('regionCode', '=', regionCode).orderBy('number').execute()
}

describe('plan revisions under concurrent publication', () => {
  it('gives every one of many parallel publications its own revision number, none lost', async () => {
    const before = (await revisions()).length
    const versions = await Promise.all(PLAN_ELEMENT_KEYS.map(async (element) => [element, await save(element)] as const))
    // Each element twice, all at once: twelve publications racing for the next number.
    const results = await Promise.all([...versions, ...versions].map(([element, version]) => publish(element, version)))
    expect(results.every((r) => r !== undefined)).toBe(true)

    const stored = await revisions()
    expect(stored.map((r) => r.number)).toEqual(Array.from({ length: before + results.length }, (_, i) => i + 1))
    // The last revision was stored after every publication committed, so it carries all six elements.
    expect(stored.at(-1)?.elements.map((e) => e.element).sort()).toEqual([...PLAN_ELEMENT_KEYS].sort())
  })

  it.runIf(process.env.TEST_DB_ENGINE === 'postgres')(
    'makes a publication wait for one still open, then takes the next number (PostgreSQL, two connections)',
    async () => {
      const [first, second] = [PLAN_ELEMENT_KEYS[0], PLAN_ELEMENT_KEYS[1]]
      const firstVersion = await save(first)
      const secondVersion = await save(second)
      const before = (await revisions()).length
      let releaseFirst = () => {}
      const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve))
      let firstPublished = () => {}
      const firstInside = new Promise<void>((resolve) => (firstPublished = resolve))
      // The first publication stores its revision and stays open until the second one is blocked.
      const firstDone = t.db.transaction().execute(async (trx) => {
        await publishPlanElement(trx, { regionCode, element: first, version: firstVersion, authorLabel: 'Eerste', now })
        firstPublished()
        await firstHeld
      })
      await firstInside
      const secondDone = publish(second, secondVersion)
      await waitUntilABackendWaitsOnALock()
      releaseFirst()
      await Promise.all([firstDone, secondDone])

      const stored = (await revisions()).slice(before)
      expect(stored.map((r) => r.number)).toEqual([before + 1, before + 2])
      // The second revision saw the first publication, committed while it waited.
      const second_ = stored[1]?.elements.find((e) => e.element === first)
      expect(second_?.version).toBe(firstVersion)
    },
  )
})

/** Poll pg_stat_activity until another backend of this database waits on a lock (never on PGlite). */
async function waitUntilABackendWaitsOnALock() {
  for (let attempt = 0; attempt < 500; attempt++) {
    const waiting = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db)
    if ((waiting.rows[0]?.n ?? 0) > 0) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('the second publication never waited on the first')
}
