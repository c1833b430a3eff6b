import { parseCsv } from '@bt/domain'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { packageResponse, packageTables } from './edition-export.server.ts'

// The frozen edition's package downloads (issue 14): the same tables with their definitions as XLSX
// (a sheet per table), a ZIP of CSV files and one JSON document.

const pkg = {
  edition: { key: '2025-H2', label: 'Tweede halfjaar 2025', frozenAt: new Date('2026-01-12T10:00:00Z') },
  tables: [
    {
      name: 'regios',
      title: 'Regio’s en hun stand',
      columns: [
        { key: 'regiocode', definition: 'CBS-code van de centrumgemeente van de regio.' },
        { key: 'volledigheid', definition: 'Deel (0-1) dat is ingevuld.' },
      ],
      rows: [
        ['GM0193', 0.75],
        ['GM0014', null],
      ],
    },
    {
      name: 'betwist',
      title: 'Betwiste onderdelen',
      columns: [
        { key: 'regiocode', definition: 'CBS-code.' },
        { key: 'reden', definition: 'De reden die de regio gaf.' },
      ],
      rows: [['GM0193', '=HYPERLINK("x") twee raden, "nog" niet']],
    },
  ],
}

/** The files of a ZIP written with method 0 (stored): name → text. */
function readStoredZip(bytes: Uint8Array): Map<string, string> {
  const view = Buffer.from(bytes)
  const files = new Map<string, string>()
  let at = 0
  while (view.readUInt32LE(at) === 0x04034b50) {
    expect(view.readUInt16LE(at + 8)).toBe(0) // stored, no compression
    const size = view.readUInt32LE(at + 18)
    const nameLength = view.readUInt16LE(at + 26)
    const extraLength = view.readUInt16LE(at + 28)
    const name = view.toString('utf8', at + 30, at + 30 + nameLength)
    const start = at + 30 + nameLength + extraLength
    files.set(name, view.toString('utf8', start, start + size))
    at = start + size
  }
  return files
}

describe('the frozen edition package', () => {
  it('puts a definitions table first, one row per column of every table', () => {
    const tables = packageTables(pkg)
    expect(tables.map((t) => t.sheetName)).toEqual(['definities', 'regios', 'betwist'])
    expect(tables[0]?.rows).toEqual([
      ['regios', 'regiocode', 'CBS-code van de centrumgemeente van de regio.'],
      ['regios', 'volledigheid', 'Deel (0-1) dat is ingevuld.'],
      ['betwist', 'regiocode', 'CBS-code.'],
      ['betwist', 'reden', 'De reden die de regio gaf.'],
    ])
  })

  it('downloads as a ZIP of CSV files with a byte-order mark, quoting and neutralised formulas', async () => {
    const response = await packageResponse(pkg, 'zip')
    expect(response.headers.get('Content-Type')).toBe('application/zip')
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="editie-2025-H2-csv.zip"')
    const files = readStoredZip(new Uint8Array(await response.arrayBuffer()))
    expect([...files.keys()]).toEqual(['definities.csv', 'regios.csv', 'betwist.csv'])
    expect(files.get('regios.csv')).toBe('\uFEFFregiocode,volledigheid\r\nGM0193,0.75\r\nGM0014,\r\n')
    expect(parseCsv(files.get('betwist.csv') ?? '')).toEqual([{ regiocode: 'GM0193', reden: '\'=HYPERLINK("x") twee raden, "nog" niet' }])
    expect(parseCsv(files.get('definities.csv') ?? '')).toHaveLength(4)
  })

  it('downloads as one workbook with a sheet per table, numbers as numbers and text as text', async () => {
    const response = await packageResponse(pkg, 'xlsx')
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="editie-2025-H2.xlsx"')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['definities', 'regios', 'betwist'])
    const regions = workbook.getWorksheet('regios')
    expect(regions?.getRow(1).values).toEqual([undefined, 'regiocode', 'volledigheid'])
    expect(regions?.getCell('B2').value).toBe(0.75)
    expect(regions?.getCell('A2').numFmt).toBe('@')
    expect(workbook.getWorksheet('definities')?.rowCount).toBe(5)
  })

  it('downloads as one JSON document holding every table with its definitions', async () => {
    const response = await packageResponse(pkg, 'json')
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const body = (await response.json()) as typeof pkg
    expect(body.edition.key).toBe('2025-H2')
    expect(body.tables.map((t) => [t.name, t.columns.length, t.rows.length])).toEqual([
      ['regios', 2, 2],
      ['betwist', 2, 1],
    ])
  })
})
