import type { RouterOutputs } from '@bt/api'
import type { RouterContextProvider } from 'react-router'
import { formatWholePercent } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from './api.server.ts'
import { downloadResponse, tablesToXlsx, tableToCsv, type ExportTable } from './table-export.server.ts'
import { zipStored } from './zip.server.ts'

type EditionPackage = RouterOutputs['edition']['package']

/** The "who has reported" list of an edition as an export table (signed in). */
export async function loadProgressExport(context: Readonly<RouterContextProvider>, request: Request, editionKey: string): Promise<ExportTable> {
  requireActor(context, request)
  const view = await getApi(context).edition.get({ editionKey }).catch(toRouteError)
  return {
    sheetName: `Stand ${view.edition.key}`,
    header: ['Regio', 'Stand', 'Laatste activiteit', 'Door', 'Volledigheid', 'Beeld vastgelegd', 'Recentste cijfers tot'],
    widths: [28, 30, 22, 22, 12, 22, 18],
    rows: (view.regions ?? []).map((r) => [
      r.name,
      r.stateLabel,
      r.lastActivityAt?.toISOString() ?? null,
      r.lastActivityByLabel,
      r.completeness === null ? null : formatWholePercent(r.completeness),
      r.pictureTakenAt?.toISOString() ?? null,
      r.freshestPeriod,
    ]),
  }
}

/** A frozen edition's package as export tables: a definitions table first, then each table. */
export function packageTables(pkg: EditionPackage): ExportTable[] {
  const definitions: ExportTable = {
    sheetName: 'definities',
    header: ['tabel', 'kolom', 'definitie'],
    widths: [14, 18, 80],
    rows: pkg.tables.flatMap((t) => t.columns.map((c) => [t.name, c.key, c.definition])),
  }
  return [definitions, ...pkg.tables.map((t) => ({ sheetName: t.name, header: t.columns.map((c) => c.key), rows: t.rows }))]
}

/** The package's download in one format: a workbook with a sheet per table, a ZIP of CSV files, or one JSON document. */
export async function packageResponse(pkg: EditionPackage, format: 'xlsx' | 'zip' | 'json'): Promise<Response> {
  const filename = `editie-${pkg.edition.key}`
  if (format === 'json') return downloadResponse(JSON.stringify(pkg, null, 2), { filename: `${filename}.json`, format: 'json' })
  const tables = packageTables(pkg)
  if (format === 'xlsx') return downloadResponse(await tablesToXlsx(tables), { filename: `${filename}.xlsx`, format: 'xlsx' })
  const encoder = new TextEncoder()
  const files = tables.map((t) => ({ name: `${t.sheetName}.csv`, content: encoder.encode(tableToCsv(t)) }))
  return downloadResponse(zipStored(files), { filename: `${filename}-csv.zip`, format: 'zip' })
}

/** A frozen edition's package (signed in; an open edition has none yet). */
export async function loadPackage(context: Readonly<RouterContextProvider>, request: Request, editionKey: string): Promise<EditionPackage> {
  requireActor(context, request)
  return getApi(context).edition.package({ editionKey }).catch(toRouteError)
}
