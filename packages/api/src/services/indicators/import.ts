import { may } from '@bt/auth'
import {
  classifyStagedBatch,
  classifyStagedRows,
  clearStagedRows,
  analyzeIndicatorValues,
  analyzeStagedRows,
  commitStagedImport,
  findDuplicateStagedCells,
  findIndicatorImport,
  insertIndicatorImport,
  listAllMemberships,
  listMunicipalityValidity,
  listRegionCodes,
  listStagedAreas,
  refuseIndicatorImport,
  stageImportRows,
  type DB,
  type Kysely,
  type StagedRow,
} from '@bt/db'
import {
  createImportRowChecker,
  type CommitIndicatorImportSchema,
  DomainError,
  type ImportAreas,
  itemAt,
  lastItem,
  mapValue,
  missingImportHeaders,
  type PreviewIndicatorImportSchema,
  SHEET_ROW_NUMBER,
} from '@bt/domain'
import { indelingOn } from '@bt/indicators'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor } from '../guards.ts'
import { loadCatalogue, type CatalogueEntry } from './catalogue.ts'
import { isRecordIndicator } from './computed.ts'

/** A problem in one cell of the file; row 1 is the header, as in a spreadsheet. */
export interface ImportRowError {
  row: number
  column: string
  message: string
}

/** After writing this many values, refresh the planner's statistics (PGlite has no autovacuum). */
const ANALYZE_AFTER_ROWS = 5000

/** How many errors a preview lists (all are counted). */
const MAX_LISTED_ERRORS = 200

type Ctx = Pick<Context, 'db' | 'actor' | 'requestId'>
type Actor = NonNullable<Context['actor']>

/** Whether the actor imports for any area (an analyst) rather than for their own region. */
function isNational(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'vng_analyst')
}

/** Which indicators an actor may bring values in for: analysts all stored ones, regions what they report. */
export function mayEnterIndicator(actor: Actor, indicator: CatalogueEntry): boolean {
  if (isRecordIndicator(indicator.key) || indicator.origin === 'computed') return false
  return isNational(actor) || indicator.origin === 'region_reported'
}

async function loadAreas(db: Kysely<DB>) {
  const [municipalities, regions, memberships] = await Promise.all([listMunicipalityValidity(db), listRegionCodes(db), listAllMemberships(db)])
  const areas: ImportAreas = {
    municipalities: new Map(municipalities.map((m) => [m.code, { name: m.name, validFrom: m.existsFrom, validTo: m.existsUntil }])),
    regions: new Map(regions.sort((a, b) => a.code.localeCompare(b.code)).map((r) => [r.code, r.name])),
  }
  return { areas, memberships, regionName: areas.regions }
}

/** Tenancy for one area: an analyst any; a region editor their region and its municipalities of that period. */
function areaProblem(actor: Actor, row: StagedRow, memberships: Awaited<ReturnType<typeof listAllMemberships>>, regionName: ReadonlyMap<string, string>) {
  if (isNational(actor)) return null
  const regionCode = row.areaLevel === 'region' ? row.areaCode : row.areaLevel === 'municipality' ? indelingOn(memberships, row.periodEnd).regionOf.get(row.areaCode) : undefined
  if (regionCode && may(actor, { action: 'edit', regionCode })) return null
  const own = actor.grants.flatMap(({ regionCode }) =>
    regionCode && may(actor, { action: 'edit', regionCode }) ? [regionName.get(regionCode) ?? regionCode] : [],
  )
  return `U mag alleen waarden invoeren voor ${own.join(', ') || 'uw eigen regio'} en de gemeenten daarin.`
}

/**
 * Check a file's rows (cells keyed by header, as read from CSV or XLSX) and stage them when all are
 * valid. Errors name row and column and list the valid choices; nothing is stored when there is one.
 * Large files come in batches: pass the importId the first batch returned and its first row number.
 * A row that carries its own number in the file (SHEET_ROW_NUMBER, as readSheetFile gives it: blank
 * rows are skipped) is named by it; `checkOnly` checks and stages nothing.
 */
export async function previewIndicatorImport(ctx: Ctx, input: z.output<typeof PreviewIndicatorImportSchema>) {
  const actor = requireActor(ctx)
  const rows = withNormalisedHeaders(input.rows)
  const existing = input.importId && !input.checkOnly ? await findOwnStagedImport(ctx, input.importId) : null
  const missing = rows.length ? missingImportHeaders(Object.keys(itemAt(rows, 0))) : ['indicator', 'niveau', 'gebiedscode', 'periode']
  if (missing.length) {
    const errors = missing.map((column) => ({ row: 1, column, message: `De kolom ${column} ontbreekt in de kopregel (of het bestand is leeg).` }))
    return refuse(ctx, existing?.id ?? null, rows.length, errors, errors.length)
  }
  const [catalogueEntries, { areas, memberships, regionName }] = await Promise.all([loadCatalogue(ctx.db), loadAreas(ctx.db)])
  const catalogue = new Map(catalogueEntries.map((i) => [i.key, i]))
  const checkRow = createImportRowChecker(catalogue, areas)
  const staged: StagedRow[] = []
  const errors: ImportRowError[] = []
  let errorCount = 0
  const seen = new CellRows()
  const note = (e: ImportRowError) => {
    errorCount++
    if (errors.length < MAX_LISTED_ERRORS) errors.push(e)
  }
  rows.forEach((cells, i) => {
    const rowNumber = ownRowNumber(cells) ?? input.firstRowNumber + i
    const checked = checkRow(cells)
    if (!checked.ok) return checked.errors.forEach((e) => note({ row: rowNumber, ...e }))
    const r = checked.row
    const indicator = mapValue(catalogue, r.indicatorKey)
    if (!mayEnterIndicator(actor, indicator)) {
      return note({ row: rowNumber, column: 'indicator', message: `${r.indicatorKey} wordt ${indicator.origin === 'computed' ? 'berekend uit de registraties' : 'door VNG uit openbare statistiek ingelezen'}; u kunt er geen waarden voor invoeren.` })
    }
    const stagedRow: StagedRow = { rowNumber, indicatorKey: r.indicatorKey, areaLevel: r.level, areaCode: r.areaCode, period: r.period, periodEnd: r.periodEnd, state: r.state, value: r.value, numerator: r.numerator, denominator: r.denominator, source: r.source }
    const tenancy = areaProblem(actor, stagedRow, memberships, regionName)
    if (tenancy) return note({ row: rowNumber, column: 'gebiedscode', message: tenancy })
    const earlier = seen.claim(stagedRow)
    if (earlier !== undefined) return note({ row: rowNumber, column: 'gebiedscode', message: `Regel ${earlier} gaat al over ${r.indicatorKey}, ${r.areaCode}, ${r.period}: elke cel één keer.` })
    staged.push(stagedRow)
  })
  if (errorCount > 0) return refuse(ctx, existing?.id ?? null, rows.length, errors, errorCount)
  if (input.checkOnly) return { importId: null, rowCount: rows.length, errors, errorCount: 0, counts: null }
  const importId = existing?.id ?? (await insertIndicatorImport(ctx.db, { createdBy: actor.userId, createdByLabel: actor.name, filename: input.filename }))
  const stagedSoFar = await stageImportRows(ctx.db, { importId, rows: staged, errorCount: 0 })
  // Fresh statistics let the classification and the commit hash-join the staged rows (instead of one
  // index probe per row); a file in batches refreshes them each time its staged rows double.
  if (statisticsOutdated(stagedSoFar - staged.length, stagedSoFar)) await analyzeStagedRows(ctx.db)
  const batch = { importId, from: staged.reduce((min, r) => Math.min(min, r.rowNumber), Infinity), to: staged.reduce((max, r) => Math.max(max, r.rowNumber), 0) }
  // Within one request the rows were compared above; only a later batch can repeat an earlier batch's cell.
  const duplicates = existing && staged.length ? await findDuplicateStagedCells(ctx.db, { importId, batch }) : []
  if (duplicates.length) {
    const listed = duplicates.map((rowsOfCell) => ({ row: lastItem(rowsOfCell), column: 'gebiedscode', message: `Regels ${rowsOfCell.join(', ')} gaan over dezelfde cel: elke cel één keer.` }))
    return refuse(ctx, importId, rows.length, listed, listed.length)
  }
  const counts = staged.length ? await classifyStagedBatch(ctx.db, batch) : await classifyStagedRows(ctx.db, { importId })
  const noErrors: ImportRowError[] = []
  return { importId, rowCount: rows.length, errors: noErrors, errorCount: 0, counts }
}

/** Whether staging took an import from `before` to `after` rows across ANALYZE_AFTER_ROWS or a doubling above it. */
function statisticsOutdated(before: number, after: number): boolean {
  if (after < ANALYZE_AFTER_ROWS) return false
  return before < ANALYZE_AFTER_ROWS || Math.floor(Math.log2(after / ANALYZE_AFTER_ROWS)) > Math.floor(Math.log2(before / ANALYZE_AFTER_ROWS))
}

/**
 * The row of a file that first named each cell (indicator, level, area, period), nested by the row's
 * own strings: a 100,000-row file then builds no key string per row (which cost more than the row check).
 */
class CellRows {
  private readonly rows = new Map<string, Map<string, Map<string, Map<string, number>>>>()

  /** The earlier row of this row's cell, or undefined after noting this row as the cell's first. */
  claim(row: StagedRow): number | undefined {
    const ofArea = child(child(child(this.rows, row.indicatorKey), row.areaLevel), row.areaCode)
    const earlier = ofArea.get(row.period)
    if (earlier === undefined) ofArea.set(row.period, row.rowNumber)
    return earlier
  }
}

function child<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let found = map.get(key)
  if (!found) map.set(key, (found = new Map<string, V>()))
  return found
}

/** The row's own number in the file when the reader gave it (a positive whole number), else undefined. */
function ownRowNumber(cells: Readonly<Record<string, string>>): number | undefined {
  const row = Number(cells[SHEET_ROW_NUMBER])
  return Number.isInteger(row) && row >= 2 ? row : undefined
}

const isNormalisedHeader = (h: string) => h === h.trim().toLowerCase()

/** The rows with lower-case, trimmed headers; a row whose headers already are is kept as it is (no copy). */
function withNormalisedHeaders(rows: readonly Record<string, string>[]): Readonly<Record<string, string>>[] {
  return rows.map((r) => (Object.keys(r).every(isNormalisedHeader) ? r : Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim().toLowerCase(), v]))))
}

async function refuse(ctx: Ctx, importId: number | null, rowCount: number, errors: ImportRowError[], errorCount: number) {
  if (importId) {
    await refuseIndicatorImport(ctx.db, { importId })
    await clearStagedRows(ctx.db, { importId })
  }
  return { importId: null, rowCount, errors, errorCount, counts: null }
}

async function findOwnStagedImport(ctx: Ctx, importId: number) {
  const found = await findIndicatorImport(ctx.db, { importId })
  if (!found || found.createdBy !== ctx.actor?.userId) throw new DomainError('NOT_FOUND', `Import ${importId} bestaat niet.`)
  if (found.status !== 'staged') throw new DomainError('CONFLICT', `Import ${importId} is al ${found.status === 'committed' ? 'verwerkt' : 'afgewezen'}.`)
  return found
}

/** Commit a staged import: every row or none, in one short statement, audited. Reports new, changed and unchanged rows. */
export async function commitIndicatorImport(ctx: Ctx, input: z.output<typeof CommitIndicatorImportSchema>) {
  const actor = requireActor(ctx)
  await findOwnStagedImport(ctx, input.importId)
  if (!isNational(actor)) {
    // Staged rows were checked at preview; a grant withdrawn since then still stops the commit.
    const areas = await listStagedAreas(ctx.db, { importId: input.importId })
    const regionCodes = areas.filter((a) => a.areaLevel === 'region').map((a) => a.areaCode)
    if (regionCodes.some((regionCode) => !may(actor, { action: 'edit', regionCode }))) throw new DomainError('FORBIDDEN', 'U heeft geen toegang tot deze gegevens.')
  }
  const summary = await ctx.db.transaction().execute(async (trx) => {
    const result = await commitStagedImport(trx, { importId: input.importId, enteredBy: actor.userId, enteredByLabel: actor.name })
    if (!result) throw new DomainError('CONFLICT', `Import ${input.importId} is al verwerkt.`)
    await audit(trx, ctx, { action: 'indicator_import.committed', entityType: 'indicator_import', entityId: String(input.importId), after: result })
    return result
  })
  await clearStagedRows(ctx.db, { importId: input.importId })
  if (summary.inserted + summary.updated >= ANALYZE_AFTER_ROWS) await analyzeIndicatorValues(ctx.db)
  return { importId: input.importId, ...summary }
}

