import { createDb, type DB, type Kysely } from '@bt/db'
import { makeWorkerUtils, runMigrations } from 'graphile-worker'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OutgoingMail } from '../notifications/deliver.ts'
import { createApiTest } from '../testing.ts'
import { JOBS, type JobDeps } from './definitions.ts'
import { JOB_RUNNER_APPLICATION, startGraphileRunner } from './graphile.ts'
import { startInProcessRunner } from './in-process.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
const FIELDS = { title: 'Nachtopvang', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] }

beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

/** A second, independent connection pool on the same database (PostgreSQL); PGlite has one process. */
async function secondWorkerDb(): Promise<{ db: Kysely<DB>; close: () => Promise<void> }> {
  if (!api.url) return { db: api.db, close: async () => {} }
  const db = await createDb({ kind: 'postgres', url: api.url, maxConnections: 2 })
  return { db, close: () => db.destroy() }
}

function depsFor(db: Kysely<DB>, sent: OutgoingMail[], now = () => new Date()): JobDeps {
  return { db, now, throttle: { windowMinutes: 15 }, send: async (mail) => void sent.push(mail), publicUrl: 'https://portaal.example' }
}

/** Comments by the viewer on new agreements: one queued mail each for the editor. */
async function queueMails(count: number, title: string) {
  for (let i = 0; i < count; i += 1) {
    const agreement = await api.callerAs('region_editor').agreement.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title: `${title} ${i}` } })
    await api.callerAs('region_viewer').agreement.addComment({ agreementId: agreement.id, parentId: null, body: `Vraag ${i}` })
  }
}

describe('purge_expired', () => {
  it('deletes expired sessions, one-time links and old login failures once, from two workers at once', async () => {
    const now = new Date('2026-03-02T09:00:00Z')
    const userId = api.actors.region_editor?.userId ?? ''
    const past = new Date(now.getTime() - 3_600_000)
    const future = new Date(now.getTime() + 3_600_000)
    await api.db
      .insertInto('session')
      .values([
        { id: 'purge-expired-session', userId, expiresAt: past },
        { id: 'purge-live-session', userId, expiresAt: future },
      ])
      .execute()
    await api.db
      .insertInto('passwordLink')
      .values([
        { id: 'purge-expired-link', userId, purpose: 'invite', expiresAt: past, createdBy: null },
        { id: 'purge-live-link', userId, purpose: 'reset', expiresAt: future, createdBy: null },
      ])
      .execute()
    await api.db
      .insertInto('loginFailure')
      .values([
        { throttleKey: 'account:purge@test.example', attemptedAt: new Date(now.getTime() - 16 * 60_000) },
        { throttleKey: 'account:purge@test.example', attemptedAt: new Date(now.getTime() - 60_000) },
      ])
      .execute()

    const second = await secondWorkerDb()
    try {
      const [a, b] = await Promise.all([
        JOBS.purge_expired.run(depsFor(api.db, [], () => now)),
        JOBS.purge_expired.run(depsFor(second.db, [], () => now)),
      ])
      const total = (key: 'sessions' | 'passwordLinks' | 'loginFailures') => a[key] + b[key]
      expect({ sessions: total('sessions'), passwordLinks: total('passwordLinks'), loginFailures: total('loginFailures') }).toEqual({
        sessions: 1,
        passwordLinks: 1,
        loginFailures: 1,
      })
    } finally {
      await second.close()
    }
    const sessions = await api.db.selectFrom('session').select('id').where('id', 'like', 'purge-%').execute()
    expect(sessions.map((s) => s.id)).toEqual(['purge-live-session'])
    const links = await api.db.selectFrom('passwordLink').select('id').where('id', 'like', 'purge-%').execute()
    expect(links.map((l) => l.id)).toEqual(['purge-live-link'])
    const failures = await api.db.selectFrom('loginFailure').select('id').where('throttleKey', '=', 'account:purge@test.example').execute()
    expect(failures).toHaveLength(1)
  })
})

describe('the in-process runner (embedded PGlite)', () => {
  it('runs the due jobs at start and delivers the outbox', async () => {
    await queueMails(2, 'In proces')
    const sent: OutgoingMail[] = []
    const runner = startInProcessRunner(depsFor(api.db, sent), { tickMs: 60_000 })
    await runner.runDue()
    await runner.stop()
    expect(sent.filter((m) => m.subject.includes('“In proces'))).toHaveLength(2)
  })
})

describe.skipIf(!process.env.TEST_DATABASE_URL || process.env.TEST_DB_ENGINE !== 'postgres')('graphile-worker on PostgreSQL', () => {
  it('runs on a pool of its own (its connections named), which stop() ends', { timeout: 60_000 }, async () => {
    const url = api.url ?? ''
    await runMigrations({ connectionString: url })
    const connections = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where application_name = ${JOB_RUNNER_APPLICATION}`.execute(api.db)).rows[0]?.n
    const runner = await startGraphileRunner({ connectionString: url, deps: depsFor(api.db, []), maxConnections: 2 })
    // graphile-worker's own pool would carry no name: this one is `createPgPool`'s, with its error listeners.
    expect(await connections()).toBeGreaterThan(0)
    await runner.stop()
    // The server ends a backend a moment after its client said goodbye.
    for (let i = 0; i < 50 && (await connections()) !== 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await connections()).toBe(0)
  })
  it('runs a job added on two instances with two pools once per mail', { timeout: 60_000 }, async () => {
    const url = api.url ?? ''
    await runMigrations({ connectionString: url })
    await queueMails(5, 'Twee werkers')
    const sent: OutgoingMail[] = []
    const second = await secondWorkerDb()
    const runners = await Promise.all([
      startGraphileRunner({ connectionString: url, deps: depsFor(api.db, sent), maxConnections: 3 }),
      startGraphileRunner({ connectionString: url, deps: depsFor(second.db, sent), maxConnections: 3 }),
    ])
    const utils = await makeWorkerUtils({ connectionString: url })
    try {
      // Both instances ask for delivery at once, as two portal processes would after two comments.
      await Promise.all([utils.addJob('deliver_mail', {}), utils.addJob('deliver_mail', {}), utils.addJob('purge_expired', {})])
      const deadline = Date.now() + 30_000
      for (;;) {
        const pending = await api.db.selectFrom('mailMessage').select('id').where('status', '<>', 'sent').execute()
        const jobs = await utils.withPgClient((client) => client.query('select count(*)::int as n from graphile_worker.jobs'))
        if ((pending.length === 0 && jobs.rows[0]?.n === 0) || Date.now() > deadline) break
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    } finally {
      await utils.release()
      await Promise.all(runners.map((r) => r.stop()))
      await second.close()
    }
    const mine = sent.filter((m) => m.subject.includes('“Twee werkers'))
    expect(mine).toHaveLength(5)
    expect(new Set(mine.map((m) => m.subject)).size).toBe(5)
    expect(await api.db.selectFrom('mailMessage').select('id').where('status', '<>', 'sent').execute()).toEqual([])
  })
  it('creates each due-item notification once and sends its mail once, from two workers with two pools', { timeout: 90_000 }, async () => {
    const url = api.url ?? ''
    await runMigrations({ connectionString: url })
    const now = () => new Date('2026-03-02T09:00:00Z')
    const editor = api.callerAs('region_editor').agreement
    const ids: number[] = []
    for (let i = 0; i < 4; i += 1) {
      ids.push((await editor.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title: `Bijna verlopen ${i}`, plannedDate: '2026-03-05' } })).id)
    }
    const sent: OutgoingMail[] = []
    const second = await secondWorkerDb()
    const runners = await Promise.all([
      startGraphileRunner({ connectionString: url, deps: depsFor(api.db, sent, now), maxConnections: 3 }),
      startGraphileRunner({ connectionString: url, deps: depsFor(second.db, sent, now), maxConnections: 3 }),
    ])
    const utils = await makeWorkerUtils({ connectionString: url })
    const drained = async () => {
      const deadline = Date.now() + 30_000
      for (;;) {
        const jobs = await utils.withPgClient((client) => client.query('select count(*)::int as n from graphile_worker.jobs'))
        if (jobs.rows[0]?.n === 0 || Date.now() > deadline) return
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    try {
      // Two portal instances both schedule the scan, then both the delivery.
      await Promise.all([utils.addJob('notify_due_items', {}), utils.addJob('notify_due_items', {})])
      await drained()
      await Promise.all([utils.addJob('deliver_mail', {}), utils.addJob('deliver_mail', {})])
      await drained()
    } finally {
      await utils.release()
      await Promise.all(runners.map((r) => r.stop()))
      await second.close()
    }
    const notifications = await api.db
      .selectFrom('notification')
      .select(['userId', 'sourceKey'])
      .where('kind', '=', 'item_due')
      .where('sourceKey', 'in', ids.map((id) => `agreement:${id}:due:2026-03-05`))
      .execute()
    // Regio Zwolle has two editors: one notification each per agreement, never two.
    expect(notifications).toHaveLength(ids.length * 2)
    expect(new Set(notifications.map((n) => `${n.userId} ${n.sourceKey}`)).size).toBe(ids.length * 2)
    const mine = sent.filter((m) => m.subject.includes('“Bijna verlopen'))
    expect(mine).toHaveLength(ids.length * 2)
    expect(new Set(mine.map((m) => `${m.to} ${m.subject}`)).size).toBe(ids.length * 2)
  })
})
