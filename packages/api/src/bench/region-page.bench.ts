// The region page's server time at ten times the real scale (agreements issue; issue 20 keeps it
// ≤ 1.2×): 440 regions × 200 agreements, each with two revisions, against one plain SQL query for the
// matrix in the same run. On PostgreSQL when TEST_DATABASE_URL is set, else on in-memory PGlite. The
// national search has its own bench (search.bench.ts).
import { countCoverageInSql, type AgreementContent } from '@bt/db'
import { AGREEMENT_STAGES, CONDITION_KEYS, NVO_AGREEMENT_KEYS, NVO_THEME_KEYS } from '@bt/domain'
import { bench, describe } from 'vitest'
import type { Actor } from '../context.ts'
import { insertSeedAgreements } from '../demo/bulk-insert.ts'
import { getRegionOverview } from '../services/regions/overview.ts'
import { openBenchDb, REGIONS } from './indicator-data.ts'
import { SEARCH_WORDS } from './search-data.ts'

const AGREEMENTS_PER_REGION = 200

let seed = 42
const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32)
const pick = <T>(items: readonly T[], n: number) => Array.from({ length: n }, () => items[Math.floor(next() * items.length)]!)

function content(i: number): AgreementContent {
  const plannedDate = `202${5 + (i % 3)}-0${1 + (i % 9)}-15`
  return {
    title: `Afspraak ${i}`,
    body: `${pick(SEARCH_WORDS, 6).join(' ')}. ${'Een uitvoeringsafspraak met een tekst van enige lengte. '.repeat(6)}`,
    nvoAgreements: [...new Set(pick(NVO_AGREEMENT_KEYS, 2))],
    themes: [...new Set(pick(NVO_THEME_KEYS, 2))],
    conditions: [...new Set(pick(CONDITION_KEYS, 3))],
    buildingBlocks: ['monitoring'],
    planElements: ['vision'],
    municipalities: [],
    partners: [{ name: 'Stichting Anker', kind: 'provider' }],
    milestones: [],
    delays: i % 7 === 0 ? [{ reason: 'Later', previousDate: plannedDate, newDate: '2027-01-01', recordedAt: '2026-01-01', recordedBy: 'bench' }] : [],
    plannedDate,
    dueDate: plannedDate,
    stage: AGREEMENT_STAGES[i % 5]!,
    stageReason: '',
    explanation: '',
  }
}

// openBenchDb makes the regions GM5000 … GM5439 with the slugs bench-0 … bench-439.
const { db, engine } = await openBenchDb('region_page')
const codes = Array.from({ length: REGIONS }, (_, i) => `GM${5000 + i}`)
const slug = (code: string) => `bench-${Number(code.slice(2)) - 5000}`
const started = performance.now()
const agreements = Array.from({ length: REGIONS * AGREEMENTS_PER_REGION }, (_, i) => ({
  regionCode: codes[i % REGIONS]!,
  first: content(i),
  second: content(i),
  published: true,
}))
await db.transaction().execute((trx) => insertSeedAgreements(trx, { agreements, authorLabel: 'bench', at: new Date('2026-01-01') }))
const made = agreements.length
console.log(`region page bench data on ${engine}: ${made} agreements, ${made * 2} revisions in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const editor = (regionCode: string): Actor => ({ userId: 'bench', name: 'Bench', email: 'bench@example.org', grants: [{ role: 'region_editor', regionCode, municipalityCode: null }] })
const reader: Actor = { userId: 'reader', name: 'Reader', email: 'reader@example.org', grants: [{ role: 'vng_analyst', regionCode: null, municipalityCode: null }] }
const region = () => codes[Math.floor(next() * REGIONS)]!

describe(`region page, ${REGIONS} regions × ${AGREEMENTS_PER_REGION} agreements (${engine})`, () => {
  bench('baseline: coverage matrix in one SQL query', async () => {
    await countCoverageInSql(db, { regionCode: region() })
  })
  bench('region page, published view (VNG analyst)', async () => {
    const code = region()
    await getRegionOverview(db, { actor: reader, today: '2026-06-01' }, { slug: slug(code), filter: {} })
  })
  bench('region page, draft view (region editor)', async () => {
    const code = region()
    await getRegionOverview(db, { actor: editor(code), today: '2026-06-01' }, { slug: slug(code), filter: {} })
  })
})
