import type { RouterOutputs } from '@bt/api'
import { tableToCsv, type ExportCell, type ExportTable } from '#app/server/table-export.server.ts'
import { zipStored } from '#app/server/zip.server.ts'

/**
 * A public data set as files (issue 15, ADR 022/025): the rows as CSV through the one table exporter,
 * and a ZIP that carries the CSV together with its explanation (definitions of every column and
 * state, as-of, source, licence, method) in a second CSV, so the definitions travel with the file.
 */

type DatasetFile = RouterOutputs['openData']['dataset']['file']
type Delimiter = ',' | ';'

const TYPE_LABELS = { string: 'tekst', number: 'getal', integer: 'geheel getal', boolean: 'ja/nee' } as const

/** A JSON cell as a CSV cell: booleans in Dutch, everything else as is. */
const toCell = (value: string | number | boolean | null): ExportCell => (typeof value === 'boolean' ? (value ? 'ja' : 'nee') : value)

/** The rows under the columns' Dutch titles. */
export function rowsTable(file: DatasetFile): ExportTable {
  const { columns } = file.dataset
  return {
    sheetName: file.dataset.title,
    header: columns.map((c) => c.title),
    rows: file.rows.map((row) => columns.map((c) => toCell(row[c.key] ?? null))),
  }
}

/** The explanation of a data set file as a table: what, as of when, from where, under which licence, and every column and state. */
export function explanationTable(file: DatasetFile): ExportTable {
  const d = file.dataset
  const asOf = d.asOf.label ? `${d.asOf.date} (${d.asOf.label})` : d.asOf.date
  return {
    sheetName: 'Toelichting',
    header: ['Onderdeel', 'Naam', 'Toelichting'],
    rows: [
      ['dataset', 'Titel', d.title],
      ['dataset', 'Beschrijving', d.description],
      ['dataset', 'Stand per', asOf],
      ['dataset', 'Bron', d.source],
      ['dataset', 'Licentie', d.licence],
      ['dataset', 'Werkwijze', d.method],
      ['dataset', 'Wie dit bestand krijgt', d.audience.note],
      ['dataset', 'Vast adres (JSON)', d.links.json],
      ...d.columns.map((c): ExportCell[] => ['kolom', c.title, `${c.definition} Sleutel in JSON: ${c.key}; ${TYPE_LABELS[c.type]}${c.nullable ? ', kan leeg zijn' : ''}.`]),
      ...Object.entries(d.states).map(([code, meaning]): ExportCell[] => ['status', code, meaning]),
    ],
  }
}

/** The data set's rows as CSV (BOM; `;` for Dutch Excel). */
export function datasetCsv(file: DatasetFile, delimiter: Delimiter): string {
  return tableToCsv(rowsTable(file), { delimiter })
}

/** The rows and their explanation as two CSV files in one ZIP, dated by the file's as-of (same bytes for the same data). */
export function datasetZip(file: DatasetFile, baseName: string, delimiter: Delimiter): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder()
  return zipStored(
    [
      { name: `${baseName}.csv`, content: encoder.encode(datasetCsv(file, delimiter)) },
      { name: `${baseName}-toelichting.csv`, content: encoder.encode(tableToCsv(explanationTable(file), { delimiter })) },
    ],
    new Date(`${file.dataset.asOf.date}T12:00:00`),
  )
}
