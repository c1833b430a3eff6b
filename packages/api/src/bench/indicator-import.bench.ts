// Import throughput (issue 12 goal: 100,000 rows in under 5 s on PostgreSQL): check, stage in batches and
// commit in one statement, against the same rows written by plain multi-row INSERTs in the same run.
// Runs on PostgreSQL when TEST_DATABASE_URL is set (bash scripts/with-postgres.sh), else on PGlite.
import { sql } from 'kysely'
import { bench, describe } from 'vitest'
import type { Actor } from '../context.ts'
import { commitIndicatorImport, previewIndicatorImport } from '../services/indicators/import.ts'
import { openBenchDb } from './indicator-data.ts'

const ROWS = 100_000
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
    { iterations: 3, warmupIterations: 0, time: 0 },
  )
  bench(
    'import: check every row, stage in batches, commit in one statement (each round changes every value)',
    async () => {
      const t0 = performance.now()
      const preview = await previewIndicatorImport(ctx, { filename: 'bench.csv', rows: fileRows(++round), importId: null, firstRowNumber: 2 })
      if (!preview.importId) throw new Error(`bench file refused: ${JSON.stringify(preview.errors.slice(0, 3))}`)
      const t1 = performance.now()
      const result = await commitIndicatorImport(ctx, { importId: preview.importId })
      console.log(`round ${round}: check + stage ${((t1 - t0) / 1000).toFixed(2)} s, commit ${((performance.now() - t1) / 1000).toFixed(2)} s`, preview.counts, result)
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  )
})
