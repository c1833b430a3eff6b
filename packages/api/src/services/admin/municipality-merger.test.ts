import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

// A municipal merger (issue 12, ADR 012): the new code from its start date, the merged codes ending the
// day before and leaving their region, the new code in the region from the same day.

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const MERGER = { code: 'GM9001', name: 'Vechtdal', province: 'Overijssel', validFrom: '2027-01-01', mergedCodes: ['GM0148', 'GM0166'], regionCode: 'GM0193' }

async function previewRow(code: string, period: string) {
  return api.callerAs('vng_analyst').indicator.previewImport({ filename: 'wmo.csv', rows: [{ indicator: 'wmo_clients', niveau: 'gemeente', gebiedscode: code, periode: period, waarde: '100' }] })
}

describe('admin.municipalities.addMerger', () => {
  it('adds the new code from its date, ends the merged ones the day before and moves the indeling', async () => {
    const admin = api.callerAs('admin').admin.municipalities
    const merged = await admin.addMerger(MERGER)
    expect(merged.merged.map((m) => m.code).sort()).toEqual(['GM0148', 'GM0166'])
    expect(await admin.get({ code: 'GM9001' })).toMatchObject({ name: 'Vechtdal', existsFrom: '2027-01-01', existsUntil: null })
    expect(await admin.get({ code: 'GM0148' })).toMatchObject({ existsUntil: '2027-01-01' })
    const memberships = await api.db.selectFrom('regionMembership').select(['municipalityCode', 'regionCode', 'validFrom', 'validTo']).where('municipalityCode', 'in', ['GM0148', 'GM9001']).orderBy('municipalityCode').execute()
    expect(memberships).toEqual([
      expect.objectContaining({ municipalityCode: 'GM0148', validTo: '2027-01-01' }),
      expect.objectContaining({ municipalityCode: 'GM9001', regionCode: 'GM0193', validFrom: '2027-01-01', validTo: null }),
    ])
  })

  it('then the import takes the new code from its date and refuses the merged ones after it, in Dutch', async () => {
    expect((await previewRow('GM9001', '2027-H1')).errors).toEqual([])
    expect((await previewRow('GM9001', '2026-H2')).errors[0]?.message).toMatch(/bestond nog niet in 2026-H2/)
    expect((await previewRow('GM0148', '2027-H1')).errors[0]?.message).toMatch(/bestond niet meer aan het eind van 2027-H1/)
    expect((await previewRow('GM0148', '2026-H2')).errors).toEqual([])
  })

  it('then an indeling import from a later date wants the new code and refuses the merged ones, by name', async () => {
    const open = await api.db.selectFrom('regionMembership').select(['municipalityCode', 'regionCode']).where('validTo', 'is', null).orderBy('municipalityCode').execute()
    const csv = ['gemeentecode,centrumgemeentecode', ...open.map((r) => `${r.municipalityCode},${r.regionCode}`)].join('\n')
    expect(csv).toContain('GM9001,GM0193')
    const indeling = api.callerAs('admin').admin.indeling
    const plan = await indeling.preview({ csv, validFrom: '2027-06-01' })
    expect(plan.errors).toEqual([])
    expect(plan.rowCount).toBe(341)
    const withEnded = await indeling.preview({ csv: `${csv}\nGM0148,GM0193`, validFrom: '2027-06-01' })
    expect(withEnded.errors).toEqual([{ row: 343, column: 'gemeentecode', message: 'Gemeente GM0148 (Dalfsen) bestaat tot 2027-01-01 en hoort niet in een indeling van 2027-06-01.' }])
  })

  it('refuses a code that exists, and a merged code that had already ended, storing nothing', async () => {
    const admin = api.callerAs('admin').admin.municipalities
    await expect(admin.addMerger({ ...MERGER, code: 'GM0193', mergedCodes: ['GM0014'] })).rejects.toThrow(/GM0193 bestaat al/)
    await expect(admin.addMerger({ ...MERGER, code: 'GM9002', mergedCodes: ['GM0148'], validFrom: '2028-01-01' })).rejects.toThrow(/GM0148 bestond op 2028-01-01 niet \(meer\)/)
    expect(await api.db.selectFrom('municipality').select('code').where('code', '=', 'GM9002').execute()).toEqual([])
  })

  it('is for administrators only', async () => {
    await expect(api.callerAs('vng_analyst').admin.municipalities.addMerger({ ...MERGER, code: 'GM9003' })).rejects.toThrow()
  })
})
