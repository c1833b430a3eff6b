// National search at ten times the real scale (issue 20 goal: one common word ≤ 100 ms), against the
// same hits found without ranking in plain SQL and against the query before issue 20 (rank every
// match, snapshots joined in), in the same run. Runs on PostgreSQL when TEST_DATABASE_URL is set
// (bash scripts/with-postgres.sh), else on in-memory PGlite.
import { sql } from 'kysely'
import { bench, describe } from 'vitest'
import type { Actor } from '../context.ts'
import { searchAgreements } from '../services/agreements/search.ts'
import { openBenchDb, REGIONS } from './indicator-data.ts'
import { insertSearchBenchData, SEARCH_WORDS } from './search-data.ts'

const { db, engine } = await openBenchDb('search')
const started = performance.now()
const made = await insertSearchBenchData(db)
console.log(`search bench data on ${engine}: ${made} agreements, ${made * 2} revisions in ${((performance.now() - started) / 1000).toFixed(1)} s`)
const copied = await sql<{ n: number }>`select count(*)::integer as n from agreement where published_search_vector is not null`.execute(db)
if (copied.rows[0]?.n !== made) throw new Error(`Only ${copied.rows[0]?.n} of ${made} agreements carry their published search vector`)

const reader: Actor = { userId: 'reader', name: 'Reader', email: 'reader@example.org', grants: [{ role: 'vng_analyst', regionCode: null, municipalityCode: null }] }
let seed = 42
const word = () => SEARCH_WORDS[(seed = (seed * 7 + 3) % SEARCH_WORDS.length)] ?? 'wachtlijst'
const tsquery = (query: string) => sql`websearch_to_tsquery('dutch', ${query})`

/** The floor: 51 matching published agreements with title and region, unranked, no snippet. */
async function hitsWithoutRanking(query: string) {
  await sql`select a.id, g.name, g.slug, r.snapshot->>'title' as title from agreement_revision r
    join agreement a on a.id = r.agreement_id and a.published_revision = r.revision join region g on g.code = a.region_code
    where r.search_vector @@ ${tsquery(query)} order by a.id limit 51`.execute(db)
}

/** The query before issue 20: every match ranked with its snapshot's title and body, then the headline. */
async function rankEveryMatch(query: string) {
  await sql`select h.id, g.name, h.title, ts_headline('dutch', h.title || ' — ' || h.body, ${tsquery(query)}) as snippet
    from (select a.id, a.region_code, v.snapshot->>'title' as title, coalesce(v.snapshot->>'body', '') as body, ts_rank(v.search_vector, ${tsquery(query)}) as rank
      from agreement_revision v join agreement a on a.id = v.agreement_id and a.published_revision = v.revision
      where v.search_vector @@ ${tsquery(query)} order by rank desc, a.id limit 51) h
    join region g on g.code = h.region_code order by h.rank desc, h.id`.execute(db)
}

describe(`national search, one common word (a quarter of ${made.toLocaleString('en')} published agreements match, ${engine})`, () => {
  bench('baseline: the same hits without ranking, plain SQL', async () => {
    await hitsWithoutRanking(word())
  })
  bench('before issue 20: rank every match', async () => {
    await rankEveryMatch(word())
  }, { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 })
  bench('search.agreements (ranked, with snippets)', async () => {
    await searchAgreements(db, { actor: reader }, { query: word() })
  })
})

describe(`search with few matches (${engine})`, () => {
  bench('two words, one region filtered by theme', async () => {
    await searchAgreements(db, { actor: reader }, { query: 'crisisbedden wachtlijst', regionSlug: `bench-${seed % REGIONS}`, theme: 'housing' })
  })
  bench('two words nationally (both must occur)', async () => {
    await searchAgreements(db, { actor: reader }, { query: `${word()} ${word()}` })
  })
})
