import { describe, expect, it } from 'vitest'
import {
  CalcDatasetImportSchema,
  ResidenceCheckSchema,
  SaveScenarioSchema,
  SCENARIO_FORM_DEFAULTS,
  ScenarioParametersSchema,
  readDecimal,
  toScenarioFormValues,
} from './scenarios.ts'

function fieldErrors(result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  )
}

describe('reading numbers as people type them', () => {
  it.each([
    ['1.900.000.000', ['1900000000', '']],
    ['€ 140.096.291,00', ['140096291', '00']],
    ['2,5', ['2', '5']],
    ['2.5', ['2', '5']],
    ['1900000', ['1900000', '']],
    [30, ['30', '']],
  ] as const)('reads %s', (input, expected) => {
    expect(readDecimal(input)).toEqual(expected)
  })

  it.each(['abc', '-5', '1,2,3', '1.90.000', '', '1e5'])('refuses %s', (input) => {
    expect(readDecimal(input)).toBeNull()
  })
})

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

  it('derives the outflow schedule and checks it falls to zero over N + 1 values', () => {
    const ok = ScenarioParametersSchema.parse({
      scope: 'GM0193',
      steps: '4',
      scheduleKind: 'outflow',
      existingClients: '100; 80 50\n20;0',
    })
    expect(ok.schedule).toEqual({ kind: 'outflow', existingClientsByStep: [100, 80, 50, 20, 0] })
    const short = ScenarioParametersSchema.safeParse({
      scope: 'GM0193',
      steps: '4',
      scheduleKind: 'outflow',
      existingClients: '100; 0',
    })
    expect(fieldErrors(short)).toEqual({
      existingClients: 'Vul 5 aantallen in (jaar nul en 4 stappen); u vulde er 2 in.',
    })
    const rising = ScenarioParametersSchema.safeParse({
      scope: 'GM0193',
      steps: '2',
      scheduleKind: 'outflow',
      existingClients: '100; 120; 0',
    })
    expect(fieldErrors(rising).existingClients).toContain('stap 1 (120) is meer dan stap 0 (100)')
  })

  it('reads custom percentages as fractions that rise from 0 to 1', () => {
    const ok = ScenarioParametersSchema.parse({
      scope: 'GM0193',
      steps: '3',
      scheduleKind: 'custom',
      customFractions: '0; 12,5; 60; 100',
    })
    expect(ok.schedule).toEqual({ kind: 'custom', fractions: [0, 0.125, 0.6, 1] })
    const falling = ScenarioParametersSchema.safeParse({
      scope: 'GM0193',
      steps: '3',
      scheduleKind: 'custom',
      customFractions: '0; 50; 40; 100',
    })
    expect(fieldErrors(falling).customFractions).toContain('mag niet teruglopen')
    const end = ScenarioParametersSchema.safeParse({
      scope: 'GM0193',
      steps: '2',
      scheduleKind: 'custom',
      customFractions: '0; 50; 90',
    })
    expect(fieldErrors(end).customFractions).toContain('de laatste waarde moet 100 zijn')
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

describe('saving a scenario', () => {
  it('needs a name and refuses region visibility for a national scenario', () => {
    const result = SaveScenarioSchema.safeParse({
      name: ' ',
      visibility: 'region',
      parameters: { scope: 'nation' },
    })
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(['name', 'visibility'])
    const national = SaveScenarioSchema.safeParse({
      name: 'Landelijk',
      visibility: 'region',
      parameters: { scope: 'nation' },
    })
    expect(Object.keys(fieldErrors(national))).toEqual(['visibility'])
  })
})

describe('the woonplaatsbeginsel check', () => {
  it('drops blank rows, keeps form positions and needs a reference date', () => {
    const parsed = ResidenceCheckSchema.parse({
      reportingMunicipalityCode: 'GM0193',
      reportDate: '2026-03-01',
      applicationDate: '2026-03-01',
      addresses: {
        '0': { municipalityCode: '', startDate: '', endDate: '' },
        '1': { municipalityCode: 'GM0166', startDate: '2020-01-01', endDate: '' },
      },
    })
    expect(parsed.addresses).toEqual([
      { formIndex: 1, municipalityCode: 'GM0166', startDate: '2020-01-01', endDate: undefined },
    ])
    expect(parsed.bwEpisodes).toEqual([])
    const missing = ResidenceCheckSchema.safeParse({
      reportingMunicipalityCode: 'GM0193',
      reportDate: '2026-03-01',
      bwEpisodes: [{ municipalityCode: 'GM0166', startDate: '2025-02-01', endDate: '2025-01-01' }],
    })
    expect(fieldErrors(missing)).toEqual({
      applicationDate: 'Vul de datum van de aanvraag of van de start van beschermd wonen in.',
      'bwEpisodes.0.endDate': 'De einddatum ligt vóór de begindatum.',
    })
  })
})

describe('importing calculation data', () => {
  it('needs every table and a macrobudget', () => {
    const result = CalcDatasetImportSchema.safeParse({
      label: 'Circulaire 2026',
      budgetYear: '2026',
      macroBudgetEuros: '0',
      historicalCsv: 'x',
      measuresCsv: '',
      valuesCsv: 'y',
    })
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(['macroBudgetEuros', 'measuresCsv'])
  })
})
