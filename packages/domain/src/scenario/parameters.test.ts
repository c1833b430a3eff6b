// ScenarioParametersSchema, part 1: defaults, the outflow-derived path, published amounts, the Wlz settlement,
// the passend aandeel defaults, form strings into cents and basis points, and the Dutch message per bad field.
// Part 2 (schedule and sharing models) is schedule-and-sharing.test.ts; the form round trip form-values.test.ts.
import { describe, expect, it } from 'vitest'
import { SCENARIO_FORM_DEFAULTS, ScenarioParametersSchema } from '../scenarios.ts'
import { fieldErrors } from './field-errors.test-support.ts'

describe('scenario parameters', () => {
  it('fills every default when only the scope is given', () => {
    const parsed = ScenarioParametersSchema.parse({ scope: 'gm0193' })
    expect(parsed).toEqual({
      scope: { kind: 'region', regionCode: 'GM0193' },
      budgetYear: null,
      macroBudgetCents: null,
      moMacroBudgetCents: null,
      nationalPurchasingCents: 180_000_000,
      wlzWithdrawalBasisPoints: 3_000,
      startYear: 2026,
      schedule: { kind: 'linear', steps: 10 },
      sharing: null,
      wlz: {
        countedOrigins: ['bw'],
        extrapolateToFullYear: true,
        deductLostOwnContributions: true,
        priceYear: 2021,
        indexBasisPointsPerYear: 0,
        withdrawalYear: 2021,
        exAnteMacroBudgetCents: null,
        countFromDate: null,
        countUntilDate: null,
        nonBwTariffCents: null,
        previousSettlementCents: null,
      },
      published: null,
    })
  })

  it('derives the two-part path from a yearly outflow rate (issue 18 item 7)', () => {
    const parsed = ScenarioParametersSchema.parse({
      scope: 'GM0193',
      steps: '5',
      scheduleKind: 'outflowRate',
      outflowRatePercent: '20',
    })
    // Of a million existing clients 80% remain each year; after the last step none do. The schedule
    // keeps the rate it was derived from, so a saved scenario reopens the form as entered.
    expect(parsed.schedule).toEqual({
      kind: 'outflow',
      existingClientsByStep: [1_000_000, 800_000, 640_000, 512_000, 409_600, 0],
      derivedFrom: { kind: 'outflowRate', basisPoints: 2000 },
    })
    const missing = ScenarioParametersSchema.safeParse({
      scope: 'GM0193',
      scheduleKind: 'outflowRate',
    })
    expect(fieldErrors(missing)).toEqual({
      outflowRatePercent: 'Vul in welk percentage van de bestaande cliënten per jaar uitstroomt.',
    })
  })

  it("reads a region's published amounts, both or neither, only for a region (issue 18 item 5)", () => {
    const zwolle = ScenarioParametersSchema.parse({
      scope: 'GM0193',
      publishedHistoricalEuros: '140.096.291',
      publishedObjectiveEuros: '€ 113.750.051',
    })
    expect(zwolle.published).toEqual({
      historicalCents: 14_009_629_100,
      objectiveCents: 11_375_005_100,
    })
    const half = ScenarioParametersSchema.safeParse({
      scope: 'GM0193',
      publishedHistoricalEuros: '140.096.291',
    })
    expect(fieldErrors(half)).toEqual({
      publishedObjectiveEuros: 'Vul ook het gepubliceerde objectieve bedrag in.',
    })
    const nation = ScenarioParametersSchema.safeParse({
      scope: 'nation',
      publishedHistoricalEuros: '1',
      publishedObjectiveEuros: '1',
    })
    expect(Object.keys(fieldErrors(nation))).toEqual(['publishedHistoricalEuros'])
  })

  it('reads the Wlz settlement against a withdrawal year, a window, a tariff and a second round (issue 18 item 2)', () => {
    const parsed = ScenarioParametersSchema.parse({
      scope: 'GM0193',
      wlzWithdrawalYear: '2021',
      wlzExAnteMacroBudgetEuros: '1.500.000.000',
      wlzCountFrom: '2021-01-01',
      wlzCountUntil: '2021-12-31',
      wlzNonBwTariffEuros: '45.000',
      wlzPreviousSettlementEuros: '-1.250.000,50',
    })
    expect(parsed.wlz).toMatchObject({
      withdrawalYear: 2021,
      exAnteMacroBudgetCents: 150_000_000_000,
      countFromDate: '2021-01-01',
      countUntilDate: '2021-12-31',
      nonBwTariffCents: 4_500_000,
      previousSettlementCents: -125_000_050,
    })
    const backwards = ScenarioParametersSchema.safeParse({
      scope: 'GM0193',
      wlzCountFrom: '2022-01-01',
      wlzCountUntil: '2021-12-31',
    })
    expect(fieldErrors(backwards)).toEqual({
      wlzCountUntil: 'De einddatum van de telperiode ligt vóór de begindatum.',
    })
  })

  it('defaults the IJssel-Vecht passend aandeel to the Wmo-integratie-uitkering with both covenant caps (issue 18 item 3)', () => {
    const parsed = ScenarioParametersSchema.parse({
      ...SCENARIO_FORM_DEFAULTS,
      scope: 'GM0193',
      sharingModel: 'appropriateShare',
      retentionKind: 'percentage',
    })
    expect(parsed.sharing).toEqual({
      kind: 'appropriateShare',
      base: 'wmoIntegrationPayment',
      actualCostsBasisPoints: 9_800,
      retention: {
        kind: 'basisPoints',
        basisPoints: 250,
        capCents: 232_458_200,
        moCapCents: 433_488_200,
      },
    })
  })

  it('turns the form strings into cents and basis points', () => {
    const parsed = ScenarioParametersSchema.parse({
      ...SCENARIO_FORM_DEFAULTS,
      scope: 'nation',
      budgetYear: '2027',
      macroBudgetEuros: '1.900.000.000',
      wlzWithdrawalPercent: '27,5',
    })
    expect(parsed.macroBudgetCents).toBe(190_000_000_000)
    expect(parsed.wlzWithdrawalBasisPoints).toBe(2_750)
    expect(parsed.budgetYear).toBe(2027)
  })

  it('gives a Dutch message per bad field', () => {
    const result = ScenarioParametersSchema.safeParse({
      scope: 'GM0193',
      macroBudgetEuros: 'veel',
      steps: '0',
      wlzWithdrawalPercent: '120',
      nationalPurchasingEuros: '12,345',
    })
    expect(fieldErrors(result)).toEqual({
      macroBudgetEuros:
        "Vul het macrobudget BW in als bedrag in euro's, bijvoorbeeld 1.900.000 of 2500,50.",
      steps: 'Vul voor het aantal stappen een heel getal in van 1 tot en met 30.',
      wlzWithdrawalPercent: 'Vul voor de Wlz-uitname een percentage in van 0 tot en met 100.',
      nationalPurchasingEuros:
        'Vul de landelijke inkoop in met hoogstens twee cijfers achter de komma.',
    })
  })

  it('refuses a scope that is neither the nation nor a code', () => {
    expect(fieldErrors(ScenarioParametersSchema.safeParse({ scope: 'Zwolle' }))).toEqual({
      scope: 'Kies landelijk of een regio uit de lijst.',
    })
    expect(fieldErrors(ScenarioParametersSchema.safeParse({ scope: '' }))).toEqual({
      scope: 'Kies landelijk of een regio.',
    })
  })
})
