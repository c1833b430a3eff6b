import { expect, test } from '@playwright/test'
import { e2eEnv } from '../fixtures/env.ts'
import { startPortal, type PortalProcess } from '../fixtures/portal-process.ts'
import {
  findPostgresBinaries,
  freePort,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../fixtures/throwaway-postgres.ts'

// Issue 15: the rate limit of the public API and downloads counts in PostgreSQL, so it holds across
// portal processes. Two portals share one real PostgreSQL; one client address alternates between them.

const bindir = findPostgresBinaries()
const LIMIT = 6

test.describe('the public rate limit across two portal processes', () => {
  test.skip(
    !bindir && !e2eEnv.isCI,
    'no PostgreSQL server binaries (apt-get install postgresql, or set PG_BINDIR)',
  )
  test.describe.configure({ timeout: 300_000 })

  let pg: ThrowawayPostgres | undefined
  const portals: PortalProcess[] = []

  test.beforeAll(async () => {
    test.setTimeout(300_000)
    pg = await startThrowawayPostgres(bindir as string)
    // A long window, so the test never straddles two windows; jobs off in the second process.
    const env = {
      DATABASE_URL: pg.url,
      PUBLIC_RATE_LIMIT: String(LIMIT),
      PUBLIC_RATE_WINDOW_SECONDS: '3600',
    }
    portals.push(await startPortal(env, await freePort()))
    portals.push(await startPortal({ ...env, RUN_JOBS: '0' }, await freePort()))
  })

  test.afterAll(async () => {
    for (const portal of portals) await portal.stop()
    await pg?.remove()
  })

  test('lets LIMIT requests through in total, then answers 429 with Retry-After from either process', async () => {
    const [a, b] = portals
    if (!a || !b) throw new Error('portals did not start')
    const statuses: number[] = []
    for (let i = 0; i < LIMIT; i++) {
      const portal = i % 2 === 0 ? a : b
      const path = i % 3 === 0 ? '/open-data/bouwsteen-status.csv' : '/api/v1/datasets'
      statuses.push((await fetch(`${portal.baseURL}${path}`)).status)
    }
    expect(statuses).toEqual(Array(LIMIT).fill(200))
    for (const portal of [a, b]) {
      const refused = await fetch(`${portal.baseURL}/api/v1/datasets/bouwsteen-status`)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600)
      expect(await refused.json()).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } })
      const download = await fetch(`${portal.baseURL}/open-data/bouwsteen-status.json`)
      expect(download.status).toBe(429)
    }
    // Pages are not counted: the overview still answers.
    expect((await fetch(`${a.baseURL}/`)).status).toBe(200)
    expect(Number(pg?.query("SELECT sum(hits) FROM rate_limit_hit WHERE bucket = 'public'"))).toBe(
      LIMIT + 4,
    )
  })
})
