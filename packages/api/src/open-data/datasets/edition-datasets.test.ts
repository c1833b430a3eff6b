import { insertEdition, listRegionCodes } from '@bt/db'
import { PICTURE_SHAPE_VERSION, type EditionPicture, type EditionRegionState, type NvoAgreementKey } from '@bt/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

// The data sets built from frozen editions, on hand-built editions: five regions in a frozen edition
// with known pictures, states and one dispute, and an open edition whose levels must never appear.

let api: Awaited<ReturnType<typeof createApiTest>>

const picture = (regionCode: string, levels: Partial<Record<NvoAgreementKey, number>>, agreements: { stage: string; overdue?: boolean; delayCount?: number }[] = []): EditionPicture => ({
  shapeVersion: PICTURE_SHAPE_VERSION,
  takenAt: '2025-12-20T12:00:00Z',
  regionCode,
  regionName: regionCode,
  levels: Object.entries(levels).map(([nvoAgreement, level]) => ({ nvoAgreement: nvoAgreement as NvoAgreementKey, level, explanation: 'Toelichting' })),
  indicators: [],
  agreements: agreements.map((a, i) => ({ id: i + 1, title: `Afspraak ${i}`, stage: a.stage, dueDate: null, plannedDate: null, delayCount: a.delayCount ?? 0, overdue: a.overdue ?? false, nvoAgreements: [], conditions: [], buildingBlocks: [] })),
  planElements: [],
  adoptions: { visionTitle: null, councils: 0, adopted: 0 },
})

async function addEdition(key: string, regions: { code: string; state: EditionRegionState; picture: EditionPicture | null }[], frozenAt: Date | null, disputes: { regionCode: string; itemKey: string }[] = []) {
  await api.db.transaction().execute(async (trx) => {
    const id = await insertEdition(trx, { key, label: `Editie ${key}`, referenceDate: '2025-11-17', windowOpens: '2025-11-17', windowCloses: '2025-12-19', dueDate: '2025-12-19', bandPeriods: 8, bandMadFactor: 3, openedByLabel: 'Test' }, regions.map((r) => r.code))
    for (const r of regions) {
      await trx.updateTable('editionRegion').set({ state: r.state, picture: r.picture ? JSON.stringify(r.picture) : null }).where('editionId', '=', id).where('regionCode', '=', r.code).execute()
    }
    for (const d of disputes) {
      await trx.insertInto('editionDispute').values({ editionId: id, ...d, itemLabel: d.itemKey, reason: 'Dit niveau klopt niet.', authorLabel: 'Redacteur' }).execute()
    }
    if (frozenAt) await trx.updateTable('edition').set({ state: 'frozen', frozenAt, frozenByLabel: 'Analist' }).where('id', '=', id).execute()
  })
}

beforeAll(async () => {
  api = await createApiTest()
  const codes = (await listRegionCodes(api.db)).map((r) => r.code)
  const [a, b, c, d, e] = codes
  if (!a || !b || !c || !d || !e) throw new Error('the seed has fewer than five regions')
  await addEdition(
    '2025-H2',
    [
      { code: a, state: 'confirmed', picture: picture(a, { regional_vision: 3, codesign: 2 }, [{ stage: 'gerealiseerd' }, { stage: 'in_uitvoering', overdue: true, delayCount: 2 }]) },
      { code: b, state: 'confirmed', picture: picture(b, { regional_vision: 3, codesign: 4 }, [{ stage: 'vastgesteld' }]) },
      { code: c, state: 'approved', picture: picture(c, { regional_vision: 1 }) },
      // Submitted, never approved: its levels are proposals and must not be counted per level.
      { code: d, state: 'submitted', picture: picture(d, { regional_vision: 4, codesign: 4 }, [{ stage: 'gerealiseerd' }]) },
      { code: e, state: 'not_started', picture: null },
    ],
    new Date('2026-01-12T10:00:00Z'),
    [{ regionCode: b, itemKey: 'level:codesign' }],
  )
  await addEdition('2026-H2', [{ code: a, state: 'confirmed', picture: picture(a, { regional_vision: 0 }) }], null)
})
afterAll(() => api.close())

const load = (key: string, query: Record<string, string> = {}) => api.callerAs('anonymous').openData.dataset({ key, query })

describe('regions per NvO level per frozen edition', () => {
  it('counts only levels an adviser approved and the region did not dispute; the rest adds up to every region', async () => {
    const { file, cache } = await load('nvo-niveaus-per-editie', { editie: '2025-H2' })
    const count = (afspraak: number, stand: string, niveau: number | null = null) =>
      file.rows.find((r) => r.afspraak === afspraak && r.stand_code === stand && r.niveau === niveau)?.aantal_regios
    // Agreement 1: a and b at 3, c at 1 (approved counts); d's proposed 4 is not confirmed; e has no picture.
    expect([0, 1, 2, 3, 4].map((l) => count(1, 'bevestigd', l))).toEqual([0, 1, 0, 2, 0])
    expect(count(1, 'betwist')).toBe(0)
    expect(count(1, 'niet_bevestigd')).toBe(2)
    // Agreement 2: a at 2; b disputed its 4; c has no level; d unconfirmed; e none.
    expect([0, 1, 2, 3, 4].map((l) => count(2, 'bevestigd', l))).toEqual([0, 0, 1, 0, 0])
    expect(count(2, 'betwist')).toBe(1)
    expect(count(2, 'niet_bevestigd')).toBe(3)
    for (const afspraak of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const total = file.rows.filter((r) => r.afspraak === afspraak).reduce((sum, r) => sum + Number(r.aantal_regios), 0)
      expect(total, `afspraak ${afspraak}`).toBe(5)
    }
    expect(cache).toBe('frozen')
    expect(file.dataset.asOf).toEqual({ date: '2026-01-12', label: 'Editie 2025-H2' })
  })

  it('leaves open editions out, and refuses one by name in Dutch', async () => {
    const all = await load('nvo-niveaus-per-editie')
    expect(new Set(all.file.rows.map((r) => r.editie))).toEqual(new Set(['2025-H2']))
    expect(all.cache).toBe('current')
    await expect(load('nvo-niveaus-per-editie', { editie: '2026-H2' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('nog niet bevroren') })
    await expect(load('nvo-niveaus-per-editie', { editie: '2024-H1' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('offers each frozen edition as an earlier state with its own address', async () => {
    const list = await api.callerAs('anonymous').openData.list()
    const levels = list.datasets.find((d) => d.key === 'nvo-niveaus-per-editie')
    expect(levels?.snapshots).toEqual([{ label: 'Editie 2025-H2', date: '2026-01-12', query: { editie: '2025-H2' } }])
  })
})

describe('national figures of each frozen edition', () => {
  it('gives the same figures as the edition page', async () => {
    const { file, cache } = await load('edities-landelijke-cijfers', { editie: '2025-H2' })
    const figures = Object.fromEntries(file.rows.map((r) => [r.maat_code, r.aantal]))
    expect(figures).toMatchObject({
      regios: 5,
      regios_met_beeld: 4,
      regios_bevestigd: 2,
      regios_met_betwisting: 1,
      afspraken_gerealiseerd: 2,
      afspraken_in_uitvoering: 1,
      afspraken_vastgesteld: 1,
      afspraken_concept: 0,
      afspraken_over_datum: 1,
      afspraken_vertraagd: 1,
    })
    const page = await api.callerAs('anonymous').edition.get({ editionKey: '2025-H2' })
    expect(figures.regios_met_beeld).toBe(page.aggregates?.withPicture)
    expect(figures.afspraken_over_datum).toBe(page.aggregates?.overdueAgreements)
    expect(cache).toBe('frozen')
  })

  it('dates a frozen edition’s regions-per-state file by its freeze, so its bytes never change', async () => {
    const states = await load('edities-verdeling-per-status', { editie: '2025-H2' })
    expect(states.cache).toBe('frozen')
    expect(states.file.dataset.asOf.date).toBe('2026-01-12')
  })
})
