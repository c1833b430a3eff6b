import { SHEET_ROW_NUMBER } from '@bt/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusalCode } from '../../testing.ts'

// A large file comes to indicator.previewImport in batches (the portal's progress, ADR 038): rows keep
// the file's own numbers, a later batch can refuse the whole import, a batch after a refusal is only
// checked, and a staged import is its creator's alone.

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const HEADER = ['indicator', 'niveau', 'gebiedscode', 'periode', 'waarde']
const rowOf = (cells: string[]) => Object.fromEntries(HEADER.map((h, i) => [h, cells[i] ?? '']))
const zwolle = (period: string, value = '10') => rowOf(['waiting_list_bw', 'regio', 'GM0193', period, value])

async function stagedRowsOf(importId: number) {
  return (await api.db.selectFrom('indicatorImportRow').select('rowNumber').where('importId', '=', importId).execute()).length
}

describe('an indicator import in batches', () => {
  it('stages batch after batch under one import and counts the whole file', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const first = await analyst.previewImport({ filename: 'groot.csv', rows: [zwolle('2021-Q1'), zwolle('2021-Q2')] })
    expect(first.importId).not.toBeNull()
    const second = await analyst.previewImport({ filename: 'groot.csv', rows: [zwolle('2021-Q3')], importId: first.importId, firstRowNumber: 4 })
    expect(second).toMatchObject({ importId: first.importId, rowCount: 1, errorCount: 0, counts: { added: 3, changed: 0, unchanged: 0 } })
    expect(await stagedRowsOf(first.importId!)).toBe(3)
  })

  it('names a row by its own number in the file (blank rows skipped) and by the batch offset otherwise', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const rows = [zwolle('2022-Q1'), { ...zwolle('2022-Q5'), [SHEET_ROW_NUMBER]: '9' }]
    const checked = await analyst.previewImport({ rows, firstRowNumber: 40 })
    expect(checked.errors).toEqual([{ row: 9, column: 'periode', message: expect.stringContaining('2022-Q5') }])
    const offset = await analyst.previewImport({ rows: [zwolle('2022-Q1'), zwolle('2022-Q5')], firstRowNumber: 40 })
    expect(offset.errors.map((e) => e.row)).toEqual([41])
  })

  it('refuses the whole import when a later batch has an error or repeats a cell, clearing the staged rows', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const first = await analyst.previewImport({ rows: [zwolle('2023-Q1')] })
    const refused = await analyst.previewImport({ rows: [zwolle('2023-Q9')], importId: first.importId, firstRowNumber: 3 })
    expect(refused).toMatchObject({ importId: null, errorCount: 1, errors: [{ row: 3, column: 'periode' }] })
    expect(await stagedRowsOf(first.importId!)).toBe(0)
    expect(await refusalCode(analyst.commitImport({ importId: first.importId! }))).toBe('CONFLICT')

    const again = await analyst.previewImport({ rows: [zwolle('2023-Q1')] })
    const repeated = await analyst.previewImport({ rows: [zwolle('2023-Q1', '11')], importId: again.importId, firstRowNumber: 3 })
    expect(repeated).toMatchObject({ importId: null, errors: [{ row: 3, column: 'gebiedscode', message: 'Regels 2, 3 gaan over dezelfde cel: elke cel één keer.' }] })
  })

  it('only checks a batch marked checkOnly: its errors are named, nothing is staged, an importId is ignored', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const before = await api.db.selectFrom('indicatorImport').select('id').execute()
    const good = await analyst.previewImport({ rows: [zwolle('2024-Q1')], checkOnly: true, firstRowNumber: 7 })
    expect(good).toMatchObject({ importId: null, errorCount: 0, counts: null })
    const bad = await analyst.previewImport({ rows: [zwolle('2024-Q7')], checkOnly: true, importId: 999_999, firstRowNumber: 8 })
    expect(bad.errors).toEqual([{ row: 8, column: 'periode', message: expect.stringContaining('2024-Q7') }])
    expect(await api.db.selectFrom('indicatorImport').select('id').execute()).toHaveLength(before.length)
  })

  it("lets no one else continue or commit a staged import, not even an analyst or the region's own editor", async () => {
    const editor = api.callerAs('region_editor').indicator
    const own = await editor.previewImport({ rows: [zwolle('2025-Q1')] })
    expect(own.importId).not.toBeNull()
    const importId = own.importId!
    for (const who of ['vng_analyst', 'other_region_editor', 'region_viewer'] as const) {
      const caller = api.callerAs(who).indicator
      expect(await refusalCode(caller.previewImport({ rows: [zwolle('2025-Q2')], importId, firstRowNumber: 3 }))).toMatch(/NOT_FOUND|FORBIDDEN/)
      expect(await refusalCode(caller.commitImport({ importId }))).toMatch(/NOT_FOUND|FORBIDDEN/)
    }
    expect(await refusalCode(api.callerAs('anonymous').indicator.commitImport({ importId }))).toBe('UNAUTHORIZED')
    expect(await stagedRowsOf(importId)).toBe(1)
    expect(await editor.commitImport({ importId })).toMatchObject({ inserted: 1 })
  })
})
