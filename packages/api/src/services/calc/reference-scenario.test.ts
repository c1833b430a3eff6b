import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, type Who } from '../../testing.ts'

// The reference scenario (issue 18): a VNG analyst designates one saved scenario on real data; it
// is stored, audited, one at a time, and everyone signed in reads it through calc.referenceScenario.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const calc = (who: Who) => api.callerAs(who).calc
// Regio Zwolle's published amounts (DOMAIN.md §8) make the scenario real data on the example set.
const PUBLISHED = {
  scope: 'GM0193',
  startYear: 2022,
  publishedHistoricalEuros: '140.096.291',
  publishedObjectiveEuros: '113.750.051',
} as const

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  return promise.then(
    () => ({ code: 'OK', message: '' }),
    (error: unknown) => {
      if (!(error instanceof TRPCError)) throw error
      return { code: error.code, message: error.message }
    },
  )
}

describe('the reference scenario', () => {
  it('is none until an analyst designates one', async () => {
    expect(await calc('region_viewer').referenceScenario()).toBeNull()
  })

  it('refuses example data and scenarios not shared with everyone signed in, in Dutch', async () => {
    const example = await calc('vng_analyst').save({
      name: 'Voorbeeld',
      visibility: 'signed_in',
      parameters: { scope: 'GM0193' },
    })
    const refused = await failure(
      calc('vng_analyst').markReferenceScenario({ scenarioId: example.id }),
    )
    expect(refused.code).toBe('BAD_REQUEST')
    expect(refused.message).toMatch(/voorbeeldbedragen \(fictief\)/)
    const own = await calc('vng_analyst').save({
      name: 'Alleen ik',
      visibility: 'private',
      parameters: PUBLISHED,
    })
    expect(
      (await failure(calc('vng_analyst').markReferenceScenario({ scenarioId: own.id }))).message,
    ).toMatch(/iedereen die is ingelogd/)
  })

  it('is designated by an analyst only, one at a time, audited, and read by everyone signed in', async () => {
    const first = await calc('vng_analyst').save({
      name: 'Zwolle gepubliceerd',
      visibility: 'signed_in',
      parameters: PUBLISHED,
    })
    const second = await calc('vng_analyst').save({
      name: 'Zwolle gepubliceerd, tweede',
      visibility: 'signed_in',
      parameters: { ...PUBLISHED, steps: 5 },
    })
    expect(
      (await failure(calc('region_editor').markReferenceScenario({ scenarioId: first.id }))).code,
    ).toBe('FORBIDDEN')
    expect(await calc('vng_analyst').markReferenceScenario({ scenarioId: first.id })).toEqual({
      id: first.id,
      previousScenarioId: null,
    })
    expect(await calc('vng_analyst').markReferenceScenario({ scenarioId: second.id })).toEqual({
      id: second.id,
      previousScenarioId: first.id,
    })
    const reference = await calc('region_viewer').referenceScenario()
    expect(reference).toMatchObject({ id: second.id, name: 'Zwolle gepubliceerd, tweede' })
    expect(reference!.result.fromPublishedAmounts).toBe(true)
    expect(reference!.result.regions[0]!.amountsByYear[0]).toBe(14_009_629_100)
    expect((await calc('vng_analyst').get({ scenarioId: first.id })).isReference).toBe(false)
    expect((await calc('vng_analyst').get({ scenarioId: second.id })).isReference).toBe(true)
    const entries = await api.db
      .selectFrom('auditLog')
      .select(['action', 'entityId'])
      .where('action', '=', 'scenario.reference_marked')
      .orderBy('id')
      .execute()
    expect(entries.map((e) => e.entityId)).toEqual([first.id, second.id])
  })
})
