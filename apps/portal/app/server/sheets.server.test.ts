import { SHEET_COLUMNS, SHEET_ROW_NUMBER } from '@bt/domain'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { cellText, LEGEND_SHEET_NAME, readSheetFile, readXlsx, SHEET_NAME, SHEET_TOO_LARGE, SHEET_UNREADABLE, sheetToCsv, sheetToXlsx } from './sheets.server.ts'

const row = Object.fromEntries(SHEET_COLUMNS.map((c) => [c, ''])) as Record<string, string>
const sample = { ...row, id: '12', versie: '3', titel: 'Wonen, "begeleid"', themas: 'wonen; zorg', geplande_datum: '2026-03-01', tekst: 'regel 1\nregel 2' }
/** A row as read back: with its own row number in the spreadsheet. */
const atRow = (n: number, cells: Record<string, string>) => ({ ...cells, [SHEET_ROW_NUMBER]: String(n) })
const MEMBERS = [{ code: 'GM0166', name: 'Kampen' }]

describe('sheets', () => {
  it('writes and reads back an XLSX with every cell as text', async () => {
    const bytes = await sheetToXlsx([sample], MEMBERS)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer)
    expect(workbook.worksheets[0]?.name).toBe(SHEET_NAME)
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('id')
    const rows = await readXlsx(bytes)
    expect(rows).toEqual([sample])
  })

  it('adds a worksheet of every valid value: labels, keys and the region\'s municipalities', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await sheetToXlsx([sample], MEMBERS)).buffer)
    const legend = workbook.getWorksheet(LEGEND_SHEET_NAME)
    const values = legend?.getSheetValues().slice(2).map((r) => (Array.isArray(r) ? r.slice(1, 4) : []))
    expect(values).toContainEqual(['themas', 'Wonen: woonplekken, uitstroom, afspraken met corporaties', 'housing'])
    expect(values).toContainEqual(['condities', '4. Woonvarianten', 'housing_variants'])
    expect(values).toContainEqual(['stadium', 'In uitvoering', 'in_uitvoering'])
    expect(values).toContainEqual(['gemeenten', 'Kampen', 'GM0166'])
  })

  it('reads dates and numbers in a hand-made sheet as text', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Blad1')
    sheet.addRow(['id', 'geplande_datum', 'titel'])
    sheet.addRow([7, new Date(Date.UTC(2026, 0, 31)), 'A'])
    sheet.addRow([])
    sheet.addRow([8, '', 'B'])
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()))
    const result = await readSheetFile({ filename: 'x.xlsx', content: bytes })
    // the blank row 3 is skipped but counted: B stays on its own row 4
    expect(result).toEqual({
      ok: true,
      rows: [atRow(2, { id: '7', geplande_datum: '2026-01-31', titel: 'A' }), atRow(4, { id: '8', geplande_datum: '', titel: 'B' })],
    })
  })

  it('reads the CSV it writes', async () => {
    const csv = sheetToCsv([sample])
    const result = await readSheetFile({ filename: 'a.csv', content: new TextEncoder().encode(csv) })
    expect(result).toEqual({ ok: true, rows: [atRow(2, sample)] })
  })

  // Fails before the exporter neutralised formulas: the title came out as a live formula.
  it('neutralises formula-looking cells in the CSV and reads them back unchanged', async () => {
    const risky = { ...sample, titel: '=HYPERLINK("http://evil.example","klik")', tekst: '- punt een\n- punt twee', toelichting: '@SUM(A1)' }
    const csv = sheetToCsv([risky])
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`)
    expect(csv).toContain(`"'- punt een`)
    expect(csv).toContain(`'@SUM(A1)`)
    const result = await readSheetFile({ filename: 'a.csv', content: new TextEncoder().encode(csv) })
    expect(result).toEqual({ ok: true, rows: [atRow(2, risky)] })
  })

  it('refuses unreadable and oversized files with a message', async () => {
    expect(await readSheetFile({ filename: 'a.xlsx', content: new Uint8Array([1, 2, 3]) })).toEqual({ ok: false, message: SHEET_UNREADABLE })
    expect(await readSheetFile({ filename: 'a.csv', content: new Uint8Array(3 * 1024 * 1024) })).toEqual({ ok: false, message: SHEET_TOO_LARGE })
  })

  it('turns cell values into text', () => {
    expect(cellText(42)).toBe('42')
    expect(cellText(null)).toBe('')
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab')
  })
})
