import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appRouter } from './root.ts'
import { createApiTest } from './testing.ts'
import type { Meta } from './trpc.ts'

// DESIGN.md visibility table: anonymous visitors read national aggregates and public statistics, never
// what a region reports (levels, agreements, adoptions, plan texts) per region. This test records such
// figures with recognisable markers, calls every public query as an anonymous visitor and looks for them.

let api: Awaited<ReturnType<typeof createApiTest>>
const MARKER = 'REGIOGEGEVEN'
beforeAll(async () => {
  api = await createApiTest()
  const editor = api.callerAs('region_editor')
  const fields = { title: `${MARKER} afspraak`, nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'], buildingBlocks: ['regional_cooperation'], plannedDate: '2026-01-01' }
  const published = await editor.agreement.create({ regionSlug: 'zwolle', fields })
  await editor.agreement.publish({ id: published.id, version: published.version })
  await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'access', level: 4, explanation: `${MARKER} niveau`, version: null })
  await editor.plan.saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'done', body: `${MARKER} visie`, version: null })
  const vision = await editor.plan.addVisionVersion({ regionSlug: 'zwolle', title: `${MARKER} regiovisie`, documentDate: '2026-01-15' })
  await editor.plan.recordAdoption({
    regionSlug: 'zwolle',
    municipalityCode: 'GM0166',
    visionVersionId: vision.id,
    decisionDate: '2026-02-01',
    decisionUrl: `https://kampen.example/${MARKER}`,
  })
  // A region-reported indicator's explanation (the indicators issue's tiered publication).
  await editor.indicator.saveExplanation({ regionSlug: 'zwolle', indicatorKey: 'waiting_list_bw', body: `${MARKER} wachtlijst`, version: null })
})
afterAll(() => api.close())

/** Inputs for public queries that need one; a public query missing here fails the test with its name. */
const INPUTS: Record<string, unknown> = {
  'region.bySlug': { slug: 'zwolle' },
  'overview.buildingBlock': { number: 2 },
  'map.shapes': { onDate: '2026-03-02' },
  'account.passwordLink': { token: 'onbekend' },
  'indicator.figures': { key: 'waiting_list_bw' },
  'indicator.download': { key: 'waiting_list_bw' },
  'indicator.regionSection': { slug: 'zwolle' },
  'indicator.regionLatest': { slug: 'zwolle' },
  'edition.get': { editionKey: '2026-H1' },
  'edition.changes': { regionSlug: 'zwolle' },
  'meeting.blockDecisions': { key: 'regional_cooperation' },
  'openData.dataset': { key: 'publieke-statistiek-per-gebied' },
}

/** Keys that carry a region-reported figure in this API's DTOs (the region table's and region page's). */
const REGION_REPORTED_KEYS = /^(conditionsCovered|overdueCount|delayedCount|adoptedCount|completeBasisPoints|agreementCount|matrix|planning|nvoLevels)$/
/** `levels` is a region's NvO levels when it is a record; a list of aggregation levels is harmless. */
const isReported = (key: string, value: unknown) =>
  REGION_REPORTED_KEYS.test(key) ||
  (key === 'levels' && value !== null && typeof value === 'object' && !Array.isArray(value)) ||
  // A building block page's region comparison (values per region, tagged agreements) is for the signed in.
  (key === 'comparison' && value !== null) ||
  // The records behind a region's record indicator (councils, agreements) are region-identifiable.
  (key === 'recordList' && value !== null)

function reportedKeysIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => reportedKeysIn(v, `${path}[${i}]`))
  if (value === null || typeof value !== 'object' || value instanceof Date) return []
  return Object.entries(value).flatMap(([key, v]) => [
    ...(isReported(key, v) ? [`${path}.${key}`] : []),
    ...reportedKeysIn(v, `${path}.${key}`),
  ])
}

const publicQueries = (Object.entries(appRouter._def.procedures) as unknown as [string, { _def: { meta?: Meta; type: string } }][])
  .filter(([, p]) => p._def.meta?.allow === 'public' && p._def.type === 'query')
  .map(([path]) => path)

describe('what an anonymous visitor can reach', () => {
  it('includes the map and the region list', () => {
    expect(publicQueries).toEqual(expect.arrayContaining(['map.shapes', 'region.list', 'region.bySlug']))
  })

  it.each(publicQueries)('%s returns no region-reported figure', async (path) => {
    const [router, name] = path.split('.') as [string, string]
    const caller = api.callerAs('anonymous') as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>
    const call = caller[router]?.[name]
    expect(call, path).toBeTypeOf('function')
    // A refusal (NOT_FOUND for an unknown token) returns no figure either; a rejected input means INPUTS lacks one.
    const result = await call!(INPUTS[path]).catch((error: unknown) => {
      if (!(error instanceof TRPCError) || error.code === 'BAD_REQUEST' || error.code === 'INTERNAL_SERVER_ERROR') {
        throw new Error(`${path} failed for an anonymous visitor; add its input to INPUTS if it needs one`, { cause: error })
      }
      return { refused: error.code, message: error.message }
    })
    expect(JSON.stringify(result)).not.toContain(MARKER)
    expect(reportedKeysIn(result)).toEqual([])
  })

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('building block page %i returns no region-reported figure and no region name', async (number) => {
    const page = await api.callerAs('anonymous').overview.buildingBlock({ number })
    expect(reportedKeysIn(page)).toEqual([])
    expect(JSON.stringify(page)).not.toContain(MARKER)
    // Region names appear only behind a count of a derived measure, and only for the signed in.
    expect(JSON.stringify(page.derived ?? {})).not.toMatch(/Regio [A-Z]/)
  })

  it.each(['regional_vision_adopted', 'nvo_agreements_met', 'conditions_covered', 'agreements_on_time'])('indicator %s asked for a region’s records returns none of them', async (key) => {
    const page = await api.callerAs('anonymous').indicator.figures({ key, recordsOf: 'GM0193' })
    expect(reportedKeysIn(page)).toEqual([])
    expect(JSON.stringify(page)).not.toContain(MARKER)
  })

  it('refuses the national region table to an anonymous visitor', async () => {
    await expect(api.callerAs('anonymous').region.table()).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })
})
