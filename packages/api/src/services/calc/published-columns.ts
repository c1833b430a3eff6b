import { readScaled } from './import.ts'

// The columns of the rekenbestand's published-amounts sheet and the readers of its cells (issue 18
// items 1 and 5), apart from the import that checks and stores the rows.

/**
 * The sheet's columns; historisch and wmo_integratie_uitkering may be left out. historisch_mo and
 * objectief_mo are the MO part of historisch and objectief (BW + MO), for centrumgemeenten only.
 */
export const PUBLISHED_COLUMNS = {
  code: 'gemeentecode',
  historical: 'historisch',
  objective: 'objectief',
  historicalMo: 'historisch_mo',
  objectiveMo: 'objectief_mo',
  wmo: 'wmo_integratie_uitkering',
} as const

export interface PublishedRowError {
  row: number
  column: string
  message: string
}

/** "Wmo-integratie-uitkering " → "wmo_integratie_uitkering". */
export function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
}

/**
 * The MO part of a row's amounts: both columns or neither, centrumgemeenten only (MO is not
 * decentralised, seed 000 §3.2), each at most the amount it is part of.
 */
export function readMoParts(
  cells: Record<string, string>,
  row: number,
  add: (row: number, column: string, message: string) => void,
  context: { isCentre: boolean; name: string; historical: number | null; objective: number | null },
): { historicalMoCents: number | null; objectiveMoCents: number | null } {
  const none = { historicalMoCents: null, objectiveMoCents: null }
  const read = (column: string) => {
    const text = cells[column] ?? ''
    const value = text === '' ? null : readScaled(text, 2)
    if (typeof value === 'string') add(row, column, value)
    return value
  }
  const historical = read(PUBLISHED_COLUMNS.historicalMo)
  const objective = read(PUBLISHED_COLUMNS.objectiveMo)
  if (typeof historical === 'string' || typeof objective === 'string') return none
  if (historical === null && objective === null) return none
  if (!context.isCentre) {
    if ((historical ?? 0) > 0 || (objective ?? 0) > 0)
      add(
        row,
        PUBLISHED_COLUMNS.objectiveMo,
        `${context.name} is geen centrumgemeente: MO blijft bij de centrumgemeenten, laat de MO-kolommen leeg.`,
      )
    return none
  }
  if (historical === null || objective === null) {
    const missing =
      historical === null ? PUBLISHED_COLUMNS.historicalMo : PUBLISHED_COLUMNS.objectiveMo
    add(
      row,
      missing,
      `Vul ook ${missing} in: het MO-deel van beide bedragen of van geen van beide.`,
    )
    return none
  }
  const check = (part: number, total: number | null, column: string, of: string) => {
    if (total !== null && part > total)
      add(row, column, `Het MO-deel is groter dan het bedrag in ${of} waar het deel van is.`)
  }
  check(
    historical,
    context.historical,
    PUBLISHED_COLUMNS.historicalMo,
    PUBLISHED_COLUMNS.historical,
  )
  check(objective, context.objective, PUBLISHED_COLUMNS.objectiveMo, PUBLISHED_COLUMNS.objective)
  return { historicalMoCents: historical, objectiveMoCents: objective }
}
