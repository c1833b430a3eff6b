import { deleteExpiredAgreementSheetImports } from '@bt/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusal, TEST_NOW } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
const FIELDS = { nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'], plannedDate: '2026-06-01' }
let first = 0
let second = 0
beforeAll(async () => {
  api = await createApiTest()
  const editor = api.callerAs('region_editor').agreement
  const a = await editor.create({
    regionSlug: 'zwolle',
    fields: { ...FIELDS, title: 'Afspraak met mijlpalen', milestones: [{ date: '2026-03-01', label: 'Plan klaar; besproken' }, { date: '2026-05-01', label: 'Start' }] },
  })
  await editor.recordDelay({ id: a.id, version: a.version, reason: 'Aanbesteding loopt uit', newDate: '2026-09-01' })
  const b = await editor.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title: 'Afspraak zonder mijlpalen' } })
  first = a.id
  second = b.id
})
afterAll(() => api.close())

const agreement = () => api.callerAs('region_editor').agreement
const exportAll = async () => {
  const { rows, milestones, delays } = await agreement().exportSheet({ slug: 'zwolle' })
  return { rows, milestones, delays }
}

describe('milestones and delays in the agreement spreadsheet', () => {
  it('exports them as their own sheets, named by the agreement, and takes them back unchanged', async () => {
    const sheet = await exportAll()
    expect(sheet.milestones).toEqual([
      { afspraak_id: String(first), afspraak: 'Afspraak met mijlpalen', datum: '2026-03-01', mijlpaal: 'Plan klaar; besproken' },
      { afspraak_id: String(first), afspraak: 'Afspraak met mijlpalen', datum: '2026-05-01', mijlpaal: 'Start' },
    ])
    expect(sheet.delays).toEqual([
      expect.objectContaining({ afspraak_id: String(first), nummer: '1', vorige_datum: '2026-06-01', nieuwe_datum: '2026-09-01', reden: 'Aanbesteding loopt uit' }),
    ])
    const staged = await agreement().stageSheet({ regionSlug: 'zwolle', filename: 'x.xlsx', ...sheet })
    expect({ errors: staged.errors, creates: staged.creates, updates: staged.updates, unchanged: staged.unchanged }).toEqual({ errors: [], creates: 0, updates: 0, unchanged: 2 })
    const done = await agreement().commitSheet({ regionSlug: 'zwolle', importId: staged.importId ?? 0 })
    expect(done).toMatchObject({ created: 0, updated: 0, unchanged: 2, filename: 'x.xlsx' })
    expect(await exportAll()).toEqual(sheet)
  })

  it('rewrites an agreement’s milestones from the sheet and records a row without a number as a new delay', async () => {
    const sheet = await exportAll()
    const milestones = [
      { ...sheet.milestones[1]!, mijlpaal: 'Start uitvoering' },
      { afspraak_id: String(second), afspraak: '', datum: '2026-04-15', mijlpaal: 'Eerste overleg' },
    ]
    const delays = [...sheet.delays, { afspraak_id: String(first), afspraak: '', nummer: '', vorige_datum: '', nieuwe_datum: '2026-12-01', reden: 'Nog een vertraging', vastgelegd_op: '', vastgelegd_door: '' }]
    const staged = await agreement().stageSheet({ regionSlug: 'zwolle', rows: sheet.rows, milestones, delays })
    expect({ errors: staged.errors, updates: staged.updates, unchanged: staged.unchanged }).toEqual({ errors: [], updates: 2, unchanged: 0 })
    await agreement().commitSheet({ regionSlug: 'zwolle', importId: staged.importId ?? 0 })
    const after = await exportAll()
    expect(after.milestones.map((m) => [m.afspraak_id, m.datum, m.mijlpaal])).toEqual([
      [String(first), '2026-05-01', 'Start uitvoering'],
      [String(second), '2026-04-15', 'Eerste overleg'],
    ])
    expect(after.delays.map((d) => [d.nummer, d.vorige_datum, d.nieuwe_datum, d.reden])).toEqual([
      ['1', '2026-06-01', '2026-09-01', 'Aanbesteding loopt uit'],
      ['2', '2026-09-01', '2026-12-01', 'Nog een vertraging'],
    ])
    const delayed = await agreement().get({ id: first })
    expect(delayed.view === 'draft' && delayed.content.dueDate).toBe('2026-12-01')
  })

  it('names the sheet, row and column of a bad milestone or delay, and refuses to rewrite a recorded delay', async () => {
    const sheet = await exportAll()
    const milestones = [{ ...sheet.milestones[0]!, datum: '1-5-2026', __rij: '4' }, { ...sheet.milestones[0]!, afspraak_id: '999999' }]
    const delays = [{ ...sheet.delays[0]!, reden: 'Anders opgeschreven' }, { ...sheet.delays[0]!, nummer: '', nieuwe_datum: '2027-01-01', reden: 'kort' }]
    const staged = await agreement().stageSheet({ regionSlug: 'zwolle', rows: sheet.rows, milestones, delays })
    expect(staged.importId).toBeNull()
    expect(staged.errors).toEqual(
      expect.arrayContaining([
        { file: 'Mijlpalen', row: 4, column: 'datum', message: 'Schrijf de datum als JJJJ-MM-DD.' },
        expect.objectContaining({ file: 'Mijlpalen', row: 3, column: 'afspraak_id', message: expect.stringContaining('999999') }),
        expect.objectContaining({ file: 'Vertragingen', row: 2, column: 'nummer', message: expect.stringContaining('al vastgelegd') }),
        expect.objectContaining({ file: 'Vertragingen', row: 3, column: 'reden' }),
        // delay 2 is missing from the sheet
        expect.objectContaining({ file: 'Vertragingen', row: 0, message: expect.stringContaining(`Vertraging 2 van afspraak ${first} ontbreekt`) }),
      ]),
    )
  })
})

describe('a checked sheet kept for its commit', () => {
  it('commits once, without the file, and a second commit writes nothing', async () => {
    const sheet = await exportAll()
    const rows = sheet.rows.map((r) => (r.id === String(second) ? { ...r, toelichting: 'Uit het bestand' } : r))
    const staged = await agreement().stageSheet({ regionSlug: 'zwolle', rows })
    expect(staged.importId).toEqual(expect.any(Number))
    const importId = staged.importId ?? 0
    expect(await agreement().commitSheet({ regionSlug: 'zwolle', importId })).toMatchObject({ updated: 1 })
    const again = await refusal(agreement().commitSheet({ regionSlug: 'zwolle', importId }))
    expect(again.message).toContain('al geïmporteerd')
  })

  it('refuses a commit after another edit with a Dutch conflict naming the agreement, keeps the file, and commits after a new check', async () => {
    const sheet = await exportAll()
    const rows = sheet.rows.map((r) => (r.id === String(first) ? { ...r, toelichting: 'Uit het bestand, later' } : r))
    const staged = await agreement().stageSheet({ regionSlug: 'zwolle', rows })
    const importId = staged.importId ?? 0
    const current = await agreement().get({ id: second })
    if (current.view !== 'draft') throw new Error('the editor reads the draft')
    await agreement().update({ id: second, version: current.version, fields: { ...FIELDS, title: 'Intussen hernoemd' } })

    const conflict = await refusal(agreement().commitSheet({ regionSlug: 'zwolle', importId }))
    expect(conflict.code).toBe('CONFLICT')
    expect(conflict.message).toContain('sinds de controle zijn afspraken van de regio gewijzigd')
    const details = (conflict.cause as { details?: { rowErrors?: { row: number; message: string }[] } }).details
    expect(details?.rowErrors).toEqual([expect.objectContaining({ row: second, message: expect.stringContaining('"Intussen hernoemd" is na de controle gewijzigd') })])
    const first0 = await agreement().get({ id: first })
    expect(first0.view === 'draft' && first0.content.explanation).not.toBe('Uit het bestand, later')

    // the kept file is checked again (no upload): its old row of the renamed agreement is now named as outdated
    const rechecked = await agreement().recheckSheet({ regionSlug: 'zwolle', importId })
    expect(rechecked.errors).toEqual([
      expect.objectContaining({ row: expect.any(Number), column: 'versie', message: expect.stringContaining(`Afspraak ${second} is na de export gewijzigd`) }),
    ])
  })

  it('lets only its own editor commit it, and expires: refused after a day and deleted by housekeeping', async () => {
    const sheet = await exportAll()
    const staged = await agreement().stageSheet({ regionSlug: 'zwolle', rows: sheet.rows })
    const importId = staged.importId ?? 0
    const later = new Date(TEST_NOW.getTime() + 25 * 3_600_000)
    const lateCaller = api.runtime.caller({ actor: api.actors.region_editor ?? null, requestId: 'late', now: later })
    const expired = await refusal(lateCaller.agreement.commitSheet({ regionSlug: 'zwolle', importId }))
    expect(expired.message).toContain('De controle is verlopen')
    expect(await deleteExpiredAgreementSheetImports(api.db, { now: later })).toBeGreaterThan(0)
    const gone = await refusal(agreement().commitSheet({ regionSlug: 'zwolle', importId }))
    expect(gone.code).toBe('NOT_FOUND')
  })
})
