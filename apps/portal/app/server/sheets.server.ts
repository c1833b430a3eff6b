import { DELAY_COLUMNS, DELAY_SHEET, MILESTONE_COLUMNS, MILESTONE_SHEET, parseNumberedCsv, PARTNER_KIND_VOCABULARY, SHEET_COLUMNS, SHEET_ROW_NUMBER, SHEET_VOCABULARIES } from '@bt/domain'
import {
  MaxFileSizeExceededError,
  MaxTotalSizeExceededError,
  parseFormData,
  type FileUpload,
} from '@remix-run/form-data-parser'
import type { CellValue, Workbook, Worksheet } from 'exceljs'
import { formDataToObject } from './forms.server.ts'
import { restoreNeutralised, tableToCsv, tablesToXlsx, type ExportTable } from './table-export.server.ts'

/**
 * A region's agreements as a spreadsheet file and back (CSV and XLSX). The rows are the API's
 * `agreement.exportSheet` rows; an import gives `agreement.previewSheet`/`importSheet` rows: header
 * names as keys, every cell as text. exceljs stays on the server (this file only).
 */

/** The name of the worksheet in an exported workbook. */
export const SHEET_NAME = 'Afspraken'

/** At most this large an import file (a region has a few hundred agreements). */
export const MAX_SHEET_FILE_BYTES = 2 * 1024 * 1024

export const SHEET_TOO_LARGE = 'Het bestand is groter dan 2 MB. Kies een kleiner bestand.'
export const SHEET_UNREADABLE = 'Het bestand kon niet worden gelezen. Kies een CSV-bestand of een Excel-bestand (.xlsx).'
export const SHEET_EMPTY = 'Het bestand bevat geen rijen onder de kopregel.'
export const SHEET_NO_FILE = 'Kies een CSV- of Excel-bestand.'

type Row = Record<string, string>

/** The agreements as a table for the exporter: header row = SHEET_COLUMNS, every cell text. */
function agreementTable(rows: readonly Row[]): ExportTable {
  return {
    sheetName: SHEET_NAME,
    header: SHEET_COLUMNS,
    rows: rows.map((row) => SHEET_COLUMNS.map((c) => row[c] ?? '')),
    widths: SHEET_COLUMNS.map((key) => (key === 'tekst' || key === 'toelichting' ? 60 : key === 'titel' ? 40 : 16)),
  }
}

/** The rows as CSV (comma-separated, UTF-8 with a byte-order mark, formulas neutralised). */
export function sheetToCsv(rows: readonly Row[]): string {
  return tableToCsv(agreementTable(rows))
}

/** The name of the worksheet listing every valid value of the closed-list columns. */
export const LEGEND_SHEET_NAME = 'Keuzelijsten'

/**
 * Every value the closed-list columns accept: column, label (what to type) and key (accepted too).
 * The region's municipalities are listed by name and CBS code.
 */
function legendTable(members: readonly { code: string; name: string }[]): ExportTable {
  const rows = [
    ...Object.values(SHEET_VOCABULARIES).flatMap((v) => v.items.map((i) => [v.column, i.label, i.key])),
    ...PARTNER_KIND_VOCABULARY.map((k) => ['partners (soort tussen haakjes)', k.label, k.key]),
    ...members.map((m) => ['gemeenten', m.name, m.code]),
  ]
  return { sheetName: LEGEND_SHEET_NAME, header: ['kolom', 'waarde', 'sleutel'], rows, widths: [30, 60, 26] }
}

/**
 * The rows as an XLSX workbook: worksheet "Afspraken" (every cell text, format "@"), worksheets
 * "Mijlpalen" and "Vertragingen", and "Keuzelijsten" with every valid value; an import reads the
 * first worksheet and the milestone and delay worksheets by name.
 */
export function sheetToXlsx(
  rows: readonly Row[],
  members: readonly { code: string; name: string }[],
  timeline: { milestones: readonly Row[]; delays: readonly Row[] } = { milestones: [], delays: [] },
): Promise<Uint8Array<ArrayBuffer>> {
  return tablesToXlsx([agreementTable(rows), timelineTable('milestones', timeline.milestones), timelineTable('delays', timeline.delays), legendTable(members)])
}

const TIMELINE = {
  milestones: { sheetName: MILESTONE_SHEET, header: MILESTONE_COLUMNS, widths: [12, 40, 14, 60] },
  delays: { sheetName: DELAY_SHEET, header: DELAY_COLUMNS, widths: [12, 40, 10, 14, 14, 60, 14, 24] },
} as const

/** The milestones or delays as a table: one row each, the agreement's id with its title beside it. */
function timelineTable(kind: keyof typeof TIMELINE, rows: readonly Row[]): ExportTable {
  const { sheetName, header, widths } = TIMELINE[kind]
  return { sheetName, header, widths, rows: rows.map((row) => header.map((c) => row[c] ?? '')) }
}

/** The milestones or delays as their own CSV file. */
export function timelineToCsv(kind: keyof typeof TIMELINE, rows: readonly Row[]): string {
  return tableToCsv(timelineTable(kind, rows))
}

const pad = (n: number) => String(n).padStart(2, '0')

/** One XLSX cell value as text: dates as YYYY-MM-DD, whole numbers without decimals. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return ''
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  }
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR'
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('')
    if ('formula' in value || 'sharedFormula' in value) {
      // An ExcelJS formula cell: its value holds the computed result.
      return cellText((value as { result?: CellValue }).result ?? null)
    }
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('error' in value) return ''
  }
  return ''
}

/** The first worksheet of an XLSX file as rows keyed by its header row; blank rows are skipped (as in CSV). */
export async function readXlsx(bytes: Uint8Array): Promise<Row[]> {
  return (await readNumberedXlsx(bytes)).map((entry) => entry.cells)
}

/** readXlsx with each row's own number in the worksheet, so an error can name the row the user sees. */
export async function readNumberedXlsx(bytes: Uint8Array): Promise<NumberedRow[]> {
  const workbook = await loadWorkbook(bytes)
  const sheet = workbook.worksheets[0]
  return sheet ? worksheetRows(sheet) : []
}

/** An XLSX file as an exceljs workbook (throws when it is none). */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  // Imported on use: exceljs is the largest part of the server's start (issue 20).
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  // A Uint8Array's buffer is an ArrayBuffer here (never a SharedArrayBuffer).
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return workbook
}

/** A worksheet's rows keyed by its header row, each with its own row number; blank rows are skipped. */
export function worksheetRows(sheet: Worksheet): NumberedRow[] {
  const header: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    header[column] = cellText(cell.value).trim()
  })
  const rows: NumberedRow[] = []
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = sheet.getRow(r)
    const record: Row = {}
    let filled = false
    header.forEach((name, column) => {
      if (!name) return
      const text = cellText(cells.getCell(column).value)
      if (text.trim() !== '') filled = true
      record[name] = text
    })
    if (filled) rows.push({ row: r, cells: record })
  }
  return rows
}

/** A sheet row with its own row number (the header is row 1). */
export interface NumberedRow {
  row: number
  cells: Row
}

export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/**
 * An uploaded sheet's rows, each with its own row number under SHEET_ROW_NUMBER (so an import's
 * errors name the row the editor sees), or the Dutch reason it cannot be read.
 */
export async function readSheetFile(file: { filename: string; content: Uint8Array }, limit?: FileLimit): Promise<{ ok: true; rows: Row[] } | { ok: false; message: string }> {
  const read = await readNumberedSheetFile(file, limit)
  if (!read.ok) return read
  return { ok: true, rows: read.rows.map(({ row, cells }) => ({ ...cells, [SHEET_ROW_NUMBER]: String(row) })) }
}

/** A file size limit other than 2 MB, with the Dutch message that names it. */
export interface FileLimit {
  maxBytes: number
  tooLarge: string
}

/** An uploaded sheet's rows with their own row numbers, or the Dutch reason it cannot be read. XLSX is recognised by content. */
export async function readNumberedSheetFile(
  file: { filename: string; content: Uint8Array },
  { maxBytes, tooLarge }: FileLimit = { maxBytes: MAX_SHEET_FILE_BYTES, tooLarge: SHEET_TOO_LARGE },
): Promise<{ ok: true; rows: NumberedRow[] } | { ok: false; message: string }> {
  if (file.content.byteLength > maxBytes) return { ok: false, message: tooLarge }
  try {
    let rows: NumberedRow[]
    if (isZip(file.content)) rows = await readNumberedXlsx(file.content)
    else if (/\.(xlsx|xls|ods)$/i.test(file.filename)) return { ok: false, message: SHEET_UNREADABLE }
    else {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(file.content)
      if (text.includes('\u0000')) return { ok: false, message: SHEET_UNREADABLE }
      rows = parseNumberedCsv(text).map(({ row, cells }) => ({
        row,
        cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, restoreNeutralised(v)])),
      }))
    }
    if (rows.length === 0) return { ok: false, message: SHEET_EMPTY }
    return { ok: true, rows }
  } catch {
    return { ok: false, message: SHEET_UNREADABLE }
  }
}

/** A file name part from a region slug (slugs are already safe; this keeps it so). */
export function sheetFilename(slug: string, extension: 'csv' | 'xlsx', part: 'afspraken' | 'mijlpalen' | 'vertragingen' = 'afspraken'): string {
  return `${part}-${slug.replace(/[^a-z0-9-]/gi, '')}.${extension}`
}

/** Multipart framing and the form's short fields beside the file. */
const FORM_FIELDS_BYTES = 64 * 1024

/** An uploaded file. */
export interface SheetFile {
  filename: string
  content: Uint8Array
}

/** A posted import form: its text fields and the chosen file(s), or the Dutch reason it was refused. */
export type SheetUpload =
  | { ok: true; values: Record<string, unknown>; file: SheetFile | null; files: SheetFile[] }
  | { ok: false; values: Record<string, unknown>; message: string; status: 400 | 413 }

/**
 * Parse the import form as a stream: the parser stops at the file limit (2 MB unless the route gives
 * its own, with the Dutch message naming it) before a file is held whole, and at that limit for all
 * files together when `maxFiles` allows several. An oversized or unreadable body becomes a message
 * for the file field, never an exception.
 */
export async function readSheetUpload(
  request: Request,
  { maxFileBytes = MAX_SHEET_FILE_BYTES, tooLarge = SHEET_TOO_LARGE, maxFiles = 1 }: { maxFileBytes?: number; tooLarge?: string; maxFiles?: number } = {},
): Promise<SheetUpload> {
  const maxRequestBytes = maxFileBytes + FORM_FIELDS_BYTES
  if (Number(request.headers.get('Content-Length') ?? 0) > maxRequestBytes) {
    await request.body?.cancel().catch(() => undefined)
    return { ok: false, values: {}, message: tooLarge, status: 413 }
  }
  let formData: FormData
  try {
    formData = await parseFormData(
      request,
      { maxFileSize: maxFileBytes, maxFiles, maxParts: 20, maxTotalSize: maxRequestBytes },
      (upload: FileUpload) => {
        if (upload.fieldName !== 'file') return null
        if (upload.size === 0 && (upload.name === '' || upload.name === 'file-upload')) return null
        return upload
      },
    )
  } catch (error) {
    if (error instanceof MaxFileSizeExceededError || error instanceof MaxTotalSizeExceededError) {
      return { ok: false, values: {}, message: tooLarge, status: 413 }
    }
    return { ok: false, values: {}, message: SHEET_UNREADABLE, status: 400 }
  }
  const values = formDataToObject(formData)
  delete values.file
  const files: SheetFile[] = []
  for (const entry of formData.getAll('file')) {
    if (entry instanceof File) files.push({ filename: entry.name, content: new Uint8Array(await entry.arrayBuffer()) })
  }
  return { ok: true, values, file: files[0] ?? null, files }
}
