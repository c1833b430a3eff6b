import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
  const editor = api.callerAs('region_editor').agreement
  for (const title of ['Eerste afspraak', 'Tweede afspraak']) {
    await editor.create({
      regionSlug: 'zwolle',
      fields: { title, body: 'Tekst, met "aanhalingstekens"', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'], municipalities: ['GM0166'], partners: [{ name: 'Stichting Anker', kind: 'provider' }], plannedDate: '2026-05-01' },
    })
  }
})
afterAll(() => api.close())

const agreement = () => api.callerAs('region_editor').agreement

async function rowErrors(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(TRPCError)
  return ((error as TRPCError).cause as { details?: { rowErrors?: unknown } }).details?.rowErrors
}

describe('the agreement spreadsheet', () => {
  it('re-imports its own export without changing anything', async () => {
    const { rows } = await agreement().exportSheet({ slug: 'zwolle' })
    expect(rows).toHaveLength(2)
    const result = await agreement().importSheet({ regionSlug: 'zwolle', rows })
    expect(result).toEqual({ created: 0, updated: 0, unchanged: 2 })
    const again = await agreement().exportSheet({ slug: 'zwolle' })
    expect(again.rows).toEqual(rows)
  })

  it('updates changed rows and creates rows without an id', async () => {
    const { rows } = await agreement().exportSheet({ slug: 'zwolle' })
    const changed = rows.map((r, i) => (i === 0 ? { ...r, titel: 'Eerste afspraak, bijgewerkt', stadium: 'vastgesteld' } : r))
    const fresh = { ...rows[1]!, id: '', versie: '', titel: 'Nieuwe afspraak uit het bestand' }
    const preview = await agreement().stageSheet({ regionSlug: 'zwolle', rows: [...changed, fresh] })
    expect({ creates: preview.creates, updates: preview.updates, unchanged: preview.unchanged, errors: preview.errors }).toEqual({
      creates: 1,
      updates: 1,
      unchanged: 1,
      errors: [],
    })
    await agreement().importSheet({ regionSlug: 'zwolle', rows: [...changed, fresh] })
    const after = await agreement().exportSheet({ slug: 'zwolle' })
    expect(after.rows.map((r) => [r.titel, r.stadium_sleutel, r.versie])).toEqual([
      ['Eerste afspraak, bijgewerkt', 'vastgesteld', '2'],
      ['Tweede afspraak', 'concept', '1'],
      ['Nieuwe afspraak uit het bestand', 'concept', '1'],
    ])
  })

  it('refuses a file with a bad row, naming row and column, and changes nothing', async () => {
    const { rows } = await agreement().exportSheet({ slug: 'zwolle' })
    const bad = [
      { ...rows[0]!, titel: 'Gewijzigd' },
      { ...rows[1]!, themas: 'access; geen_thema', geplande_datum: '31-12-2026' },
      { ...rows[2]!, stadium: 'gerealiseerd' },
      { ...rows[2]!, id: 'abc' },
    ]
    const errors = await rowErrors(agreement().importSheet({ regionSlug: 'zwolle', rows: bad }))
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'themas' }),
        expect.objectContaining({ row: 3, column: 'geplande_datum' }),
        expect.objectContaining({ row: 4, column: 'stadium', message: 'Van "Concept" naar "Gerealiseerd" kan niet.' }),
        expect.objectContaining({ row: 5, column: 'id' }),
      ]),
    )
    const after = await agreement().exportSheet({ slug: 'zwolle' })
    expect(after.rows).toEqual(rows)
  })

  it('speaks Dutch: a change in a label column applies that change and nothing else; the key column stays beside it', async () => {
    const { rows } = await agreement().exportSheet({ slug: 'zwolle' })
    const first = rows[0]!
    expect(first.themas).not.toMatch(/_/)
    expect(first.themas_sleutels.split('; ')).toEqual(expect.arrayContaining([expect.stringMatching(/^[a-z_]+$/)]))
    const edited = { ...first, themas: `${first.themas}; wonen: WOONPLEKKEN, uitstroom, afspraken met corporaties` }
    const preview = await agreement().stageSheet({ regionSlug: 'zwolle', rows: [edited, ...rows.slice(1)] })
    expect(preview.errors).toEqual([])
    expect(preview.updates).toBe(1)
    expect(preview.unchanged).toBe(rows.length - 1)
    await agreement().commitSheet({ regionSlug: 'zwolle', importId: preview.importId! })
    const after = await agreement().exportSheet({ slug: 'zwolle' })
    // nothing but the themes (labels and keys) and the version differs from what the sheet said before
    expect(after.rows[0]).toEqual({
      ...first,
      versie: String(Number(first.versie) + 1),
      themas: `${first.themas}; Wonen: woonplekken, uitstroom, afspraken met corporaties`,
      themas_sleutels: `${first.themas_sleutels}; housing`,
    })
    expect(after.rows.slice(1)).toEqual(rows.slice(1))
  })

  it('names the valid values in an error, reads municipalities by name, and counts blank rows in row numbers', async () => {
    const { rows } = await agreement().exportSheet({ slug: 'zwolle' })
    const fresh = { ...rows[0]!, id: '', versie: '', titel: 'Uit Excel', gemeenten: 'Kampen', gemeenten_codes: '' }
    const ok = await agreement().stageSheet({ regionSlug: 'zwolle', rows: [fresh] })
    expect(ok.errors).toEqual([])
    expect(ok.creates).toBe(1)
    const errors = await rowErrors(
      agreement().importSheet({
        regionSlug: 'zwolle',
        rows: [{ ...fresh, condities: 'Woonvarianten; Vliegende schotels', gemeenten: 'Groningen', __rij: '7' }],
      }),
    )
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 7, column: 'condities', message: expect.stringContaining('Kies uit: 1. ') }),
        expect.objectContaining({ row: 7, column: 'gemeenten', message: expect.stringContaining('Kampen') }),
      ]),
    )
    const condition = (errors as { column: string; message: string }[]).find((e) => e.column === 'condities')
    expect(condition?.message).toContain('‘Vliegende schotels’')
    expect(condition?.message).toContain('4. Woonvarianten')
  })

  it('refuses a changed row whose version is older than the stored one', async () => {
    const { rows } = await agreement().exportSheet({ slug: 'zwolle' })
    await agreement().update({ id: Number(rows[1]!.id), version: 1, fields: { title: 'Intussen gewijzigd', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] } })
    const errors = await rowErrors(agreement().importSheet({ regionSlug: 'zwolle', rows: [{ ...rows[1]!, titel: 'Uit het oude bestand' }] }))
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: 'versie' })])
  })

  it('moves a selection to one stage, all or nothing', async () => {
    const { rows } = await agreement().exportSheet({ slug: 'zwolle' })
    const ids = rows.map((r) => Number(r.id))
    const errors = await rowErrors(agreement().changeStages({ regionSlug: 'zwolle', ids, stage: 'in_uitvoering' }))
    expect(Array.isArray(errors) && errors.length).toBeGreaterThan(0)
    const concepts = rows.filter((r) => r.stadium_sleutel === 'concept').map((r) => Number(r.id))
    await agreement().changeStages({ regionSlug: 'zwolle', ids: concepts, stage: 'vastgesteld' })
    const after = await agreement().exportSheet({ slug: 'zwolle' })
    expect(after.rows.every((r) => r.stadium === 'Vastgesteld' && r.stadium_sleutel === 'vastgesteld')).toBe(true)
  })
})
