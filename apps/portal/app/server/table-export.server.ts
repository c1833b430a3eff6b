
/**
 * The one table exporter: every download of a table (CSV or XLSX) goes through here.
 * CSV is UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends, a comma or — for
 * Dutch Excel — a semicolon between cells, and formula-looking text neutralised (OWASP "CSV
 * Injection"). XLSX stores text as text, so a cell never becomes a formula there.
 */

/** A cell: text, a number (written as is) or empty. */
export type ExportCell = string | number | null

export interface ExportTable {
  /** The worksheet's name in an XLSX file. */
  sheetName: string
  header: readonly string[]
  rows: readonly (readonly ExportCell[])[]
  /** Column widths in characters (XLSX only). */
  widths?: readonly number[]
}

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8'
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

// A spreadsheet starts a formula at these characters (OWASP: = + - @ tab CR).
const FORMULA_START = /^[=+\-@\t\r]/
// A plain number ("-12", "-1.234,50") is not a formula; quoting it would make it text in Excel.
const PLAIN_NUMBER = /^[+-]?\d[\d.]*(,\d+)?$/

/** "=HYPERLINK(…)" → "'=HYPERLINK(…)": a leading quote makes a spreadsheet show the text as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

/** The inverse for an import of our own CSV: "'=x" → "=x"; anything else unchanged. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}

function csvCell(value: ExportCell, delimiter: string): string {
  if (value === null) return ''
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value)
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text)
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text
}

/** The table as CSV text, starting with a byte-order mark. */
export function tableToCsv(table: ExportTable, { delimiter = ',' }: { delimiter?: ',' | ';' } = {}): string {
  const lines = [table.header, ...table.rows].map((cells) => cells.map((c) => csvCell(c, delimiter)).join(delimiter))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** The table as an XLSX workbook with one worksheet, a bold frozen header row and text cells as text ("@"). */
export async function tableToXlsx(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  return tablesToXlsx([table])
}

export const JSON_MEDIA_TYPE = 'application/json; charset=utf-8'
const MEDIA_TYPES = { csv: CSV_MEDIA_TYPE, xlsx: XLSX_MEDIA_TYPE, zip: 'application/zip', json: JSON_MEDIA_TYPE } as const

/** What a JSON download says about its table: a title, what it is as of, and what each column means. */
export interface JsonTableMeta {
  title: string
  asOf: Record<string, string | boolean | null>
  definitions: Readonly<Record<string, string>>
}

/**
 * The table as JSON: its title, as-of and definitions, the column names, and one object per row keyed
 * by column name (numbers stay numbers; text is not neutralised: JSON has no formulas).
 */
export function tableToJson(table: ExportTable, meta: JsonTableMeta): string {
  const rows = table.rows.map((cells) => Object.fromEntries(table.header.map((h, i) => [h, cells[i] ?? null])))
  return `${JSON.stringify({ titel: meta.title, stand_per: meta.asOf, definities: meta.definitions, kolommen: table.header, rijen: rows }, null, 2)}\n`
}

/** A download: the file with its media type, name and no caching (exports hold drafts). */
export function downloadResponse(content: string | Uint8Array<ArrayBuffer>, { filename, format }: { filename: string; format: 'csv' | 'xlsx' | 'zip' | 'json' }): Response {
  const headers: Record<string, string> = {
    'Content-Type': MEDIA_TYPES[format],
    'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '')}"`,
    'Cache-Control': 'private, no-store',
  }
  if (typeof content !== 'string') headers['Content-Length'] = String(content.byteLength)
  return new Response(content, { headers })
}

/** Several tables as one XLSX workbook, a worksheet each (a package download). */
export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Uint8Array<ArrayBuffer>> {
  // Imported on use: exceljs is the largest part of the server's start (issue 20).
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Beschermd Thuis'
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName)
    sheet.columns = table.header.map((header, i) => ({ header, key: String(i), width: table.widths?.[i] ?? 16 }))
    for (const cells of table.rows) {
      const added = sheet.addRow(cells.map((c) => c ?? ''))
      added.eachCell({ includeEmpty: true }, (cell) => {
        if (typeof cell.value !== 'number') cell.numFmt = '@'
      })
    }
    sheet.getRow(1).font = { bold: true }
    sheet.views = [{ state: 'frozen', ySplit: 1 }]
  }
  // exceljs types its buffer as Node's Buffer-like; the bytes are an ArrayBuffer
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
