import { bench, describe } from 'vitest'
import { sql } from 'kysely'
import { classifyStagedRows, commitStagedImport, insertIndicatorImport, stageImportRows, clearStagedRows, type StagedRow } from '@bt/db'
import { checkImportRow } from '@bt/domain'
import { openBenchDb } from './indicator-data.ts'
import { loadCatalogue } from '../services/indicators/catalogue.ts'
import { previewIndicatorImport } from '../services/indicators/import.ts'
import type { Actor } from '../context.ts'

const { db, engine } = await openBenchDb('importsteps')
const analyst: Actor = { userId: 'bench', name: 'Bench', email: 'bench@example.org', grants: [{ role: 'vng_analyst', regionCode: null, municipalityCode: null }] }
await sql`insert into app_user (id, email, name) values ('bench', 'b@example.org', 'B')`.execute(db)
function fileRows(round: number) {
  const rows: Record<string, string>[] = []
  for (const indicator of ['wmo_clients', 'wmo_stay_shelter_clients']) for (let year = 2016; year <= 2025; year++) for (const half of [1, 2]) for (let i = 0; i < 3420 && rows.length < 100000; i++)
    rows.push({ indicator, niveau: 'gemeente', gebiedscode: `GM${5000 + i}`, periode: `${year}-H${half}`, waarde: String(100 + ((i + year + round) % 900)), bron: 'CBS bench' })
  return rows
}
const time = async <T>(label: string, f: () => Promise<T>) => { const t = performance.now(); const r = await f(); console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(2)} s`); return r }
describe(engine, () => {
  bench('steps', async () => {
    for (const round of [1, 2]) {
      const rows = fileRows(round)
      const catalogue = new Map((await loadCatalogue(db)).map((i) => [i.key, i]))
      const ctx = { db, actor: analyst, requestId: 'b' }
      await time(`round ${round} whole preview`, () => previewIndicatorImport(ctx, { filename: 'x', rows, importId: null, firstRowNumber: 2 }))
      const municipalities = new Map((await db.selectFrom('municipality').select(['code', 'name']).execute()).map((m) => [m.code, { name: m.name, validFrom: null, validTo: null }]))
      const areas = { municipalities, regions: new Map<string, string>() }
      const staged: StagedRow[] = []
      await time('check rows in JS', async () => {
        rows.forEach((cells, i) => {
          const c = checkImportRow(cells, catalogue as never, areas as never)
          if (!c.ok) throw new Error(JSON.stringify(c.errors))
          const r = c.row
          staged.push({ rowNumber: i + 2, indicatorKey: r.indicatorKey, areaLevel: r.level, areaCode: r.areaCode, period: r.period, periodEnd: r.periodEnd, state: r.state, value: r.value, numerator: r.numerator, denominator: r.denominator, source: r.source })
        })
      })
      const importId = await insertIndicatorImport(db, { createdBy: 'bench', createdByLabel: 'b', filename: 'x' })
      await time('stage', () => stageImportRows(db, { importId, rows: staged, errorCount: 0 }))
      await time('classify', () => classifyStagedRows(db, { importId }))
      await time('commit', () => db.transaction().execute((trx) => commitStagedImport(trx, { importId, enteredBy: 'bench', enteredByLabel: 'b' })))
      await time('clear', () => clearStagedRows(db, { importId }))
    }
  }, { iterations: 1, warmupIterations: 0, time: 0 })
})
