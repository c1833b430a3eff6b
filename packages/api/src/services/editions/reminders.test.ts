import { createDb, type DB, type Kysely } from '@bt/db'
import { makeWorkerUtils, runMigrations } from 'graphile-worker'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JOBS, type JobDeps } from '../../jobs/definitions.ts'
import { startGraphileRunner } from '../../jobs/graphile.ts'
import { createApiTest } from '../../testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api

beforeAll(async () => {
  api = await createApiTest()
  // Due on 5 March: TEST_NOW (2 March) lies in the week before it.
  await api.callerAs('vng_analyst').edition.open({ key: '2026-H1', windowOpens: '2026-03-01', windowCloses: '2026-03-05', dueDate: '2026-03-05' })
})
afterAll(() => api.close())

/** A second, independent connection pool on the same database (PostgreSQL); PGlite has one process. */
async function secondPool(): Promise<{ db: Kysely<DB>; close: () => Promise<void> }> {
  if (!api.url) return { db: api.db, close: async () => {} }
  const db = await createDb({ kind: 'postgres', url: api.url, maxConnections: 2 })
  return { db, close: () => db.destroy() }
}

const deps = (db: Kysely<DB>, now: Date): JobDeps => ({ db, now: () => now, throttle: { windowMinutes: 15 }, send: null, publicUrl: 'https://portaal.example' })

async function reminders(sourceSuffix: string) {
  return api.db
    .selectFrom('notification')
    .select(['userId', 'sourceKey'])
    .where('kind', '=', 'edition_reminder')
    .where('sourceKey', 'like', `%:reminder:${sourceSuffix}`)
    .execute()
}

/** Region editors (and, after the due date, advisers) of the regions that have not submitted. */
async function expectedRecipients(withAdvisers: boolean): Promise<number> {
  const rows = await api.db
    .selectFrom('roleGrant as g')
    .innerJoin('editionRegion as er', 'er.regionCode', 'g.regionCode')
    .select(['g.userId', 'g.regionCode'])
    .distinct()
    .where('g.role', 'in', withAdvisers ? ['region_editor', 'vng_adviser'] : ['region_editor'])
    .execute()
  return rows.length
}

describe('edition reminders', () => {
  it('reminds each editor once before the due date, and editors and advisers once after it, from two workers with two pools', async () => {
    const second = await secondPool()
    try {
      const before = new Date('2026-03-02T09:00:00Z')
      for (let round = 0; round < 3; round += 1) {
        await Promise.all([JOBS.edition_reminders.run(deps(api.db, before)), JOBS.edition_reminders.run(deps(second.db, before))])
      }
      const sent = await reminders('before')
      expect(sent.length).toBe(await expectedRecipients(false))
      expect(sent.length).toBeGreaterThan(0)
      expect(new Set(sent.map((r) => `${r.userId}/${r.sourceKey}`)).size).toBe(sent.length)

      const after = new Date('2026-03-06T09:00:00Z')
      const results = await Promise.all([JOBS.edition_reminders.run(deps(api.db, after)), JOBS.edition_reminders.run(deps(second.db, after))])
      const late = await reminders('after')
      expect(late.length).toBe(await expectedRecipients(true))
      expect(results[0].reminded + results[1].reminded).toBe(late.length)
      const mails = await api.db.selectFrom('mailMessage').select(['recipientUserId', 'subject']).where('kind', '=', 'edition_reminder').execute()
      expect(new Set(mails.map((m) => `${m.recipientUserId}/${m.subject}`)).size).toBe(mails.length)
    } finally {
      await second.close()
    }
  })

  it.skipIf(!process.env.TEST_DATABASE_URL || process.env.TEST_DB_ENGINE !== 'postgres')(
    'runs through graphile-worker on two instances once per person',
    { timeout: 60_000 },
    async () => {
      const url = api.url ?? ''
      await runMigrations({ connectionString: url })
      await api.db.deleteFrom('notification').where('kind', '=', 'edition_reminder').execute()
      const second = await secondPool()
      const now = new Date('2026-03-06T10:00:00Z')
      const runners = await Promise.all([
        startGraphileRunner({ connectionString: url, deps: deps(api.db, now), maxConnections: 3 }),
        startGraphileRunner({ connectionString: url, deps: deps(second.db, now), maxConnections: 3 }),
      ])
      const utils = await makeWorkerUtils({ connectionString: url })
      try {
        await Promise.all([utils.addJob('edition_reminders', {}), utils.addJob('edition_reminders', {}), utils.addJob('edition_reminders', {})])
        const deadline = Date.now() + 30_000
        for (;;) {
          const jobs = await utils.withPgClient((client) => client.query("select count(*)::int as n from graphile_worker.jobs where task_identifier = 'edition_reminders'"))
          if (jobs.rows[0]?.n === 0 || Date.now() > deadline) break
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
      } finally {
        await utils.release()
        await Promise.all(runners.map((r) => r.stop()))
        await second.close()
      }
      const late = await reminders('after')
      expect(late.length).toBe(await expectedRecipients(true))
      expect(new Set(late.map((r) => `${r.userId}/${r.sourceKey}`)).size).toBe(late.length)
    },
  )
})
