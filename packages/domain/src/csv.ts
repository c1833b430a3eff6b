/** One parsed CSV record: the header's column names mapped to the cell texts. */
export type CsvRecord = Record<string, string>

/**
 * Parse RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF) into records keyed by the header row.
 * The delimiter is a comma, or a semicolon when the header has semicolons and no commas (Dutch
 * spreadsheet exports). Throws when a quote is left open. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const clean = text.replace(/^\uFEFF/, '')
  const headerLine = clean.slice(0, clean.search(/\r?\n|$/))
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ','
  const rows = parseRows(clean, delimiter)
  const [header, ...body] = rows
  if (!header) return []
  const names = header.map((name) => name.trim())
  return body
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])))
}

/**
 * parseCsv with each record's own row number as a spreadsheet shows it (the header is row 1; blank
 * lines are skipped but still counted), so an error can name the row the user sees.
 */
export function parseNumberedCsv(text: string): { row: number; cells: CsvRecord }[] {
  const clean = text.replace(/^\uFEFF/, '')
  const headerLine = clean.slice(0, clean.search(/\r?\n|$/))
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ','
  const [header, ...body] = parseRows(clean, delimiter)
  if (!header) return []
  const names = header.map((name) => name.trim())
  return body.flatMap((cells, index) =>
    cells.some((cell) => cell.trim() !== '')
      ? [
          {
            row: index + 2,
            cells: Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])),
          },
        ]
      : [],
  )
}

function parseRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === delimiter) {
      row.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += char
  }
  if (quoted) throw new Error('CSV ends inside a quoted cell')
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
