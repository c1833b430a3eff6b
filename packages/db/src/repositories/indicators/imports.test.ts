import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '../../testing/index.ts'
import { classifyStagedBatch, classifyStagedRows, commitStagedImport, findDuplicateStagedCells, insertIndicatorImport, stageImportRows, type StagedRow } from './imports.ts'
import { listIndicatorValues, listInhabitants, listValueHistory, sumMunicipalValuesByRegion } from './values.ts'

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(() => t.close())

const row = (rowNumber: number, areaCode: string, value: number | null, state: StagedRow['state'] = 'final'): StagedRow => ({
  rowNumber,
  indicatorKey: 'wmo_clients',
  areaLevel: 'municipality',
  areaCode,
  period: '2025-H1',
  periodEnd: '2025-06-30',
  state,
  value,
  numerator: null,
  denominator: null,
  source: 'CBS 86050NED',
})

async function importRows(rows: StagedRow[]) {
  const importId = await insertIndicatorImport(t.db, { createdBy: null, createdByLabel: 'Test', filename: 'test.csv' })
  await stageImportRows(t.db, { importId, rows, errorCount: 0 })
  const preview = await classifyStagedRows(t.db, { importId })
  const committed = await t.db.transaction().execute((trx) => commitStagedImport(trx, { importId, enteredBy: null, enteredByLabel: 'Test' }))
  return { importId, preview, committed }
}

describe('indicator reference seed', () => {
  it('seeds CBS KWB 2024 inhabitants summing to the national population on 1 January 2024', async () => {
    const { referenceDate, inhabitants } = await listInhabitants(t.db, { onDate: '2025-12-31' })
    expect(referenceDate).toBe('2024-01-01')
    expect([...inhabitants.values()].reduce((s, n) => s + n, 0)).toBe(17_942_942)
    const cells = await listIndicatorValues(t.db, { indicatorKey: 'inhabitants', level: 'municipality', period: '2023' })
    expect(cells).toHaveLength(342)
  })
})

describe('staged indicator imports', () => {
  it('commits all rows at once, then reports a re-import as unchanged and keeps earlier values as history', async () => {
    const first = await importRows([row(2, 'GM0193', 6100), row(3, 'GM0166', null, 'suppressed')])
    expect(first.preview).toEqual({ added: 2, changed: 0, unchanged: 0 })
    expect(first.committed).toEqual({ inserted: 2, updated: 0, unchanged: 0, total: 2 })

    const again = await importRows([row(2, 'GM0193', 6100), row(3, 'GM0166', null, 'suppressed')])
    expect(again.preview).toEqual({ added: 0, changed: 0, unchanged: 2 })
    expect(again.committed).toEqual({ inserted: 0, updated: 0, unchanged: 2, total: 2 })

    const changed = await importRows([row(2, 'GM0193', 6150, 'provisional')])
    expect(changed.committed).toMatchObject({ updated: 1 })
    const [zwolle] = await listIndicatorValues(t.db, { indicatorKey: 'wmo_clients', level: 'municipality', period: '2025-H1', areaCodes: ['GM0193'] })
    expect(zwolle).toMatchObject({ value: 6150, state: 'provisional', version: 2 })
    expect(await listValueHistory(t.db, { valueId: zwolle!.id })).toMatchObject([{ version: 1, value: 6100, state: 'final' }])
  })

  it('never commits an import twice', async () => {
    const { importId } = await importRows([row(2, 'GM0148', 1405)])
    const second = await t.db.transaction().execute((trx) => commitStagedImport(trx, { importId, enteredBy: null, enteredByLabel: 'Test' }))
    expect(second).toBeUndefined()
  })

  it('finds cells named twice in one file', async () => {
    const importId = await insertIndicatorImport(t.db, { createdBy: null, createdByLabel: 'Test', filename: 'dubbel.csv' })
    await stageImportRows(t.db, { importId, rows: [row(2, 'GM0014', 1), row(7, 'GM0014', 2)], errorCount: 0 })
    expect(await findDuplicateStagedCells(t.db, { importId })).toEqual([[2, 7]])
  })

  it('checks a file staged in batches batch by batch: cells an earlier batch named, counts added up', async () => {
    const importId = await insertIndicatorImport(t.db, { createdBy: null, createdByLabel: 'Test', filename: 'batches.csv' })
    expect(await stageImportRows(t.db, { importId, rows: [row(2, 'GM0193', 6150, 'provisional'), row(3, 'GM0014', 5)], errorCount: 0 })).toBe(2)
    expect(await classifyStagedBatch(t.db, { importId, from: 2, to: 3 })).toEqual({ added: 1, changed: 0, unchanged: 1 })
    expect(await stageImportRows(t.db, { importId, rows: [row(4, 'GM0148', 1406), row(5, 'GM0014', 6)], errorCount: 0 })).toBe(4)
    expect(await classifyStagedBatch(t.db, { importId, from: 4, to: 5 })).toEqual({ added: 2, changed: 1, unchanged: 1 })
    expect(await findDuplicateStagedCells(t.db, { importId, batch: { from: 4, to: 5 } })).toEqual([[3, 5]])
    expect(await findDuplicateStagedCells(t.db, { importId, batch: { from: 2, to: 2 } })).toEqual([])
  })

  it('sums municipal cells per region under the indeling, suppressed cells counted apart', async () => {
    const sums = await sumMunicipalValuesByRegion(t.db, { indicatorKey: 'wmo_clients', periods: ['2025-H1'] })
    const zwolle = sums.find((s) => s.regionCode === 'GM0193')
    expect(zwolle).toMatchObject({ covered: 2, suppressed: 1, valueSum: 6150 + 1405, provisional: true })
  })
})
