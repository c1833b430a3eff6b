import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, type Who } from '../../testing.ts'

// Scenarios side by side (issue 18): saved ones and variations of one on one parameter, each column
// the same figures a single run gives, nothing stored, visibility as for reading a scenario.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const calc = (who: Who) => api.callerAs(who).calc

async function failureOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof TRPCError)) throw error
      const cause = error.cause as { details?: { fieldErrors?: Record<string, string[]> } }
      return { code: error.code, message: error.message, fieldErrors: cause.details?.fieldErrors }
    },
  )
}

describe('comparing scenarios', () => {
  it('computes saved scenarios and a variation side by side, each as a single run gives it', async () => {
    const fiveSteps = { scope: 'GM0193', steps: 5 } as const
    const { id: a } = await calc('region_editor').save({
      name: 'Vijf stappen',
      visibility: 'region',
      parameters: fiveSteps,
    })
    const { id: b } = await calc('region_editor').save({
      name: 'Tien stappen, 20% Wlz',
      visibility: 'private',
      parameters: { scope: 'GM0193', steps: 10, wlzWithdrawalPercent: '20' },
    })
    const compared = await calc('region_editor').compare({
      scenarioIds: [a, b],
      variation: { baseScenarioId: a, field: 'wlzWithdrawalPercent', values: ['25', '35'] },
    })
    expect(compared.scenarios.map((s) => s.label)).toEqual([
      'Vijf stappen',
      'Tien stappen, 20% Wlz',
      'Vijf stappen – Wlz-uitname (%) 25',
      'Vijf stappen – Wlz-uitname (%) 35',
    ])
    const single = await calc('region_editor').run(fiveSteps)
    const first = compared.scenarios[0]!
    expect(first.amountsByYear).toEqual(single.regions[0]!.amountsByYear)
    expect(first.steps).toBe(5)
    expect(first.seriesKind).toBe('region')
    expect(first.wlzWithdrawalCents).toBe(single.pipeline.wlzWithdrawalCents)
    const at25 = await calc('region_editor').run({ ...fiveSteps, wlzWithdrawalPercent: '25' })
    expect(compared.scenarios[2]!.amountsByYear).toEqual(at25.regions[0]!.amountsByYear)
    expect(compared.scenarios[2]!.wlzWithdrawalBasisPoints).toBe(2_500)
    expect(compared.scenarios[3]!.wlzWithdrawalBasisPoints).toBe(3_500)
    expect(compared.scenarios[1]!.steps).toBe(10)
  })

  it('refuses a variation value the form refuses, naming the value, and too many columns', async () => {
    const { id } = await calc('region_editor').save({
      name: 'Basis',
      visibility: 'private',
      parameters: { scope: 'GM0193' },
    })
    const bad = await failureOf(
      calc('region_editor').compare({
        scenarioIds: [],
        variation: { baseScenarioId: id, field: 'wlzWithdrawalPercent', values: ['30', '130'] },
      }),
    )
    expect(bad?.code).toBe('BAD_REQUEST')
    expect(bad?.fieldErrors?.values?.[0]).toBe(
      'Waarde 2 ("130"): Vul voor de Wlz-uitname een percentage in van 0 tot en met 100.',
    )
    const tooMany = await failureOf(
      calc('region_editor').compare({
        scenarioIds: [id],
        variation: {
          baseScenarioId: id,
          field: 'steps',
          values: ['2', '3', '4', '5', '6', '7'],
        },
      }),
    )
    expect(tooMany?.code).toBe('BAD_REQUEST')
    const none = await failureOf(calc('region_editor').compare({ scenarioIds: [] }))
    expect(none?.code).toBe('BAD_REQUEST')
  })

  it('compares only scenarios the caller may read', async () => {
    const { id } = await calc('region_editor').save({
      name: 'Privé',
      visibility: 'private',
      parameters: { scope: 'GM0193' },
    })
    const refused = await failureOf(calc('region_viewer').compare({ scenarioIds: [id] }))
    expect(refused?.code).toBe('FORBIDDEN')
  })
})
