import { describe, expect, it } from 'vitest'
import { delaysToSheetRows, milestonesToSheetRows, readDelayRows, readMilestoneRows } from './agreement-sheet-timeline.ts'

const delay = { reason: 'Aanbesteding loopt uit', previousDate: '2026-06-01', newDate: '2026-09-01', recordedAt: '2026-05-02T10:00:00.000Z', recordedBy: 'Eva' }
const agreement = { id: 7, title: 'Toegang', milestones: [{ date: '2026-03-01', label: 'Plan; besproken' }], delays: [delay] }
const index = { ids: new Set([7]), newTitles: new Set(['Nieuw']) }
const recorded = new Map([[7, [delay]]])

describe('the milestone and delay sheets', () => {
  it('read their own export back as the same milestones and no new delays', () => {
    const milestones = readMilestoneRows(milestonesToSheetRows([agreement]), index, '__rij')
    expect(milestones.problems).toEqual([])
    expect(milestones.milestones.get('7')).toEqual(agreement.milestones)
    const delays = readDelayRows(delaysToSheetRows([agreement]), index, recorded, '__rij')
    expect(delays).toEqual({ added: new Map(), problems: [] })
  })

  it('gives a new agreement (no id) its milestones by its exact title', () => {
    const read = readMilestoneRows([{ afspraak_id: '', afspraak: 'Nieuw', datum: '2026-04-01', mijlpaal: 'Start' }], index, '__rij')
    expect(read.milestones.get('new:Nieuw')).toEqual([{ date: '2026-04-01', label: 'Start' }])
  })

  it('names the sheet, the row (own number or position) and the column of a bad cell', () => {
    const read = readMilestoneRows(
      [
        { afspraak_id: '7', datum: '2026-13-01', mijlpaal: 'Start', __rij: '9' },
        { afspraak_id: 'x', datum: '2026-01-01', mijlpaal: 'Start' },
        { afspraak_id: '8', datum: '2026-01-01', mijlpaal: 'S' },
      ],
      index,
      '__rij',
    )
    expect(read.problems).toEqual([
      { file: 'Mijlpalen', row: 9, column: 'datum', message: 'Schrijf de datum als JJJJ-MM-DD.' },
      { file: 'Mijlpalen', row: 3, column: 'afspraak_id', message: 'Het id van de afspraak moet een getal zijn.' },
      { file: 'Mijlpalen', row: 4, column: 'afspraak_id', message: 'Afspraak 8 staat niet op het blad Afspraken van dit bestand.' },
    ])
  })

  it('adds a row without a number as a new delay, keeps recorded ones as they are, and misses none', () => {
    const rows = delaysToSheetRows([agreement])
    const added = readDelayRows([...rows, { afspraak_id: '7', nummer: '', nieuwe_datum: '2026-12-01', reden: 'Nog later' }], index, recorded, '__rij')
    expect(added.problems).toEqual([])
    expect(added.added.get('7')).toEqual([{ row: 3, newDate: '2026-12-01', reason: 'Nog later' }])
    const rewritten = readDelayRows([{ ...rows[0], nieuwe_datum: '2026-08-01' }], index, recorded, '__rij')
    expect(rewritten.problems).toEqual([expect.objectContaining({ file: 'Vertragingen', row: 2, column: 'nummer' })])
    const missing = readDelayRows([], index, recorded, '__rij')
    expect(missing.problems).toEqual([expect.objectContaining({ row: 0, message: expect.stringContaining('Vertraging 1 van afspraak 7 ontbreekt') })])
    const forNew = readDelayRows([{ afspraak_id: '', afspraak: 'Nieuw', nieuwe_datum: '2026-12-01', reden: 'Nog later' }], index, recorded, '__rij')
    expect(forNew.problems).toContainEqual(expect.objectContaining({ column: 'afspraak_id', message: expect.stringContaining('nieuwe afspraak heeft nog geen vertraging') }))
  })
})
