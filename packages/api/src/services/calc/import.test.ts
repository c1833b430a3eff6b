import { loadCalcInputs } from '@bt/db'
import { type DomainError } from '@bt/domain'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'
import type { CalcImportRowError } from './import.ts'

// /beheer/rekendata: real tables replace the example (voorbeeldbedragen) all-or-nothing, with every
// bad cell named by file, row and column.
let api: Awaited<ReturnType<typeof createApiTest>>
let files: { historicalCsv: string; measuresCsv: string; valuesCsv: string }

beforeAll(async () => {
  api = await createApiTest()
  const municipalities = await api.db
    .selectFrom('municipality')
    .select(['code', 'inhabitants'])
    .orderBy('code')
    .execute()
  const centres = await api.db.selectFrom('region').select('code').orderBy('code').execute()
  files = {
    historicalCsv: [
      'gemeentecode;bedrag',
      ...centres.map((c, i) => `${c.code};${(1_000_000 + i * 1_000).toLocaleString('nl-NL')},50`),
    ].join('\n'),
    measuresCsv:
      'maatstaf,omschrijving,gewicht,per_inwoner\ninwoners,Inwoners,1,ja\nbijstand,Bijstand,2.5,nee',
    valuesCsv: [
      'gemeentecode,maatstaf,waarde',
      ...municipalities.flatMap((m) => [
        `${m.code},inwoners,1`,
        `${m.code},bijstand,${Math.round(m.inhabitants / 40)}`,
      ]),
    ].join('\n'),
  }
})
afterAll(() => api.close())

const admin = () => api.callerAs('admin').calc
const BASE = { label: 'Circulaire mei 2026', budgetYear: '2026', macroBudgetEuros: '1.950.000.000' }

async function rowErrorsOf(promise: Promise<unknown>): Promise<CalcImportRowError[]> {
  const error = (await promise.catch((e: unknown) => e)) as TRPCError
  expect(error).toBeInstanceOf(TRPCError)
  expect(error.code).toBe('BAD_REQUEST')
  return (error.cause as DomainError).details?.rowErrors as CalcImportRowError[]
}

describe('importing calculation data', () => {
  it('names the file, row and column of every bad cell and imports nothing', async () => {
    const errors = await rowErrorsOf(
      admin().importDataset({
        ...BASE,
        historicalCsv: files.historicalCsv
          .replace(/^GM0014;.*$/m, 'GM0014;veel')
          .replace(/^GM0034;/m, 'GM9999;'),
        measuresCsv: files.measuresCsv.replace('2.5', '-1'),
        valuesCsv: files.valuesCsv
          .replace(/^GM0037,bijstand,\d+$/m, 'GM0037,bijstand,1,25')
          .split('\n')
          .filter((l) => !l.startsWith('GM0047,'))
          .join('\n'),
      }),
    )
    expect(errors).toContainEqual({
      file: 'historische bedragen',
      row: 2,
      column: 'bedrag',
      message: expect.stringContaining('"veel" is geen getal'),
    })
    expect(errors).toContainEqual({
      file: 'historische bedragen',
      row: 3,
      column: 'gemeentecode',
      message: 'Gemeente GM9999 is onbekend.',
    })
    expect(errors).toContainEqual({
      file: 'maatstaven',
      row: 3,
      column: 'gewicht',
      message: expect.stringContaining('"-1" is geen getal'),
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'maatstafwaarden',
        row: 0,
        message: expect.stringContaining('GM0047'),
      }),
    )
    const datasets = await admin().datasets()
    expect(datasets.map((d) => d.kind)).toEqual(['example'])
  })

  it('refuses a file without its columns', async () => {
    const errors = await rowErrorsOf(
      admin().importDataset({ ...BASE, ...files, measuresCsv: 'naam,gewicht\ninwoners,1' }),
    )
    expect(errors).toContainEqual({
      file: 'maatstaven',
      row: 1,
      column: 'maatstaf',
      message: 'De kolom maatstaf ontbreekt in de kopregel.',
    })
  })

  it('summarises today’s data set for the form as its full rows do (measures, Wlz and Wmo data present)', async () => {
    const { dataset } = await api.callerAs('region_editor').calc.overview()
    if (!dataset) throw new Error('The test database has no calculation data set')
    const full = await loadCalcInputs(api.db, { datasetId: dataset.id })
    expect(full.measures.length).toBeGreaterThan(0)
    expect(dataset).toMatchObject({
      measures: full.measures,
      hasWlzData: full.wlzGroups.length > 0,
      hasWmoIntegrationPayment: full.sharingBases.length > 0,
    })
  })

  it('imports valid tables as today’s data, which then carries no example label, and audits it', async () => {
    const before = await admin().datasets()
    expect(before[0]!.kind).toBe('example')
    const { datasetId } = await admin().importDataset({ ...BASE, ...files })
    const overview = await api.callerAs('region_editor').calc.overview()
    expect(overview.dataset).toMatchObject({
      id: datasetId,
      kind: 'imported',
      label: 'Circulaire mei 2026',
      macroBudgetCents: 195_000_000_000,
    })
    expect(overview.dataset!.hasWlzData).toBe(false)
    const result = await api.callerAs('region_editor').calc.run({ scope: 'GM0193' })
    expect(result.dataset).toMatchObject({ id: datasetId, kind: 'imported' })
    expect(result.wlz).toBeNull()
    expect(result.municipalities.find((m) => m.code === 'GM0193')!.historicalCents).toBeGreaterThan(
      0,
    )
    const audit = await api.db
      .selectFrom('auditLog')
      .select(['action', 'entityId'])
      .where('action', '=', 'calc_dataset.imported')
      .execute()
    expect(audit).toEqual([{ action: 'calc_dataset.imported', entityId: String(datasetId) }])
  })

  it('answers a base the imported data lacks with a field message', async () => {
    const error = (await api
      .callerAs('region_editor')
      .calc.run({
        scope: 'GM0193',
        sharingModel: 'appropriateShare',
        shareBase: 'wmoIntegrationPayment',
      })
      .catch((e: unknown) => e)) as TRPCError
    expect(error.code).toBe('BAD_REQUEST')
    expect(Object.keys((error.cause as DomainError).details?.fieldErrors as object)).toEqual([
      'shareBase',
    ])
  })
})
