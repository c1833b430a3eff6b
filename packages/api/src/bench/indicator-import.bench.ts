// Import throughput (issue 12 goal: 100,000 rows in under 5 s on PostgreSQL): check, stage and commit
// in one statement, against the same rows written by plain multi-row INSERTs in the same run. Measured
// as one request (the portal without JavaScript), in 5,000-row batches as the portal's progress sends
// them (ADR 038), and as a re-import of an unchanged file (every row reported unchanged).
// Runs on PostgreSQL when TEST_DATABASE_URL is set (bash scripts/with-postgres.sh), else on PGlite.
// Figures with their baseline and the machine's load: docs/decisions/039-import-throughput-and-aggregate-figures.md.
import { sql } from 'kysely'
import { bench, describe } from 'vitest'
import type { Actor } from '../context.ts'
import { commitIndicatorImport, previewIndicatorImport } from '../services/indicators/import.ts'
import { openBenchDb } from './indicator-data.ts'

const ROWS = 100_000
/** Rows per preview request when the portal checks a large file with progress (batchSizeFor in the portal). */
const PORTAL_BATCH = 5000
const { db, engine } = await openBenchDb('import')
const analyst: Actor = { userId: 'bench', name: 'Bench', email: 'bench@example.org', grants: [{ role: 'vng_analyst', regionCode: null, municipalityCode: null }] }
const ctx = { db, actor: analyst, requestId: 'bench' }

// 3,420 bench municipalities × 20 half years of wmo_clients, then wmo_stay_shelter_clients: 100,000 rows.
function fileRows(round: number): Record<string, string>[] {
  const rows: Record<string, string>[] = []
  for (const indicator of ['wmo_clients', 'wmo_stay_shelter_clients']) {
    for (let year = 2016; year <= 2025; year++) {
      for (const half of [1, 2]) {
        for (let i = 0; i < 3420 && rows.length < ROWS; i++) {
          rows.push({ indicator, niveau: 'gemeente', gebiedscode: `GM${5000 + i}`, periode: `${year}-H${half}`, waarde: String(100 + ((i + year + round) % 900)), bron: 'CBS bench' })
        }
      }
    }
  }
  return rows
}

/** Check and stage the file in requests of `batch` rows, as the portal does; the last answer. */
async function preview(rows: Record<string, string>[], batch: number) {
  let answer = await previewIndicatorImport(ctx, { filename: 'bench.csv', rows: rows.slice(0, batch), importId: null, firstRowNumber: 2 })
  for (let i = batch; i < rows.length && answer.importId; i += batch) {
    answer = await previewIndicatorImport(ctx, { filename: 'bench.csv', rows: rows.slice(i, i + batch), importId: answer.importId, firstRowNumber: 2 + i })
  }
  if (!answer.importId) throw new Error(`bench file refused: ${JSON.stringify(answer.errors.slice(0, 3))}`)
  return { importId: answer.importId, counts: answer.counts }
}

async function importFile(label: string, rows: Record<string, string>[], batch: number) {
  const t0 = performance.now()
  const { importId, counts } = await preview(rows, batch)
  const t1 = performance.now()
  const result = await commitIndicatorImport(ctx, { importId })
  console.log(`${label}: check + stage ${((t1 - t0) / 1000).toFixed(2)} s, commit ${((performance.now() - t1) / 1000).toFixed(2)} s`, JSON.stringify(counts), JSON.stringify(result))
}

const once = { iterations: 3, warmupIterations: 0, time: 0 }
let round = 0
describe(`import of ${ROWS.toLocaleString('en')} rows (${engine})`, () => {
  bench(
    'baseline: the same rows as plain INSERTs of 1,000 rows (no checks, no history)',
    async () => {
      await sql`truncate bench_plain`.execute(db).catch(async () => sql`create table bench_plain (like indicator_value including defaults)`.execute(db))
      const rows = fileRows(round)
      for (let i = 0; i < rows.length; i += 1000) {
        await db
          .insertInto('bench_plain' as 'indicatorValue')
          .values(rows.slice(i, i + 1000).map((r) => ({ indicatorKey: r.indicator!, areaLevel: 'municipality' as const, areaCode: r.gebiedscode!, period: r.periode!, periodEnd: r.periode!.endsWith('H1') ? `${r.periode!.slice(0, 4)}-06-30` : `${r.periode!.slice(0, 4)}-12-31`, state: 'final' as const, value: Number(r.waarde), source: r.bron!, enteredByLabel: 'bench' })))
          .execute()
      }
    },
    once,
  )
  bench('import in one request: check every row, stage, commit in one statement (each round changes every value; the first adds them)', async () => {
    await importFile(`round ${++round}, one request`, fileRows(round), ROWS)
  }, once)
  bench(`import in ${PORTAL_BATCH.toLocaleString('en')}-row requests as the portal sends them (each round changes every value)`, async () => {
    await importFile(`round ${++round}, batches of ${PORTAL_BATCH}`, fileRows(round), PORTAL_BATCH)
  }, once)
  bench('re-import of an unchanged file in one request (every row reported unchanged, nothing written)', async () => {
    await importFile(`round ${round} again, unchanged`, fileRows(round), ROWS)
  }, once)
})
