// The region page's server time at ten times the real scale (agreements issue): 440 regions × 200
// agreements, each with two revisions, on embedded PGlite; against one plain SQL query for the matrix.
import { createDb, countCoverageInSql, migrateToLatest, seedReferenceData, type AgreementContent } from '@bt/db'
import { AGREEMENT_STAGES, CONDITION_KEYS, NVO_AGREEMENT_KEYS, NVO_THEME_KEYS } from '@bt/domain'
import { bench, describe } from 'vitest'
import type { Actor } from '../context.ts'
import { insertSeedAgreements } from '../demo/bulk-insert.ts'
import { getRegionOverview } from '../services/regions/overview.ts'
import { searchAgreements } from '../services/agreements/search.ts'

const REGIONS = 440
const AGREEMENTS_PER_REGION = 200

let seed = 42
const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32)
const pick = <T>(items: readonly T[], n: number) => Array.from({ length: n }, () => items[Math.floor(next() * items.length)]!)

// A small Dutch vocabulary so each text differs and a search word matches a share of the agreements.
const WORDS = ['crisisbedden', 'woningcorporatie', 'ervaringsdeskundige', 'zorgverzekeraar', 'wachtlijst', 'uitstroom', 'toegang', 'inkoop', 'tarieven', 'monitor', 'herstel', 'begeleiding', 'dakloosheid', 'wijkteam', 'consultatie', 'solidariteit', 'reserve', 'raadsbesluit', 'regiovisie', 'geschillen']

function content(i: number): AgreementContent {
  const plannedDate = `202${5 + (i % 3)}-0${1 + (i % 9)}-15`
  return {
    title: `Afspraak ${i}`,
    body: `${pick(WORDS, 6).join(' ')}. ${'Een uitvoeringsafspraak met een tekst van enige lengte. '.repeat(6)}`,
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

const db = await createDb({ kind: 'pglite', dataDir: 'memory://' })
await migrateToLatest(db)
await seedReferenceData(db)
const codes = Array.from({ length: REGIONS }, (_, i) => `GM${String(5000 + i).padStart(4, '0')}`)
await db.insertInto('municipality').values(codes.map((code) => ({ code, name: `Bench ${code}`, province: 'Bench', inhabitants: 50_000, inhabitantsReferenceYear: 2025 }))).execute()
await db.insertInto('region').values(codes.map((code) => ({ code, name: `Regio ${code}`, slug: `bench-${code.toLowerCase()}` }))).execute()
const started = performance.now()
const agreements = Array.from({ length: REGIONS * AGREEMENTS_PER_REGION }, (_, i) => ({
  regionCode: codes[i % REGIONS]!,
  first: content(i),
  second: content(i),
  published: true,
}))
await db.transaction().execute((trx) => insertSeedAgreements(trx, { agreements, authorLabel: 'bench', at: new Date('2026-01-01') }))
const made = agreements.length
console.log(`bench data: ${made} agreements, ${made * 2} revisions in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const editor = (regionCode: string): Actor => ({ userId: 'bench', name: 'Bench', email: 'bench@example.org', grants: [{ role: 'region_editor', regionCode, municipalityCode: null }] })
const reader: Actor = { userId: 'reader', name: 'Reader', email: 'reader@example.org', grants: [{ role: 'vng_analyst', regionCode: null, municipalityCode: null }] }
const region = () => codes[Math.floor(next() * REGIONS)]!

describe(`region page, ${REGIONS} regions × ${AGREEMENTS_PER_REGION} agreements`, () => {
  bench('baseline: coverage matrix in one SQL query', async () => {
    await countCoverageInSql(db, { regionCode: region() })
  })
  bench('region page, published view (VNG analyst)', async () => {
    const code = region()
    await getRegionOverview(db, { actor: reader, today: '2026-06-01' }, { slug: `bench-${code.toLowerCase()}`, filter: {} })
  })
  bench('region page, draft view (region editor)', async () => {
    const code = region()
    await getRegionOverview(db, { actor: editor(code), today: '2026-06-01' }, { slug: `bench-${code.toLowerCase()}`, filter: {} })
  })
})

describe(`national search, ${REGIONS * AGREEMENTS_PER_REGION} published agreements`, () => {
  bench('one word (about a quarter of the agreements match)', async () => {
    await searchAgreements(db, { actor: reader }, { query: WORDS[Math.floor(next() * WORDS.length)]! })
  })
  bench('two words, one region filtered by theme', async () => {
    await searchAgreements(db, { actor: reader }, { query: 'crisisbedden wachtlijst', regionSlug: `bench-${region().toLowerCase()}`, theme: 'access' })
  })
})
