// Recomputing every signal at ten times the real scale (issue 16): 440 regions with 200 agreements
// each, regiovisies, 50 decision moments, ten years of indicator values, a reference scenario of 440
// regions and a half-year edition, against the same counts in plain SQL in the same run. Runs on PostgreSQL when
// TEST_DATABASE_URL is set (bash scripts/with-postgres.sh), else on in-memory PGlite.
import { DEFAULT_SIGNAL_THRESHOLDS, SIGNAL_KINDS } from '@bt/domain'
import { COMPUTED_SIGNAL_KINDS, computeSignals } from '@bt/indicators'
import { sql } from 'kysely'
import { bench, describe } from 'vitest'
import { loadSignalData } from '../services/bottlenecks/signal-data.ts'
import { recomputeSignals } from '../services/bottlenecks/signals.ts'
import { openBenchDb } from './indicator-data.ts'
import { insertOverviewBenchData } from './overview-data.ts'
import { countSignalsInSql } from './signals-sql.ts'

const { db, engine } = await openBenchDb('signals')
const made = await insertOverviewBenchData(db)
// The overview bench's stored result lacks what the budget signal reads: its years and scope.
await sql`update scenario set result = result || jsonb_build_object('years', (select jsonb_agg(jsonb_build_object('year', 2021 + y)) from generate_series(0, 10) y),
  'scope', jsonb_build_object('kind', 'nation'), 'sharing', null) where is_reference`.execute(db)
// One region in five sees its budget fall 20% in 2026, so the budget signal has something to find.
await sql`update scenario set result = jsonb_set(result, '{regions}', (select jsonb_agg(case when i % 5 = 0
    then jsonb_set(x, '{amountsByYear,5}', to_jsonb(((x->'amountsByYear'->>4)::bigint * 8) / 10)) else x end)
  from jsonb_array_elements(result->'regions') with ordinality as r(x, i))) where is_reference`.execute(db)
// Some published agreements were delayed by half a year.
await sql`update agreement_revision set snapshot = snapshot || jsonb_build_object('delays', jsonb_build_array(jsonb_build_object('reason', 'bench',
  'previousDate', snapshot->>'plannedDate', 'newDate', ((snapshot->>'plannedDate')::date + 180)::text)))
  where agreement_id % 7 = 0`.execute(db)

// The latest half-year edition, due before today: states cycle over the regions (a third not handed
// in), one region in ten disputed two items.
const edition = await sql<{ id: number }>`insert into edition (key, label, reference_date, window_opens, window_closes, due_date, opened_by_label)
  values ('2025-H2', 'Editie 2025-H2', '2025-12-31', '2026-01-05', '2026-01-31', '2026-02-01', 'bench') returning id`.execute(db)
const editionId = edition.rows[0]?.id ?? 0
await sql`insert into edition_region (edition_id, region_code, state, picture, picture_taken_at)
  select ${editionId}, code, (array['not_started', 'draft', 'submitted', 'returned', 'approved', 'confirmed'])[1 + row_number() over (order by code) % 6],
    '{}'::jsonb, now() from region`.execute(db)
await sql`update edition_region set picture = null, picture_taken_at = null where state in ('not_started', 'draft')`.execute(db)
await sql`insert into edition_dispute (edition_id, region_code, item_key, item_label, reason, author_label)
  select ${editionId}, region_code, k, 'Onderdeel ' || k, 'Klopt niet.', 'bench' from edition_region, unnest(array['nvo.access', 'nvo.housing']) k
  where edition_id = ${editionId} and right(region_code, 1) = '0'`.execute(db)

const TODAY = '2026-06-01'
const NOW = new Date(`${TODAY}T06:00:00Z`)
const thresholds = DEFAULT_SIGNAL_THRESHOLDS

// The two must agree on every kind the baseline counts; a mismatch means the benchmark compares nothing.
const computed = computeSignals(await loadSignalData(db, { today: TODAY, thresholds }))
const inSql = await countSignalsInSql(db, TODAY, thresholds)
const byKind = Object.fromEntries(SIGNAL_KINDS.map((k) => [k, computed.filter((s) => s.kind === k).length]))
for (const [kind, n] of Object.entries(inSql)) {
  if (byKind[kind] !== n) throw new Error(`signals bench: ${kind} computes ${byKind[kind]} signals, SQL counts ${n}`)
}
const first = await recomputeSignals(db, { today: TODAY, now: NOW })
console.log(`signals bench on ${engine}: ${made.agreements} agreements, ${computed.length} signals (${JSON.stringify(byKind)}); first recompute ${JSON.stringify(first)}`)

let round = 0
const OPTIONS = { iterations: 5, warmupIterations: 1, time: 0 }
describe(`recompute all signals, ${made.agreements.toLocaleString('en')} agreements in ${made.regions} regions (${engine})`, () => {
  bench('baseline: the same signals counted per kind in plain SQL (no evidence, not stored)', async () => {
    await countSignalsInSql(db, TODAY, thresholds)
  }, OPTIONS)
  bench('compute: read the published records and run the signal functions (not stored)', async () => {
    computeSignals(await loadSignalData(db, { today: TODAY, thresholds }))
  }, OPTIONS)
  bench(`recompute: compute and reconcile with the stored signals (${COMPUTED_SIGNAL_KINDS.length} kinds, nothing changed)`, async () => {
    await recomputeSignals(db, { today: TODAY, now: new Date(NOW.getTime() + ++round * 1000) })
  }, OPTIONS)
})
