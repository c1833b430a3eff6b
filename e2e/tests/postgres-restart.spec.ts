import { expect, test } from '@playwright/test'
import { e2eEnv } from '../fixtures/env.ts'
import { DEMO, DEMO_PASSWORD } from '../fixtures/login.ts'
import { startPortal, type PortalProcess } from '../fixtures/portal-process.ts'
import { findPostgresBinaries, startThrowawayPostgres, type ThrowawayPostgres } from '../fixtures/throwaway-postgres.ts'
import { restartPort } from '../playwright.config.ts'

// The portal on a PostgreSQL server of its own that the test restarts and stops under light load:
// the process must live through it, answer 503 with the Dutch outage page during the gap (also to
// signed-in users and to writes) and recover by itself.

type Kind = 'page' | 'signed-in page' | 'write' | 'login'
interface Answer {
  kind: Kind
  status: number
  body: string
}

const bindir = findPostgresBinaries()
/** The Dutch outage answer: the error page for pages, a Dutch JSON message for the API. */
const PAGE_OUTAGE = /<h1[^>]*>Tijdelijk niet beschikbaar<\/h1>/
const OUTAGE: Record<Kind, RegExp> = {
  page: PAGE_OUTAGE,
  'signed-in page': PAGE_OUTAGE,
  login: PAGE_OUTAGE,
  write: /database (nu niet bereiken|is tijdelijk niet bereikbaar)/,
}

test.describe('when PostgreSQL restarts under load', () => {
  test.skip(!bindir && !e2eEnv.isCI, 'no PostgreSQL server binaries (apt-get install postgresql, or set PG_BINDIR)')
  test.describe.configure({ timeout: 300_000 })

  let pg: ThrowawayPostgres | undefined
  let portal: PortalProcess | undefined
  let cookie = ''
  let agreementId = 0

  test.beforeAll(async () => {
    test.setTimeout(300_000)
    pg = await startThrowawayPostgres(bindir as string)
    portal = await startPortal({ DATABASE_URL: pg.url, SEED_DEMO: '1' }, restartPort)
    cookie = await signIn(portal.baseURL)
    agreementId = Number(pg.query("SELECT id FROM agreement WHERE region_code = 'GM0193' ORDER BY id LIMIT 1"))
  })

  test.afterAll(async () => {
    await portal?.stop()
    await pg?.remove()
  })

  async function signIn(baseURL: string): Promise<string> {
    const response = await fetch(`${baseURL}/inloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: baseURL, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: DEMO.region_editor, password: DEMO_PASSWORD }),
    })
    const session = response.headers.getSetCookie().find((c) => c.startsWith('bt_session='))
    expect(session, `login answered ${response.status}`).toBeTruthy()
    return (session as string).split(';')[0] as string
  }

  async function send(kind: Kind): Promise<Answer> {
    const base = (portal as PortalProcess).baseURL
    const write = { Origin: base, Cookie: cookie, 'Content-Type': 'application/json' }
    const request: Record<Kind, () => Promise<Response>> = {
      page: () => fetch(`${base}/regio/zwolle`, { redirect: 'manual' }),
      'signed-in page': () => fetch(`${base}/regio/zwolle`, { headers: { Cookie: cookie }, redirect: 'manual' }),
      write: () =>
        fetch(`${base}/api/trpc/agreement.addComment`, {
          method: 'POST',
          headers: write,
          body: JSON.stringify({ json: { agreementId, parentId: null, body: 'Reactie tijdens de herstart' } }),
        }),
      login: () =>
        fetch(`${base}/inloggen`, {
          method: 'POST',
          redirect: 'manual',
          headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ email: DEMO.region_viewer, password: DEMO_PASSWORD }),
        }),
    }
    try {
      const response = await request[kind]()
      return { kind, status: response.status, body: await response.text() }
    } catch (error) {
      // A refused or reset connection: the process is gone or failed to answer.
      return { kind, status: 0, body: String(error) }
    }
  }

  /** What a healthy portal answers for each kind (a login redirects home). */
  const HEALTHY: Record<Kind, number> = { page: 200, 'signed-in page': 200, write: 200, login: 302 }

  /** Clients in a loop (a page, a signed-in page, two writers) until `until` settles. */
  async function underLoad(until: Promise<unknown>): Promise<Answer[]> {
    const answers: Answer[] = []
    let done = false
    void until.finally(() => (done = true))
    const client = async (kind: Kind) => {
      while (!done) answers.push(await send(kind))
    }
    await Promise.all([client('page'), client('signed-in page'), client('write'), client('write'), until])
    return answers
  }

  function tally(answers: Answer[]): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const a of answers) counts[a.status] = (counts[a.status] ?? 0) + 1
    return counts
  }

  async function waitUntilHealthy(): Promise<void> {
    await expect
      .poll(async () => (await fetch(`${(portal as PortalProcess).baseURL}/healthz`)).status, { timeout: 30_000 })
      .toBe(200)
  }

  async function expectFullRecovery(): Promise<void> {
    await waitUntilHealthy()
    for (const kind of ['page', 'signed-in page', 'write', 'login'] as const) {
      const answer = await send(kind)
      expect(answer.status, `${kind} after recovery: ${answer.body.slice(0, 300)}`).toBe(HEALTHY[kind])
    }
  }

  test('pg_ctl restart -m fast: the process lives, answers only 200 or 503, and recovers by itself', async () => {
    const before = await underLoad(new Promise((resolve) => setTimeout(resolve, 1_500)))
    expect(tally(before)).toEqual({ 200: before.length })

    // Three restarts: each cuts connections in the middle of transactions at a different moment.
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    const during: Answer[] = []
    for (let round = 0; round < 3 && portal?.isAlive(); round++) {
      const restart = pause(500).then(() => (pg as ThrowawayPostgres).restart()).then(() => pause(1_500))
      during.push(...(await underLoad(restart)))
    }
    const counts = tally(during)
    test.info().annotations.push({ type: 'restart', description: `answers during the restart: ${JSON.stringify(counts)}` })
    console.log(`PostgreSQL restart under load: ${JSON.stringify(counts)} (process alive: ${portal?.isAlive()})`)

    expect(portal?.isAlive(), `the portal exited:\n${portal?.stderr()}`).toBe(true)
    expect(counts[503], 'requests that met the restart answer 503').toBeGreaterThan(0)
    const wrong = during.filter((a) => a.status !== 200 && a.status !== 503)
    expect(wrong.map((a) => `${a.kind} ${a.status}: ${a.body.slice(0, 200)}`)).toEqual([])
    for (const a of during.filter((x) => x.status === 503)) expect(a.body).toMatch(OUTAGE[a.kind])
    await expectFullRecovery()
  })

  test('while PostgreSQL is down every kind of request answers 503, signed in or not', async () => {
    await (pg as ThrowawayPostgres).stop()
    try {
      for (const kind of ['page', 'signed-in page', 'write', 'login'] as const) {
        const answer = await send(kind)
        expect(answer.status, `${kind}: ${answer.body.slice(0, 300)}`).toBe(503)
        expect(answer.body).not.toMatch(/ECONNREFUSED|Client has encountered|terminating connection/)
        expect(answer.body).toMatch(OUTAGE[kind])
      }
      expect(portal?.isAlive(), `the portal exited:\n${portal?.stderr()}`).toBe(true)
    } finally {
      await (pg as ThrowawayPostgres).start()
    }
    await expectFullRecovery()
    expect(portal?.isAlive()).toBe(true)
  })
})
