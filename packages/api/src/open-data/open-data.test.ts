import Ajv2020 from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../testing.ts'
import { DEMO_ACCOUNTS } from '../demo/demo-accounts.ts'
import { seedDemoEditions } from '../demo/seed-editions.ts'
import { buildOpenApiDocument } from './openapi.ts'
import { answerPublicApi } from './public-api.ts'
import { DATASETS } from './registry.ts'

// Issue 15, "nothing leaks": walk the OpenAPI document, call every endpoint (and every snapshot of a
// data set) anonymously, check each answer against the document, and look in every answer for what
// must never be public. The markers below are planted so the search can find them if they leak.

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
const MARK = {
  draftTitle: 'LEKTEST concept-afspraak 7731',
  preparedMoment: 'LEKTEST BO in de toekomst',
  preparedNote: 'LEKTEST voorbereide status',
  regionValue: 4242.4242,
  publicValue: 1234.5678,
}
const doc = buildOpenApiDocument()

beforeAll(async () => {
  api = await createApiTest()
  // Two frozen editions and an open one: their data sets and snapshots are walked too.
  await api.db.transaction().execute((trx) => seedDemoEditions(trx))
  const editor = api.callerAs('region_editor').agreement
  await editor.create({
    regionSlug: 'zwolle',
    fields: {
      title: MARK.draftTitle,
      nvoAgreements: ['access'],
      themes: ['access'],
      conditions: ['low_threshold_access'],
    },
  })
  // A past decision moment with a change (recorded by the analyst: a name that must not go out), and a
  // prepared one after TEST_NOW (2 March 2026) that must not be visible at all.
  const analyst = api.callerAs('vng_analyst').overview
  const block = await analyst.buildingBlock({ number: 7 })
  const line = block.subLineTimeline[0]
  if (!line) throw new Error('seed lacks block 7')
  const past = await analyst.addMoment({ momentDate: '2026-02-01', label: 'BO 1 februari 2026' })
  const changed = await analyst.setSubLineStatus({
    subLineId: line.id,
    version: line.version,
    momentId: past.id,
    status: 'done',
    note: 'Openbare toelichting',
  })
  const future = await analyst.addMoment({ momentDate: '2026-12-01', label: MARK.preparedMoment })
  await analyst.setSubLineStatus({
    subLineId: line.id,
    version: changed.version,
    momentId: future.id,
    status: 'pending',
    note: MARK.preparedNote,
  })
  // One region's own figure of a region-reported indicator, and a public statistic per municipality.
  const entered = {
    source: 'test',
    enteredByLabel: 'Invoerder Lektest',
    state: 'final' as const,
    periodEnd: '2025-12-31',
    period: '2025',
  }
  await api.db
    .insertInto('indicatorValue')
    .values([
      {
        ...entered,
        indicatorKey: 'waiting_list_bw',
        areaLevel: 'region',
        areaCode: 'GM0193',
        value: MARK.regionValue,
      },
      {
        ...entered,
        indicatorKey: 'wmo_clients',
        areaLevel: 'municipality',
        areaCode: 'GM0193',
        value: MARK.publicValue,
        source: 'CBS test',
      },
    ])
    .execute()
})
afterAll(() => api.close())

const ajv = new Ajv2020({ strict: false, validateFormats: false })
ajv.addSchema(doc, 'openapi')
/** The JSON Pointer of a 200 answer's schema in the document. */
const pointer = (path: string) =>
  `openapi#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/get/responses/200/content/application~1json/schema`

/** Every URL of the API: each path of the document, and each data set's snapshots. */
async function everyUrl(): Promise<{ path: string; url: string }[]> {
  const urls = Object.keys(doc.paths).map((path) => ({ path, url: path }))
  for (const d of DATASETS) {
    for (const s of await d.snapshots({ db: api.db, today: '2026-03-02', viewer: null })) {
      urls.push({
        path: `/api/v1/datasets/${d.key}`,
        url: `/api/v1/datasets/${d.key}?${new URLSearchParams(s.query).toString()}`,
      })
    }
  }
  return urls
}

const ask = (who: 'anonymous' | 'region_editor' | 'vng_analyst', url: string) =>
  answerPublicApi(api.callerAs(who), new URL(url, 'http://portal.test'), 'test')

describe('the public API, walked from its OpenAPI document', () => {
  it('lists one path per data set, plus the list and the document itself', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/v1/datasets',
        '/api/v1/openapi.json',
        ...DATASETS.map((d) => `/api/v1/datasets/${d.key}`),
      ].sort(),
    )
  })

  it('answers every endpoint anonymously with what the document says', async () => {
    const urls = await everyUrl()
    expect(urls.length).toBeGreaterThan(Object.keys(doc.paths).length) // the past moment's snapshot is walked too
    for (const { path, url } of urls) {
      const answer = await ask('anonymous', url)
      expect(answer.status, url).toBe(200)
      const valid = ajv.validate({ $ref: pointer(path) }, answer.body)
      expect(ajv.errorsText(ajv.errors), url).toBe('No errors')
      expect(valid).toBe(true)
    }
  })

  it('puts no draft, prepared decision, personal data or region-reported value per region in any answer', async () => {
    const people = DEMO_ACCOUNTS.flatMap((a) => [a.email, a.name])
    const forbidden = [
      MARK.draftTitle,
      MARK.preparedMoment,
      MARK.preparedNote,
      String(MARK.regionValue),
      'Invoerder Lektest',
      ...people,
    ]
    for (const { url } of await everyUrl()) {
      const text = JSON.stringify((await ask('anonymous', url)).body)
      for (const needle of forbidden)
        expect(text.includes(needle), `${needle} in ${url}`).toBe(false)
    }
    // Per area only public statistics: every row with an area code belongs to such an indicator.
    const perArea = await ask('anonymous', '/api/v1/datasets/publieke-statistiek-per-gebied')
    const rows = (
      perArea.body as { rows: { indicator: string; gebiedscode: string; waarde: number | null }[] }
    ).rows
    expect(rows).toContainEqual(
      expect.objectContaining({
        indicator: 'wmo_clients',
        gebiedscode: 'GM0193',
        waarde: MARK.publicValue,
      }),
    )
    expect(rows.some((r) => r.indicator === 'waiting_list_bw')).toBe(false)
  })

  it('withholds a national figure that would show one region’s own value', async () => {
    const series = await ask('anonymous', '/api/v1/datasets/indicatoren-landelijk')
    const rows = (
      series.body as {
        rows: {
          indicator: string
          periode: string
          waarde: number | null
          achtergehouden: boolean
        }[]
      }
    ).rows
    expect(rows).toContainEqual(
      expect.objectContaining({
        indicator: 'waiting_list_bw',
        periode: '2025',
        waarde: null,
        achtergehouden: true,
      }),
    )
    expect(rows.some((r) => r.indicator === 'nvo_agreements_met')).toBe(false)
  })

  it('gives signed-in callers the very same answers (open data is one tier)', async () => {
    for (const { url } of await everyUrl()) {
      const anonymous = await ask('anonymous', url)
      expect(await ask('region_editor', url), url).toEqual(anonymous)
      expect(await ask('vng_analyst', url), url).toEqual(anonymous)
    }
  })

  it('gives a signed-in download what its visitor may see, marked private; an anonymous one stays public', async () => {
    const mine = (who: 'anonymous' | 'vng_analyst') =>
      api.callerAs(who).openData.dataset({ key: 'indicatoren-landelijk', query: {}, view: 'mine' })
    const figure = (rows: Record<string, unknown>[]) =>
      rows.find((r) => r.indicator === 'waiting_list_bw' && r.periode === '2025')
    const analyst = await mine('vng_analyst')
    // Partial coverage: never a national figure, but the signed in see the partial sum, as on the indicator page.
    expect(figure(analyst.file.rows)).toMatchObject({ waarde: null, achtergehouden: false, deelwaarde: MARK.regionValue })
    expect(analyst.file.dataset.audience.code).toBe('signed_in')
    expect(analyst.cache).toBe('private')
    const visitor = await mine('anonymous')
    expect(figure(visitor.file.rows)).toMatchObject({ waarde: null, achtergehouden: true, deelwaarde: null })
    expect(visitor.file.dataset.audience.code).toBe('public')
    expect(visitor.cache).toBe('current')
    // The API never asks for the caller's view: the same answer as anonymous (see the test above).
    const viaApi = await ask('vng_analyst', '/api/v1/datasets/indicatoren-landelijk')
    expect(figure((viaApi.body as { rows: Record<string, unknown>[] }).rows)).toMatchObject({ achtergehouden: true })
  })

  it('answers unknown paths, data sets and moments in the one error shape', async () => {
    const error = (code: string) => ({ error: { code, message: expect.any(String) } })
    expect(await ask('anonymous', '/api/v1/bestaat-niet')).toEqual({
      status: 404,
      cache: null,
      body: error('NOT_FOUND'),
    })
    expect(await ask('anonymous', '/api/v1/datasets/bestaat-niet')).toEqual({
      status: 404,
      cache: null,
      body: error('NOT_FOUND'),
    })
    const { moments } = await api.callerAs('vng_analyst').overview.moments()
    const prepared = moments.find((m) => m.label === MARK.preparedMoment)
    expect(await ask('anonymous', `/api/v1/datasets/bouwsteen-status?per=${prepared?.id}`)).toEqual(
      { status: 404, cache: null, body: error('NOT_FOUND') },
    )
    expect(await ask('anonymous', '/api/v1/datasets/bouwsteen-status?per=abc')).toEqual({
      status: 400,
      cache: null,
      body: error('INVALID'),
    })
    expect(await ask('anonymous', '/api/v1/datasets/%E0%A4%A')).toEqual({
      status: 404,
      cache: null,
      body: error('NOT_FOUND'),
    })
  })

  it('marks a past decision moment as past and the current picture as current (for caching)', async () => {
    const { moments } = await api.callerAs('anonymous').overview.moments()
    const past = moments.find((m) => m.momentDate === '2026-02-01')
    expect(
      (await ask('anonymous', `/api/v1/datasets/bouwsteen-status?per=${past?.id}`)).cache,
    ).toBe('past')
    expect((await ask('anonymous', '/api/v1/datasets/bouwsteen-status')).cache).toBe('current')
  })
})
