import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const HEADER = ['indicator', 'niveau', 'gebiedscode', 'periode', 'waarde', 'status', 'bron']
const rowOf = (cells: string[]) => Object.fromEntries(HEADER.map((h, i) => [h, cells[i] ?? '']))
const CBS_SOURCE = 'CBS 86050NED'
// A CBS-style file: Wmo clients in the first half of 2025 for Regio Zwolle's municipalities.
const GOOD = [
  ['wmo_clients', 'gemeente', 'GM0193', '2025-H1', '6100', '', CBS_SOURCE],
  ['wmo_clients', 'gemeente', 'GM0166', '2025-H1', '3250', '', CBS_SOURCE],
  ['wmo_clients', 'gemeente', 'GM0148', '2025-H1', '.', '', CBS_SOURCE],
  ['wmo_clients', 'gemeente', 'GM0014', '2025-H1', '17000', 'voorlopig', CBS_SOURCE],
].map(rowOf)

async function storedWmoCells() {
  const rows = await api.db.selectFrom('indicatorValue').select('areaCode').where('indicatorKey', '=', 'wmo_clients').where('period', '=', '2025-H1').execute()
  return rows.length
}

async function errorOf(call: Promise<unknown>) {
  try {
    await call
  } catch (error) {
    if (error instanceof TRPCError) return error
    throw error
  }
  throw new Error('expected an error')
}

describe('importing indicator values', () => {
  it('refuses a file with an unknown municipality and a malformed period, naming row and column, storing nothing', async () => {
    const bad = [...GOOD]
    bad[1] = rowOf(['wmo_clients', 'gemeente', 'GM9999', '2025-H1', '3250'])
    bad[3] = rowOf(['wmo_clients', 'gemeente', 'GM0014', '2025-Q5', '17000'])
    const preview = await api.callerAs('vng_analyst').indicator.previewImport({ filename: 'wmo.csv', rows: bad })
    expect(preview.importId).toBeNull()
    expect(preview.errors).toEqual([
      { row: 3, column: 'gebiedscode', message: expect.stringContaining('GM9999 bestaat niet') },
      { row: 5, column: 'periode', message: "'2025-Q5': een jaar heeft vier kwartalen, gebruik 2025-Q1 tot en met 2025-Q4." },
    ])
    expect(await storedWmoCells()).toBe(0)
  })

  it('commits the fixed file at once and reports every row unchanged when it comes again', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const first = await analyst.previewImport({ filename: 'wmo.csv', rows: GOOD })
    expect(first).toMatchObject({ errors: [], counts: { added: 4, changed: 0, unchanged: 0 } })
    expect(await analyst.commitImport({ importId: first.importId! })).toMatchObject({ inserted: 4, updated: 0, unchanged: 0 })
    expect(await storedWmoCells()).toBe(4)

    const again = await analyst.previewImport({ filename: 'wmo.csv', rows: GOOD })
    expect(again.counts).toEqual({ added: 0, changed: 0, unchanged: 4 })
    expect(await analyst.commitImport({ importId: again.importId! })).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 })
    expect((await errorOf(analyst.commitImport({ importId: again.importId! }))).code).toBe('CONFLICT')
  })

  it('checks a file in batches: the counts add up over the batches, a cell an earlier batch named is refused with both rows', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const changed = GOOD.map((r) => (r.gebiedscode === 'GM0166' ? { ...r, waarde: '3300' } : r))
    const first = await analyst.previewImport({ filename: 'wmo.csv', rows: changed.slice(0, 2) })
    expect(first.counts).toEqual({ added: 0, changed: 1, unchanged: 1 })
    const second = await analyst.previewImport({ filename: 'wmo.csv', rows: changed.slice(2), importId: first.importId, firstRowNumber: 4 })
    expect(second).toMatchObject({ importId: first.importId, errors: [], counts: { added: 0, changed: 1, unchanged: 3 } })

    const repeated = await analyst.previewImport({ filename: 'wmo.csv', rows: GOOD.slice(0, 2) })
    const refused = await analyst.previewImport({ filename: 'wmo.csv', rows: GOOD.slice(1, 2), importId: repeated.importId, firstRowNumber: 4 })
    expect(refused).toMatchObject({ importId: null, errors: [{ row: 4, column: 'gebiedscode', message: 'Regels 3, 4 gaan over dezelfde cel: elke cel één keer.' }] })
  })

  it('shows the imported values per municipality and the region as partial, the suppressed cell never a zero', async () => {
    const figures = await api.callerAs('anonymous').indicator.figures({ key: 'wmo_clients', period: '2025-H1' })
    const zwolle = figures.regions?.find((r) => r.code === 'GM0193')
    expect(zwolle).toMatchObject({ completeness: 'partial', value: null, partialValue: 9350, suppressedCount: 1 })
    expect(figures.municipalities?.find((m) => m.code === 'GM0148')).toMatchObject({ state: 'suppressed', value: null })
    // CBS's own national total for 2024 is shown with its source (seeded reference data).
    expect(figures.series.find((p) => p.period === '2024')).toMatchObject({ value: 1_284_680, isPublishedTotal: true, source: 'CBS 86050NED, Nederland 2024' })
  })
})

describe('entering values for a region', () => {
  it('lets Zwolle’s editor enter Zwolle’s values, not Groningen’s', async () => {
    const editor = api.callerAs('region_editor').indicator
    const form = await editor.entryForm({ regionSlug: 'zwolle', period: '2025-H2' })
    expect(form.rows.map((r) => r.indicator.key)).toContain('waiting_list_bw')
    const saved = await editor.saveValues({
      regionSlug: 'zwolle',
      period: '2025-H2',
      values: [{ indicatorKey: 'waiting_list_bw', state: 'final', value: '4711', numerator: '', denominator: '' }],
    })
    expect(saved).toMatchObject({ inserted: 1 })
    expect((await errorOf(editor.entryForm({ regionSlug: 'groningen', period: '2025-H2' }))).code).toBe('FORBIDDEN')
    const importing = await editor.previewImport({ rows: [{ indicator: 'waiting_list_bw', niveau: 'regio', gebiedscode: 'GM0014', periode: '2025-H2', waarde: '12' }] })
    expect(importing.errors).toEqual([{ row: 2, column: 'gebiedscode', message: expect.stringContaining('alleen waarden invoeren voor Regio Zwolle') }])
  })

  it('shows a corrected value with who entered it and its earlier version', async () => {
    const editor = api.callerAs('region_editor').indicator
    await editor.saveValues({ regionSlug: 'zwolle', period: '2025-H2', values: [{ indicatorKey: 'waiting_list_bw', state: 'final', value: '4712', numerator: '', denominator: '' }] })
    const form = await api.callerAs('vng_analyst').indicator.entryForm({ regionSlug: 'zwolle', period: '2025-H2' })
    const row = form.rows.find((r) => r.indicator.key === 'waiting_list_bw')
    expect(row?.current).toMatchObject({ value: 4712, version: 2, enteredByLabel: api.actors.region_editor?.name })
    expect(row?.history).toEqual([expect.objectContaining({ version: 1, value: 4711, state: 'final', enteredByLabel: api.actors.region_editor?.name })])
    // Back to the figure the later tests look for (a third version).
    await editor.saveValues({ regionSlug: 'zwolle', period: '2025-H2', values: [{ indicatorKey: 'waiting_list_bw', state: 'final', value: '4711', numerator: '', denominator: '' }] })
  })

  it('gives field errors for a zero denominator, a share of 140% and a period 2025-Q5', async () => {
    const editor = api.callerAs('vng_analyst').indicator
    const error = await errorOf(
      editor.saveValues({
        regionSlug: 'zwolle',
        period: '2025-H2',
        values: [
          { indicatorKey: 'shelter_wait_days', state: 'final', value: '', numerator: '120', denominator: '0' },
          { indicatorKey: 'bw_home_share', state: 'final', value: '140', numerator: '', denominator: '' },
        ],
      }),
    )
    expect(error.code).toBe('BAD_REQUEST')
    const fieldErrors = (error.cause as { details?: { fieldErrors?: Record<string, string[]> } }).details?.fieldErrors
    expect(fieldErrors).toEqual({
      'values.0.denominator': [expect.stringContaining('De noemer is 0')],
      'values.1.value': ['Een percentage ligt tussen 0 en 100; 140 kan niet.'],
    })
    const period = await errorOf(editor.entryForm({ regionSlug: 'zwolle', period: '2025-Q5' }))
    expect(period.message).toContain('vier kwartalen')
  })

  it('refuses a value for a municipality that did not exist in that period', async () => {
    await api.db.updateTable('municipality').set({ existsFrom: '2021-01-01' }).where('code', '=', 'GM1979').execute()
    const preview = await api.callerAs('vng_analyst').indicator.previewImport({
      rows: [{ indicator: 'wmo_clients', niveau: 'gemeente', gebiedscode: 'GM1979', periode: '2019', waarde: '900' }],
    })
    expect(preview.errors).toEqual([{ row: 2, column: 'gebiedscode', message: 'Gemeente GM1979 (Eemsdelta) bestond nog niet in 2019: zij bestaat vanaf 2021-01-01.' }])
  })
})

describe('what an anonymous visitor can reach', () => {
  it('never returns a region-reported or computed value per region, from any procedure or download', async () => {
    const editor = api.callerAs('region_editor').indicator
    await editor.saveExplanation({ regionSlug: 'zwolle', indicatorKey: 'waiting_list_bw', body: 'Toelichting 4711', version: null })
    const signedIn = await api.callerAs('steering_member').indicator.figures({ key: 'waiting_list_bw' })
    expect(signedIn.regions?.find((r) => r.code === 'GM0193')).toMatchObject({ value: 4711, explanation: 'Toelichting 4711' })

    const anonymous = api.callerAs('anonymous').indicator
    const { indicators } = await anonymous.catalogue()
    const regions = (await api.callerAs('anonymous').region.list()).regions
    const answers: unknown[] = []
    for (const indicator of indicators) {
      const figures = await anonymous.figures({ key: indicator.key })
      const download = await anonymous.download({ key: indicator.key })
      answers.push(figures, download)
      if (indicator.origin !== 'public_statistics') {
        expect(figures.regions, indicator.key).toBeNull()
        expect(figures.municipalities, indicator.key).toBeNull()
        expect(download.rows.filter((r) => r[1] !== 'landelijk'), indicator.key).toEqual([])
      }
    }
    for (const region of regions) {
      const section = await anonymous.regionSection({ slug: region.slug })
      answers.push(section)
      expect(section.sections.every((s) => s.indicator.origin === 'public_statistics')).toBe(true)
    }
    expect(JSON.stringify(answers)).not.toContain('4711')
  }, 180_000) // about a hundred calls: every indicator's page and download, every region's section
})
