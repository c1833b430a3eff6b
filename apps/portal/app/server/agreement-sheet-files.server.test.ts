import { DELAY_SHEET, MILESTONE_SHEET, SHEET_COLUMNS, SHEET_ROW_NUMBER } from '@bt/domain'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readAgreementSheetFiles, SHEET_NO_AGREEMENTS } from './agreement-sheet-files.server.ts'
import { sheetToCsv, sheetToXlsx, timelineToCsv } from './sheets.server.ts'

const row = { ...Object.fromEntries(SHEET_COLUMNS.map((c) => [c, ''])), id: '12', versie: '3', titel: 'Toegang' }
const milestone = { afspraak_id: '12', afspraak: 'Toegang', datum: '2026-03-01', mijlpaal: 'Plan; besproken' }
const delay = { afspraak_id: '12', afspraak: 'Toegang', nummer: '1', vorige_datum: '2026-06-01', nieuwe_datum: '2026-09-01', reden: 'Later', vastgelegd_op: '2026-05-02', vastgelegd_door: 'Eva' }
const at = (n: number, cells: Record<string, string>) => ({ ...cells, [SHEET_ROW_NUMBER]: String(n) })
const encode = (text: string) => new TextEncoder().encode(text)

describe('the files of an agreement import', () => {
  it('reads an XLSX export’s agreements, milestones and delays worksheets, each row with its own number', async () => {
    const bytes = await sheetToXlsx([row], [], { milestones: [milestone, milestone], delays: [delay] })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Afspraken', MILESTONE_SHEET, DELAY_SHEET, 'Keuzelijsten'])
    const read = await readAgreementSheetFiles([{ filename: 'a.xlsx', content: bytes }])
    expect(read).toEqual({ ok: true, tables: { rows: [at(2, row)], milestones: [at(2, milestone), at(3, milestone)], delays: [at(2, delay)] } })
  })

  it('reads CSV files by their header row, in any order, an empty milestone file as no milestones', async () => {
    const read = await readAgreementSheetFiles([
      { filename: 'm.csv', content: encode(timelineToCsv('milestones', [])) },
      { filename: 'a.csv', content: encode(sheetToCsv([row])) },
      { filename: 'v.csv', content: encode(timelineToCsv('delays', [delay])) },
    ])
    expect(read).toEqual({ ok: true, tables: { rows: [at(2, row)], milestones: [], delays: [at(2, delay)] } })
  })

  it('leaves milestones and delays out when the file has none, and asks for the agreements when only they come', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Blad1').addRows([['id', 'titel'], ['12', 'Toegang']])
    const old = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect(await readAgreementSheetFiles([{ filename: 'oud.xlsx', content: old }])).toEqual({ ok: true, tables: { rows: [at(2, { id: '12', titel: 'Toegang' })], milestones: undefined, delays: undefined } })
    expect(await readAgreementSheetFiles([{ filename: 'm.csv', content: encode(timelineToCsv('milestones', [milestone])) }])).toEqual({ ok: false, message: SHEET_NO_AGREEMENTS })
    const twice = await readAgreementSheetFiles([
      { filename: 'a.csv', content: encode(sheetToCsv([row])) },
      { filename: 'b.csv', content: encode(sheetToCsv([row])) },
    ])
    expect(twice).toEqual({ ok: false, message: 'Er zijn twee bestanden met afspraken; kies er één.' })
  })
})
