import type { PreviewIndicatorImportInput } from '@bt/domain'
import { describe, expect, it } from 'vitest'
import { readCheckStream, type CheckProgress } from '#app/lib/import-progress.ts'
import type { ApiCaller } from './api.server.ts'
import { batchSizeFor, checkInBatches, MAX_LISTED_ERRORS, streamedCheck } from './indicator-import.server.ts'

// The batching of the indicator import's check (ADR 038), against a scripted previewImport that
// behaves as the API's (indicator.previewImport; its own behaviour in batches is tested in
// packages/api/src/services/indicators/import-batches.test.ts): rows whose `waarde` is 'fout' are refused.

type Row = Record<string, string>
const rowsOf = (n: number, bad: number[] = []) => Array.from({ length: n }, (_, i): Row => ({ indicator: 'wmo_clients', waarde: bad.includes(i + 2) ? 'fout' : String(i) }))

function scriptedApi() {
  const calls: PreviewIndicatorImportInput[] = []
  let nextId = 41
  const preview = async (input: PreviewIndicatorImportInput) => {
    calls.push(input)
    const first = input.firstRowNumber ?? 2
    const errors = input.rows.flatMap((r, i) => (r.waarde === 'fout' ? [{ row: first + i, column: 'waarde', message: `'fout' is geen getal.` }] : []))
    const listed = errors.slice(0, MAX_LISTED_ERRORS)
    if (errors.length || input.checkOnly) return { importId: null, rowCount: input.rows.length, errors: listed, errorCount: errors.length, counts: null }
    const importId = input.importId ?? ++nextId
    const staged = calls.filter((c) => !c.checkOnly).reduce((n, c) => n + c.rows.length, 0)
    return { importId, rowCount: input.rows.length, errors: [], errorCount: 0, counts: { added: staged, changed: 0, unchanged: 0 } }
  }
  return { calls, preview }
}

describe('batchSizeFor', () => {
  it('aims at about twenty steps of 500 to 5,000 rows', () => {
    expect(batchSizeFor(10)).toBe(500)
    expect(batchSizeFor(2000)).toBe(500)
    expect(batchSizeFor(40_000)).toBe(2000)
    expect(batchSizeFor(200_000)).toBe(5000)
  })
})

describe('checkInBatches', () => {
  it('sends the file as one batch unless told otherwise', async () => {
    const api = scriptedApi()
    const check = await checkInBatches(api.preview, { filename: 'f.csv', rows: rowsOf(1200) })
    expect(api.calls).toHaveLength(1)
    expect(check).toMatchObject({ importId: 42, rowCount: 1200, errorCount: 0, counts: { added: 1200 } })
  })

  it('stages batch after batch under the first batch’s import, numbering rows from the file and reporting progress', async () => {
    const api = scriptedApi()
    const progress: number[] = []
    const check = await checkInBatches(api.preview, { filename: 'f.csv', rows: rowsOf(1200), batchSize: 500, onProgress: (n) => void progress.push(n) })
    expect(api.calls.map((c) => [c.rows.length, c.firstRowNumber, c.importId, c.checkOnly])).toEqual([
      [500, 2, null, false],
      [500, 502, 42, false],
      [200, 1002, 42, false],
    ])
    expect(progress).toEqual([500, 1000, 1200])
    expect(check).toEqual({ importId: 42, rowCount: 1200, errors: [], errorCount: 0, counts: { added: 1200, changed: 0, unchanged: 0 } })
  })

  it('after a refused batch only checks the rest, naming every error by its row in the file, staging nothing', async () => {
    const api = scriptedApi()
    const check = await checkInBatches(api.preview, { filename: 'f.csv', rows: rowsOf(1500, [700, 1400]), batchSize: 500 })
    expect(api.calls.map((c) => [c.importId, c.checkOnly])).toEqual([
      [null, false],
      [42, false],
      [null, true],
    ])
    expect(check).toMatchObject({ importId: null, errorCount: 2, counts: null })
    expect(check.errors.map((e) => e.row)).toEqual([700, 1400])
  })

  it('counts every error and lists the first 200, as one request would', async () => {
    const bad = Array.from({ length: 300 }, (_, i) => 2 + i * 3)
    const check = await checkInBatches(scriptedApi().preview, { filename: 'f.csv', rows: rowsOf(1000, bad), batchSize: 250 })
    expect(check.errorCount).toBe(300)
    expect(check.errors).toHaveLength(MAX_LISTED_ERRORS)
    expect(check.errors.at(-1)?.row).toBe(bad[MAX_LISTED_ERRORS - 1])
  })

  it('stops after a batch that misses a column: every batch has the same header', async () => {
    const calls: number[] = []
    const check = await checkInBatches(
      async (input) => {
        calls.push(input.firstRowNumber ?? 2)
        return { importId: null, rowCount: input.rows.length, errors: [{ row: 1, column: 'periode', message: 'De kolom periode ontbreekt.' }], errorCount: 1, counts: null }
      },
      { filename: 'f.csv', rows: rowsOf(1000), batchSize: 250 },
    )
    expect(calls).toEqual([2])
    expect(check).toMatchObject({ errorCount: 1, errors: [{ row: 1, column: 'periode' }] })
  })
})

describe('streamedCheck', () => {
  it('streams the row count, a line per batch and the result, which the page reads back', async () => {
    const api = scriptedApi()
    // The scripted previewImport is all of the API the check calls.
    const caller = { indicator: { previewImport: api.preview } } as unknown as ApiCaller
    const response = streamedCheck(caller, { filename: 'f.csv', rows: rowsOf(1200), requestId: 'r1' })
    expect(response.headers.get('Content-Type')).toBe('application/x-ndjson; charset=utf-8')
    expect(response.headers.get('Cache-Control')).toContain('no-transform')
    const seen: CheckProgress[] = []
    const done = await readCheckStream(response, (p) => void seen.push(p))
    expect(seen).toEqual([
      { phase: 'checking', checked: 0, total: 1200 },
      { phase: 'checking', checked: 500, total: 1200 },
      { phase: 'checking', checked: 1000, total: 1200 },
      { phase: 'checking', checked: 1200, total: 1200 },
    ])
    expect(done?.result).toMatchObject({ intent: 'controleren', filename: 'f.csv', importId: 42, rowCount: 1200, counts: { added: 1200 } })
  })

  it('ends with a Dutch message, not a stack trace, when the check fails underway', async () => {
    // Only previewImport is called; it fails as a lost database connection would.
    const caller = { indicator: { previewImport: () => Promise.reject(new Error('connection terminated')) } } as unknown as ApiCaller
    const errors: unknown[] = []
    const log = console.error
    console.error = (...args: unknown[]) => void errors.push(args)
    try {
      const done = await readCheckStream(streamedCheck(caller, { filename: 'f.csv', rows: rowsOf(3), requestId: 'r2' }), () => undefined)
      expect(done?.result).toEqual({ formError: 'Het controleren is mislukt. Probeer het opnieuw (verzoek r2).' })
      expect(JSON.stringify(done)).not.toContain('connection terminated')
    } finally {
      console.error = log
    }
    expect(errors).toHaveLength(1)
  })
})
