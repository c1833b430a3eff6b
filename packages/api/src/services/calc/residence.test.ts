import { type DomainError } from '@bt/domain'
import { type TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

// The woonplaatsbeginsel and the new-client test through the API (DOMAIN.md §6.2, §6.4, §8). The
// client's history is personal data: the procedure computes and returns, and stores nothing.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const check = (input: Parameters<ReturnType<typeof api.callerAs>['calc']['checkResidence']>[0]) =>
  api.callerAs('region_viewer').calc.checkResidence(input)

// Kampen (GM0166) and Zwolle (GM0193) are in Regio Zwolle; Groningen (GM0014) is not.
const BASE = {
  reportingMunicipalityCode: 'GM0193',
  reportDate: '2026-03-02',
  applicationDate: '2026-03-02',
}

describe('the responsible municipality', () => {
  it('is the municipality of the address on the day before the application', async () => {
    const answer = await check({
      ...BASE,
      addresses: [
        { municipalityCode: 'GM0014', startDate: '2010-01-01', endDate: '2026-02-28' },
        { municipalityCode: 'GM0166', startDate: '2026-03-01' },
      ],
    })
    expect(answer.responsible).toMatchObject({
      municipalityCode: 'GM0166',
      municipalityName: 'Kampen',
      reason: 'ADDRESS_ON_DAY_BEFORE',
      dayBeforeDate: '2026-03-01',
      safetyNet: false,
    })
  })

  it('stays with the municipality that last provided BW when that ended less than 12 months before', async () => {
    const recent = await check({
      ...BASE,
      addresses: [{ municipalityCode: 'GM0166', startDate: '2010-01-01' }],
      bwEpisodes: [{ municipalityCode: 'GM0014', startDate: '2020-01-01', endDate: '2025-03-03' }],
    })
    expect(recent.responsible).toMatchObject({
      municipalityCode: 'GM0014',
      reason: 'RECENT_BW_PROVIDER',
    })
    const longAgo = await check({
      ...BASE,
      addresses: [{ municipalityCode: 'GM0166', startDate: '2010-01-01' }],
      bwEpisodes: [{ municipalityCode: 'GM0014', startDate: '2020-01-01', endDate: '2025-03-02' }],
    })
    expect(longAgo.responsible).toMatchObject({
      municipalityCode: 'GM0166',
      reason: 'ADDRESS_ON_DAY_BEFORE',
    })
  })

  it('falls to the reporting municipality with the safety net when no address is known', async () => {
    const answer = await check(BASE)
    expect(answer.responsible).toMatchObject({
      municipalityCode: 'GM0193',
      reason: 'REPORTING_MUNICIPALITY',
      safetyNet: true,
    })
  })
})

describe('the new-client test', () => {
  it('counts BW use in the region exactly 365 days before reporting, not 366', async () => {
    const within = await check({
      ...BASE,
      bwEpisodes: [{ municipalityCode: 'GM0166', startDate: '2024-01-01', endDate: '2025-03-02' }],
    })
    expect(within.newClient).toMatchObject({
      isNewClient: false,
      reason: 'USE_IN_WINDOW',
      windowStartDate: '2025-03-02',
      matchedEvent: { kind: 'use', row: 1 },
    })
    const before = await check({
      ...BASE,
      bwEpisodes: [{ municipalityCode: 'GM0166', startDate: '2024-01-01', endDate: '2025-03-01' }],
    })
    expect(before.newClient).toMatchObject({
      isNewClient: true,
      reason: 'NO_BW_IN_WINDOW',
      region: { code: 'GM0193', name: 'Regio Zwolle' },
    })
  })

  it('ignores applications outside the region and names the form row of one inside it', async () => {
    const answer = await check({
      ...BASE,
      applications: [
        { municipalityCode: 'GM0014', date: '2026-01-10' },
        { municipalityCode: '', date: '' },
        { municipalityCode: 'GM0166', date: '2025-12-01' },
      ],
    })
    expect(answer.newClient).toMatchObject({
      isNewClient: false,
      reason: 'APPLICATION_IN_WINDOW',
      matchedEvent: { kind: 'application', row: 3, municipalityName: 'Kampen' },
    })
  })
})

describe('bad histories and privacy', () => {
  it('gives field messages for unknown municipalities and overlapping addresses', async () => {
    const fieldErrors = async (promise: Promise<unknown>) => {
      const error = (await promise.catch((e: unknown) => e)) as TRPCError
      expect(error.code).toBe('BAD_REQUEST')
      return (error.cause as DomainError).details?.fieldErrors
    }
    expect(
      await fieldErrors(
        check({ ...BASE, addresses: [{ municipalityCode: 'GM9999', startDate: '2020-01-01' }] }),
      ),
    ).toEqual({
      'addresses.0.municipalityCode': ['Gemeente GM9999 bestaat niet.'],
    })
    const overlap = await fieldErrors(
      check({
        ...BASE,
        addresses: [
          { municipalityCode: '', startDate: '', endDate: '' },
          { municipalityCode: 'GM0166', startDate: '2020-01-01', endDate: '2024-12-31' },
          { municipalityCode: 'GM0193', startDate: '2024-06-01' },
        ],
      }),
    )
    expect(Object.keys(overlap ?? {})).toEqual(['addresses.2.startDate'])
  })

  it('stores and audits nothing', async () => {
    const count = async () =>
      (
        await api.db
          .selectFrom('auditLog')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n
    const before = await count()
    await check({ ...BASE, addresses: [{ municipalityCode: 'GM0166', startDate: '2010-01-01' }] })
    expect(await count()).toBe(before)
  })
})
