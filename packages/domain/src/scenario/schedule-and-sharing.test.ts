// ScenarioParametersSchema, part 2: the phase-in schedule (outflow and custom percentages) and the sharing
// models with their parameters and limits.
import { describe, expect, it } from 'vitest'
import { ScenarioParametersSchema } from '../scenarios.ts'
import { fieldErrors } from './field-errors.test-support.ts'

describe('scenario parameters: schedule and sharing', () => {
  // A regional scenario with `steps` steps and a schedule of the given kind, read from its form field.
  const outflow = (steps: string, existingClients: string) => ScenarioParametersSchema.safeParse({ scope: 'GM0193', steps, scheduleKind: 'outflow', existingClients })
  const custom = (steps: string, customFractions: string) => ScenarioParametersSchema.safeParse({ scope: 'GM0193', steps, scheduleKind: 'custom', customFractions })

  it('derives the outflow schedule and checks it falls to zero over N + 1 values', () => {
    expect(outflow('4', '100; 80 50\n20;0').data?.schedule).toEqual({ kind: 'outflow', existingClientsByStep: [100, 80, 50, 20, 0] })
    expect(fieldErrors(outflow('4', '100; 0'))).toEqual({
      existingClients: 'Vul 5 aantallen in (jaar nul en 4 stappen); u vulde er 2 in.',
    })
    expect(fieldErrors(outflow('2', '100; 120; 0')).existingClients).toContain('stap 1 (120) is meer dan stap 0 (100)')
  })

  it('reads custom percentages as fractions that rise from 0 to 1', () => {
    expect(custom('3', '0; 12,5; 60; 100').data?.schedule).toEqual({ kind: 'custom', fractions: [0, 0.125, 0.6, 1] })
    expect(fieldErrors(custom('3', '0; 50; 40; 100')).customFractions).toContain('mag niet teruglopen')
    expect(fieldErrors(custom('2', '0; 50; 90')).customFractions).toContain('de laatste waarde moet 100 zijn')
  })

  it('refuses a sharing model for the nation and deductions above the macrobudget', () => {
    expect(
      fieldErrors(
        ScenarioParametersSchema.safeParse({ scope: 'nation', sharingModel: 'appropriateShare' }),
      ).sharingModel,
    ).toContain('kies een regio')
    const over = ScenarioParametersSchema.safeParse({
      scope: 'nation',
      macroBudgetEuros: '1.000',
      nationalPurchasingEuros: '800',
      wlzWithdrawalPercent: '30',
    })
    expect(fieldErrors(over)).toEqual({
      nationalPurchasingEuros:
        'De landelijke inkoop en de Wlz-uitname samen zijn groter dan het macrobudget.',
    })
  })

  it('builds each sharing model with its parameters', () => {
    const base = { scope: 'GM0193' }
    expect(
      ScenarioParametersSchema.parse({
        ...base,
        sharingModel: 'inhabitantsWithReserve',
        actualCostsPercent: '97',
        reserveBalanceEuros: '500.000',
      }).sharing,
    ).toEqual({
      kind: 'inhabitantsWithReserve',
      actualCostsBasisPoints: 9_700,
      reserveBalanceCents: 50_000_000,
      reserveCapCents: 200_000_000,
    })
    expect(
      ScenarioParametersSchema.parse({
        ...base,
        sharingModel: 'appropriateShare',
        shareBase: 'wmoIntegrationPayment',
        retentionKind: 'percentage',
      }).sharing,
    ).toEqual({
      kind: 'appropriateShare',
      base: 'wmoIntegrationPayment',
      actualCostsBasisPoints: 10_000,
      retention: { kind: 'basisPoints', basisPoints: 250 },
    })
    expect(
      fieldErrors(
        ScenarioParametersSchema.safeParse({ ...base, sharingModel: 'centralRetention' }),
      ),
    ).toEqual({
      retentionKind: 'Kies of de centrumgemeente een percentage of een vast bedrag inhoudt.',
    })
    expect(
      ScenarioParametersSchema.parse({
        ...base,
        sharingModel: 'centralRetention',
        retentionKind: 'fixed',
        retentionFixedEuros: '2.324.582',
      }).sharing,
    ).toEqual({
      kind: 'centralRetention',
      retention: { kind: 'fixed', amountCents: 232_458_200 },
    })
    expect(
      ScenarioParametersSchema.parse({
        ...base,
        sharingModel: 'localCompensation',
        bedCostsPercent: '60',
      }).sharing,
    ).toEqual({
      kind: 'localCompensation',
      bedCostsBasisPoints: 6_000,
      localSupportBasisPoints: 1_500,
    })
  })
})
