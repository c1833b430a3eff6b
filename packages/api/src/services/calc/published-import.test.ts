import { listMunicipalitiesWithRegion } from '@bt/db'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

// Issue 18 item 5: the rekenbestand's published amounts and the Wmo-integratie-uitkering imported
// from a sheet — checked first with the sheet's own row numbers, then imported all-or-nothing and
// audited — and Regio Zwolle's path computed from them with its members sharing by their published
// objective amounts.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const admin = () => api.callerAs('admin').calc

/** Zwolle's scenario from 2022 with its published totals, as a region editor runs it. */
const runZwolleFromPublished = () =>
  api.callerAs('region_editor').calc.run({
    scope: 'GM0193',
    startYear: '2022',
    publishedHistoricalEuros: '140.096.291',
    publishedObjectiveEuros: '113.750.051',
  })

async function zwolleRows() {
  const all = await listMunicipalitiesWithRegion(api.db, { onDate: '2026-06-01' })
  const members = all.filter((m) => m.regionCode === 'GM0193')
  // €113,750,051 over the members: the centre 40%, the rest in equal whole euros, the remainder to the last.
  const total = 113_750_051
  const centre = Math.round(total * 0.4)
  const others = members.filter((m) => m.code !== 'GM0193')
  const each = Math.floor((total - centre) / others.length)
  return members.map((m, index) => ({
    row: index + 3, // a title row above the header in the sheet: the header is row 2
    cells: {
      Gemeentecode: m.code,
      Historisch: m.code === 'GM0193' ? '140.096.291' : '',
      Objectief:
        m.code === 'GM0193'
          ? String(centre)
          : String(m.code === others.at(-1)?.code ? total - centre - each * (others.length - 1) : each),
      'Wmo-integratie-uitkering': String(1_000_000 + index * 1_000),
    },
  }))
}

describe('importing published amounts', () => {
  it('names each problem by the sheet’s own row and column, and stores nothing', async () => {
    const rows = await zwolleRows()
    const broken = [
      ...rows.slice(0, -1),
      { row: 40, cells: { ...rows[1]!.cells, Objectief: 'veel' } },
      { row: 41, cells: { ...rows[2]!.cells, Historisch: '5' } },
    ]
    const preview = await admin().previewPublished({ rows: broken })
    expect(preview.errors).toContainEqual({ row: 40, column: 'objectief', message: '"veel" is geen getal; gebruik bijvoorbeeld 1234567,89 of 1234567.89.' })
    expect(preview.errors).toContainEqual(expect.objectContaining({ row: 40, column: 'gemeentecode', message: expect.stringContaining(`staat al in rij ${rows[1]!.row}`) }))
    expect(preview.errors).toContainEqual(expect.objectContaining({ row: 41, column: 'historisch', message: expect.stringContaining('is geen centrumgemeente') }))
    const refused = await admin()
      .importPublished({ rows: broken })
      .then(
        () => null,
        (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
      )
    expect(refused).toBe('BAD_REQUEST')
    const stored = await api.db.selectFrom('calcPublishedAmount').select('municipalityCode').execute()
    expect(stored).toEqual([])
  })

  it('imports a whole region, audits it, and Zwolle’s path follows the members’ published shares', async () => {
    const rows = await zwolleRows()
    const preview = await admin().previewPublished({ rows })
    expect(preview.errors).toEqual([])
    expect(preview.regions).toEqual([{ code: 'GM0193', name: 'Zwolle', historicalCents: 14_009_629_100, objectiveCents: 11_375_005_100, historicalMoCents: null, objectiveMoCents: null }])
    const done = await admin().importPublished({ rows })
    expect(done.municipalities).toBe(rows.length)
    expect(done.wmoIntegrationPayments).toBe(rows.length)
    const audit = await api.db.selectFrom('auditLog').select(['action', 'entityType']).where('action', '=', 'calc_dataset.published_imported').execute()
    expect(audit).toHaveLength(1)

    const overview = await api.callerAs('region_editor').calc.overview()
    expect(overview.publishedRegions).toEqual([{ code: 'GM0193', historicalCents: 14_009_629_100, objectiveCents: 11_375_005_100 }])
    expect(overview.dataset?.hasWmoIntegrationPayment).toBe(true)

    const result = await runZwolleFromPublished()
    expect(result.membersFromPublished).toBe(true)
    const last = result.municipalities.map((m) => m.amountsByYear.at(-1))
    const published = new Map(rows.map((r) => [r.cells.Gemeentecode, Number(r.cells.Objectief) * 100]))
    expect(result.municipalities.map((m) => m.objectiveCents)).toEqual(result.municipalities.map((m) => published.get(m.code)))
    expect(last.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(11_375_005_100)
    expect(result.regions[0]!.amountsByYear[5]).toBe(12_692_317_100)
    for (let k = 0; k < result.years.length; k++) {
      expect(result.municipalities.reduce((sum, m) => sum + (m.amountsByYear[k] ?? 0), 0)).toBe(result.regions[0]!.amountsByYear[k])
    }
  })

  it('keeps the imported MO part with the centrumgemeente; the members share BW (seed 000 §3.2)', async () => {
    const rows = await zwolleRows()
    // Illustrative MO part of Zwolle's totals: €30,000,000 historical, €25,000,000 objective.
    const withMo = rows.map((r) => ({
      ...r,
      cells: { ...r.cells, Historisch_MO: r.cells.Gemeentecode === 'GM0193' ? '30.000.000' : '', 'Objectief MO': r.cells.Gemeentecode === 'GM0193' ? '25.000.000' : '' },
    }))
    const other = withMo[1]!
    const bad = [
      ...withMo.filter((r) => r !== other),
      { ...other, cells: { ...other.cells, Historisch_MO: '0', 'Objectief MO': '5' } },
    ]
    const refused = await admin().previewPublished({ rows: bad })
    expect(refused.errors).toEqual([
      { row: other.row, column: 'objectief_mo', message: expect.stringContaining('is geen centrumgemeente: MO blijft bij de centrumgemeenten') },
    ])
    const tooMuch = withMo.map((r) => (r.cells.Gemeentecode === 'GM0193' ? { ...r, cells: { ...r.cells, 'Objectief MO': '50.000.000' } } : r))
    expect((await admin().previewPublished({ rows: tooMuch })).errors).toEqual([
      { row: withMo.find((r) => r.cells.Gemeentecode === 'GM0193')!.row, column: 'objectief_mo', message: 'Het MO-deel is groter dan het bedrag in objectief waar het deel van is.' },
    ])
    const preview = await admin().previewPublished({ rows: withMo })
    expect(preview.errors).toEqual([])
    expect(preview.regions[0]).toMatchObject({ historicalMoCents: 3_000_000_000, objectiveMoCents: 2_500_000_000 })
    await admin().importPublished({ rows: withMo })

    const result = await runZwolleFromPublished()
    expect(result.moFromPublished).toBe(true)
    // The region's total is as published; Zwolle keeps MO, blended on its own.
    expect(result.regions[0]!.amountsByYear[5]).toBe(12_692_317_100)
    const step = Math.min(result.pipeline.step, result.years.length - 1)
    const zwolle = result.municipalities.find((m) => m.code === 'GM0193')!
    expect(zwolle.moCents).toBe(Math.round(((10 - step) * 3_000_000_000 + step * 2_500_000_000) / 10))
    for (let k = 0; k < result.years.length; k++) {
      expect(result.municipalities.reduce((sum, m) => sum + (m.amountsByYear[k] ?? 0), 0)).toBe(result.regions[0]!.amountsByYear[k])
    }
    // In 2026 (step 5) the members other than Zwolle get half of their objective amount; the rest of
    // the region, MO's part included, is Zwolle's.
    const others = result.municipalities.filter((m) => m.code !== 'GM0193')
    for (const m of others) expect(m.amountsByYear[5]).toBe(Math.round(m.objectiveCents / 2))
    expect(zwolle.amountsByYear[5]).toBe(12_692_317_100 - others.reduce((sum, m) => sum + (m.amountsByYear[5] ?? 0), 0))
  })
})
