// The indicator pages at ten times the real scale (issue 12): 3,420 municipalities in 440 regions, every
// stored catalogue indicator for 40 quarters. Each aggregate is measured against the same aggregate as one
// plain SQL query in the same run. The pages read the maintained aggregates (ADR 017); the "after a
// write" cases make every period stale first, so they measure the recomputation a write costs the next
// reader. Figures with their baselines and the load: docs/decisions/039-import-throughput-and-aggregate-figures.md.
import { sql } from 'kysely'
import { bench, describe } from 'vitest'
import type { Actor } from '../context.ts'
import { getCatalogueEntry } from '../services/indicators/catalogue.ts'
import { getIndicatorFigures } from '../services/indicators/figures.ts'
import { rollUpPeriods } from '../services/indicators/series.ts'
import { insertBenchValues, MUNICIPALITIES, nationalSeriesInSql, openBenchDb, regionComparisonInSql, REGIONS } from './indicator-data.ts'

const { db, engine } = await openBenchDb('indicators')
const started = performance.now()
const { municipal, regional, rows } = await insertBenchValues(db)
console.log(`bench data on ${engine}: ${rows.toLocaleString('en')} values (${municipal.length} indicators per municipality, ${regional.length} per region) in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const wmo = await getCatalogueEntry(db, 'wmo_clients')
const waiting = await getCatalogueEntry(db, 'waiting_list_bw')
const analyst: Actor = { userId: 'bench', name: 'Bench', email: 'bench@example.org', grants: [{ role: 'vng_analyst', regionCode: null, municipalityCode: null }] }
let q = 0
const quarter = () => `${2016 + (q % 10)}-Q${1 + (q++ % 4)}`

describe(`national aggregate, ${MUNICIPALITIES} municipalities × 40 quarters (${engine})`, () => {
  bench('baseline: national series of wmo_clients in one SQL query', async () => {
    await nationalSeriesInSql(db, 'wmo_clients')
  })
  bench('national series of wmo_clients (rollUpPeriods, maintained aggregates)', async () => {
    await rollUpPeriods(db, wmo, { regions: 'none' })
  })
  bench('national series of waiting_list_bw, reported per region (rollUpPeriods, maintained aggregates)', async () => {
    await rollUpPeriods(db, waiting, { regions: 'none' })
  })
  bench(
    'national series of wmo_clients right after a write to every period (recomputed and stored)',
    async () => {
      await sql`update indicator_aggregate set stamp = stamp + 1 where indicator_key = 'wmo_clients'`.execute(db)
      await rollUpPeriods(db, wmo, { regions: 'none' })
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  )
})

describe(`region comparison, one quarter, ${REGIONS} regions (${engine})`, () => {
  bench('baseline: one quarter per region in one SQL query', async () => {
    await regionComparisonInSql(db, 'wmo_clients', quarter())
  })
  bench('region comparison of one quarter (rollUpPeriods with period, maintained aggregates)', async () => {
    await rollUpPeriods(db, wmo, { period: quarter() })
  })
  bench('one region\'s series of wmo_clients, 40 quarters (region page)', async () => {
    await rollUpPeriods(db, wmo, { regions: { regionCode: 'GM5007' } })
  })
})

describe(`whole indicator page (${engine})`, () => {
  bench('indicator page as an analyst: series, regions, municipalities', async () => {
    await getIndicatorFigures(db, { actor: analyst, today: '2026-06-01' }, { key: 'wmo_clients', period: quarter() })
  })
  bench('indicator page as an anonymous visitor', async () => {
    await getIndicatorFigures(db, { actor: null, today: '2026-06-01' }, { key: 'wmo_clients' })
  })
})
