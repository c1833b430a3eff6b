// The national overview and a building block page at ten times the real scale (issue 13 goal: ≤ 50 ms
// and ≤ 2× the same numbers in plain SQL), measured in the same run. The overview and the block pages
// are kept per stamp of their records (ADR 031), so each is measured twice: unchanged records, and
// right after a write (the first reader computes it afresh). Runs on PostgreSQL when TEST_DATABASE_URL is set
// (bash scripts/with-postgres.sh), else on in-memory PGlite.
import { sql } from 'kysely'
import { bench, describe } from 'vitest'
import type { Actor } from '../context.ts'
import { getBuildingBlockStatus, getOverview } from '../services/progress/status.ts'
import { openBenchDb } from './indicator-data.ts'
import { insertOverviewBenchData } from './overview-data.ts'
import { block7PageInSql, overviewInSql } from './overview-sql.ts'

const { db, engine } = await openBenchDb('overview')
const started = performance.now()
const made = await insertOverviewBenchData(db)
console.log(`overview bench data on ${engine}: ${JSON.stringify(made)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const TODAY = '2026-06-01'
const analyst: Actor = { userId: 'bench-analyst', name: 'Bench', email: 'bench@example.org', grants: [{ role: 'vng_analyst', regionCode: null, municipalityCode: null }] }
const anonymous = { actor: null, today: TODAY }
const signedIn = { actor: analyst, today: TODAY }

// A committed write to one of the overview's records (a no-op update still moves its stamp, ADR 031).
const write = () => sql`update decision_moment set label = label where id = (select min(id) from decision_moment)`.execute(db)

describe(`overview /, ${made.agreements.toLocaleString('en')} agreements, ${made.statusChanges} status changes (${engine})`, () => {
  bench('baseline: the same statuses, trend and headline figures in plain SQL', async () => {
    await overviewInSql(db, TODAY)
  })
  bench('overview.buildingBlocks (anonymous), records unchanged since the last view', async () => {
    await getOverview(db, anonymous, {})
  })
  bench('overview.buildingBlocks (analyst), records unchanged since the last view', async () => {
    await getOverview(db, signedIn, {})
  })
})

describe(`overview / right after a write to its records: computed afresh (${engine})`, () => {
  bench('baseline: a write, then the same numbers in plain SQL', async () => {
    await write()
    await overviewInSql(db, TODAY)
  })
  bench('a write, then overview.buildingBlocks (anonymous)', async () => {
    await write()
    await getOverview(db, anonymous, {})
  })
  bench('a write, then overview.buildingBlocks (analyst)', async () => {
    await write()
    await getOverview(db, signedIn, {})
  })
})

describe(`building block page /bouwstenen/7, records unchanged since the last view (${engine})`, () => {
  bench('baseline: the same statuses, trend, region comparison and agreements in plain SQL', async () => {
    await block7PageInSql(db, TODAY)
  })
  bench('overview.buildingBlock 7 (analyst: with region comparison and agreements)', async () => {
    await getBuildingBlockStatus(db, signedIn, { number: 7 })
  })
  bench('overview.buildingBlock 7 (anonymous)', async () => {
    await getBuildingBlockStatus(db, anonymous, { number: 7 })
  })
  bench('overview.buildingBlock 2 (analyst)', async () => {
    await getBuildingBlockStatus(db, signedIn, { number: 2 })
  })
})

describe(`building block page /bouwstenen/7 right after a write to its records: computed afresh (${engine})`, () => {
  bench('baseline: a write, then the same numbers in plain SQL', async () => {
    await write()
    await block7PageInSql(db, TODAY)
  })
  bench('a write, then overview.buildingBlock 7 (analyst)', async () => {
    await write()
    await getBuildingBlockStatus(db, signedIn, { number: 7 })
  })
  bench('a write, then overview.buildingBlock 7 (anonymous)', async () => {
    await write()
    await getBuildingBlockStatus(db, anonymous, { number: 7 })
  })
})
