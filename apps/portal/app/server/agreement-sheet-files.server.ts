import { DELAY_SHEET, MILESTONE_SHEET, SHEET_ROW_NUMBER } from '@bt/domain'
import {
  isZip,
  loadWorkbook,
  MAX_SHEET_FILE_BYTES,
  readSheetFile,
  SHEET_EMPTY,
  SHEET_TOO_LARGE,
  SHEET_UNREADABLE,
  worksheetRows,
  type NumberedRow,
  type SheetFile,
} from './sheets.server.ts'

/**
 * The files of an agreement import read into the API's tables: the agreements, and the milestones
 * and delays when the files carry them. One XLSX carries all three as worksheets ("Afspraken" first,
 * "Mijlpalen", "Vertragingen"); CSV carries one table per file, recognised by its header row.
 */

type Row = Record<string, string>

export interface AgreementSheetTables {
  rows: Row[]
  milestones?: Row[]
  delays?: Row[]
}

/** At most this many files in one import: the agreements, milestones and delays CSV files. */
export const MAX_AGREEMENT_SHEET_FILES = 3

export const SHEET_NO_AGREEMENTS =
  'Kies ook het bestand met de afspraken (de export met de kolommen id en titel): mijlpalen en vertragingen horen bij de afspraken daarin.'

const numbered = (rows: readonly NumberedRow[]): Row[] => rows.map(({ row, cells }) => ({ ...cells, [SHEET_ROW_NUMBER]: String(row) }))

type Kind = keyof AgreementSheetTables

/** Which table a CSV file holds, by its header row. */
function kindOfCsv(content: Uint8Array): Kind {
  const header = new TextDecoder().decode(content.subarray(0, 4_096)).replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? ''
  const names = new Set(header.split(/[,;]/).map((name) => name.replace(/"/g, '').trim()))
  if (names.has('mijlpaal')) return 'milestones'
  if (names.has('nieuwe_datum') && names.has('nummer')) return 'delays'
  return 'rows'
}

const KIND_NAMES: Record<Kind, string> = { rows: 'afspraken', milestones: 'mijlpalen', delays: 'vertragingen' }

/** The uploaded files as the import's tables, or the Dutch reason they cannot be read. */
export async function readAgreementSheetFiles(files: readonly SheetFile[]): Promise<{ ok: true; tables: AgreementSheetTables } | { ok: false; message: string }> {
  const tables: Partial<AgreementSheetTables> = {}
  const put = (kind: Kind, rows: Row[]) => {
    if (tables[kind]) return `Er zijn twee bestanden met ${KIND_NAMES[kind]}; kies er één.`
    tables[kind] = rows
    return undefined
  }
  for (const file of files) {
    if (file.content.byteLength > MAX_SHEET_FILE_BYTES) return { ok: false, message: SHEET_TOO_LARGE }
    let problem: string | undefined
    if (isZip(file.content)) {
      try {
        const workbook = await loadWorkbook(file.content)
        const first = workbook.worksheets[0]
        if (!first) return { ok: false, message: SHEET_EMPTY }
        problem = put('rows', numbered(worksheetRows(first)))
        const milestones = workbook.getWorksheet(MILESTONE_SHEET)
        if (!problem && milestones) problem = put('milestones', numbered(worksheetRows(milestones)))
        const delays = workbook.getWorksheet(DELAY_SHEET)
        if (!problem && delays) problem = put('delays', numbered(worksheetRows(delays)))
      } catch {
        return { ok: false, message: SHEET_UNREADABLE }
      }
    } else {
      const kind = kindOfCsv(file.content)
      const read = await readSheetFile(file)
      // an empty milestone or delay file is a table without rows (every milestone removed)
      if (!read.ok && !(read.message === SHEET_EMPTY && kind !== 'rows')) return read
      problem = put(kind, read.ok ? read.rows : [])
    }
    if (problem) return { ok: false, message: problem }
  }
  const { rows, milestones, delays } = tables
  if (!rows) return { ok: false, message: SHEET_NO_AGREEMENTS }
  if (rows.length === 0) return { ok: false, message: SHEET_EMPTY }
  return { ok: true, tables: { rows, milestones, delays } }
}
