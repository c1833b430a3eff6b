import { parseCsv } from '@bt/domain'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { downloadResponse, neutraliseFormula, restoreNeutralised, tableToCsv, tableToJson, tableToXlsx, type ExportTable } from './table-export.server.ts'

const table: ExportTable = {
  sheetName: 'Test',
  header: ['naam', 'bedrag'],
  rows: [
    ['Nuenen, Gerwen', 12],
    ['zeg "hoi"', -5],
    ['regel\nnieuw', null],
  ],
}

describe('the table exporter', () => {
  it('writes CSV as UTF-8 with a byte-order mark, CRLF and RFC 4180 quoting, and reads back to the same cells', () => {
    const csv = tableToCsv(table)
    expect(csv.startsWith('\uFEFFnaam,bedrag\r\n"Nuenen, Gerwen",12\r\n"zeg ""hoi""",-5\r\n')).toBe(true)
    expect(parseCsv(csv)).toEqual([
      { naam: 'Nuenen, Gerwen', bedrag: '12' },
      { naam: 'zeg "hoi"', bedrag: '-5' },
      { naam: 'regel\nnieuw', bedrag: '' },
    ])
  })

  it('separates cells with semicolons for Dutch Excel, quoting only what holds one', () => {
    const csv = tableToCsv({ sheetName: 'x', header: ['a', 'b'], rows: [['1,50', 'x;y']] }, { delimiter: ';' })
    expect(csv).toBe('\uFEFFa;b\r\n1,50;"x;y"\r\n')
  })

  // OWASP "CSV Injection": a cell starting with = + - @ tab or CR opens as a formula.
  it.each(['=HYPERLINK("http://evil.example","klik")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises the formula-looking cell %j with a leading quote',
    (cell) => {
      const csv = tableToCsv({ sheetName: 'x', header: ['a'], rows: [[cell]] })
      const [record] = parseCsv(csv)
      expect(record?.a).toBe(`'${cell}`)
      expect(restoreNeutralised(`'${cell}`)).toBe(cell)
    },
  )

  it('leaves plain numbers, also negative ones with a decimal comma, as numbers', () => {
    expect(neutraliseFormula('-1.234,50')).toBe('-1.234,50')
    expect(neutraliseFormula('+31')).toBe('+31')
    expect(neutraliseFormula('- een lijst')).toBe("'- een lijst")
    expect(restoreNeutralised("'gewoon")).toBe("'gewoon")
  })

  it('writes XLSX with a bold header, text cells as text and numbers as numbers', async () => {
    const bytes = await tableToXlsx({ ...table, rows: [['=1+2', 3]] })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer)
    const sheet = workbook.worksheets[0]
    expect(sheet?.name).toBe('Test')
    expect(sheet?.getRow(1).getCell(1).value).toBe('naam')
    expect(sheet?.getRow(2).getCell(1).value).toBe('=1+2')
    expect(sheet?.getRow(2).getCell(1).numFmt).toBe('@')
    expect(sheet?.getRow(2).getCell(2).value).toBe(3)
  })

  it('writes JSON with title, as-of, definitions and one object per row keyed by column, numbers as numbers', () => {
    const parsed = JSON.parse(tableToJson(table, { title: 'Test', asOf: { datum: '2026-03-02' }, definitions: { bedrag: 'In euro.' } })) as Record<string, unknown>
    expect(parsed).toEqual({
      titel: 'Test',
      stand_per: { datum: '2026-03-02' },
      definities: { bedrag: 'In euro.' },
      kolommen: ['naam', 'bedrag'],
      rijen: [
        { naam: 'Nuenen, Gerwen', bedrag: 12 },
        { naam: 'zeg "hoi"', bedrag: -5 },
        { naam: 'regel\nnieuw', bedrag: null },
      ],
    })
    expect(downloadResponse('{}', { filename: 'x.json', format: 'json' }).headers.get('Content-Type')).toBe('application/json; charset=utf-8')
  })

  it('answers a download that is never cached and has a safe file name', () => {
    const response = downloadResponse('x', { filename: 'afspraken-"zwolle".csv', format: 'csv' })
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="afspraken-zwolle.csv"')
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
  })
})
