import { createTestDb } from '@bt/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { purgeRateLimitWindows, takePublicRequest } from './rate-limit.ts'

let test: Awaited<ReturnType<typeof createTestDb>>
beforeAll(async () => {
  test = await createTestDb()
})
afterAll(() => test.close())

const quota = { limit: 3, windowSeconds: 60 }
const at = (iso: string) => new Date(iso)

describe('the public rate limit', () => {
  it('allows the limit per window and address, then refuses with the seconds to the next window', async () => {
    const take = (clientAddress: string | null, now: string) =>
      takePublicRequest(test.db, { clientAddress, now: at(now), quota })
    for (let i = 0; i < 3; i++)
      expect(await take('203.0.113.7', '2026-03-02T09:00:10Z')).toEqual({ allowed: true })
    expect(await take('203.0.113.7', '2026-03-02T09:00:15Z')).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    })
    // Another address has its own count; the next window starts afresh.
    expect(await take('198.51.100.1', '2026-03-02T09:00:15Z')).toEqual({ allowed: true })
    expect(await take('203.0.113.7', '2026-03-02T09:01:00Z')).toEqual({ allowed: true })
  })

  it('counts concurrent requests exactly (no lost update)', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        takePublicRequest(test.db, {
          clientAddress: '192.0.2.55',
          now: at('2026-03-02T10:00:00Z'),
          quota,
        }),
      ),
    )
    expect(answers.filter((a) => a.allowed)).toHaveLength(3)
  })

  it('counts requests without a known address together rather than not at all', async () => {
    for (let i = 0; i < 3; i++)
      await takePublicRequest(test.db, {
        clientAddress: null,
        now: at('2026-03-02T11:00:00Z'),
        quota,
      })
    expect(
      (
        await takePublicRequest(test.db, {
          clientAddress: null,
          now: at('2026-03-02T11:00:01Z'),
          quota,
        })
      ).allowed,
    ).toBe(false)
  })

  it('purges windows long past, keeping recent ones', async () => {
    const { windows } = await purgeRateLimitWindows(test.db, { now: at('2026-03-05T00:00:00Z') })
    expect(windows).toBeGreaterThan(0)
    await takePublicRequest(test.db, {
      clientAddress: '192.0.2.1',
      now: at('2026-03-05T00:00:00Z'),
      quota,
    })
    expect(
      (await purgeRateLimitWindows(test.db, { now: at('2026-03-05T00:00:30Z') })).windows,
    ).toBe(0)
  })
})
