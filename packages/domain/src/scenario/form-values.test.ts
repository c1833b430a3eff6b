// The scenario form's own values: checkboxes with their hidden "false", the Wlz origins, and the round trip
// parameters → form values → the same parameters.
import { describe, expect, it } from 'vitest'
import { ScenarioParametersSchema, toScenarioFormValues } from '../scenarios.ts'
import { fieldErrors } from './field-errors.test-support.ts'

describe('scenario parameters: form values', () => {
  it('reads checkboxes with their hidden "false" and the Wlz origins', () => {
    const parsed = ScenarioParametersSchema.parse({
      scope: 'nation',
      wlzExtrapolate: 'false',
      wlzDeductLostOwnContributions: ['false', 'true'],
      wlzOrigins: ['', 'bw', 'nonWmo'],
    })
    expect(parsed.wlz).toMatchObject({
      extrapolateToFullYear: false,
      deductLostOwnContributions: true,
      countedOrigins: ['bw', 'nonWmo'],
    })
    expect(
      fieldErrors(ScenarioParametersSchema.safeParse({ scope: 'nation', wlzOrigins: '' })),
    ).toEqual({
      wlzOrigins: 'Kies minstens één herkomst van cliënten die meetellen.',
    })
  })

  it('gives back the same parameters from its form values', () => {
    const inputs = [
      {
        scope: 'GM0193',
        steps: '4',
        scheduleKind: 'outflow',
        existingClients: '100; 80; 50; 20; 0',
        sharingModel: 'inhabitantsWithReserve',
      },
      {
        scope: 'GM0193',
        steps: '3',
        scheduleKind: 'custom',
        customFractions: '0; 12,5; 60; 100',
        sharingModel: 'appropriateShare',
        retentionKind: 'percentage',
        retentionCapEuros: '2.324.582',
      },
      {
        scope: 'GM0193',
        sharingModel: 'centralRetention',
        retentionKind: 'fixed',
        retentionFixedEuros: '1.000,50',
        wlzIndexPercent: '2,25',
      },
      { scope: 'nation', macroBudgetEuros: '12.345.678,89', budgetYear: '2027' },
    ]
    for (const input of inputs) {
      const parameters = ScenarioParametersSchema.parse(input)
      const values = toScenarioFormValues(parameters, {
        macroBudgetCents: 190_000_000_000,
        budgetYear: 2027,
      })
      expect(ScenarioParametersSchema.parse(values)).toEqual({
        ...parameters,
        budgetYear: 2027,
        macroBudgetCents: parameters.macroBudgetCents ?? 190_000_000_000,
      })
    }
  })
})
