// Saving a scenario (name, visibility), the woonplaatsbeginsel check's rows, and the calculation data import.
import { describe, expect, it } from 'vitest'
import { CalcDatasetImportSchema, ResidenceCheckSchema, SaveScenarioSchema } from '../scenarios.ts'
import { fieldErrors } from './field-errors.test-support.ts'

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
