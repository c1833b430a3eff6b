import type { RouterContextProvider } from 'react-router'
import { formatWholePercent } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from './api.server.ts'
import type { ExportTable } from './table-export.server.ts'

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
export async function loadPackage(context: Readonly<RouterContextProvider>, request: Request, editionKey: string) {
  requireActor(context, request)
  const pkg = await getApi(context).edition.package({ editionKey }).catch(toRouteError)
  const definitions: ExportTable = {
    sheetName: 'definities',
    header: ['tabel', 'kolom', 'definitie'],
    widths: [14, 18, 80],
    rows: pkg.tables.flatMap((t) => t.columns.map((c) => [t.name, c.key, c.definition])),
  }
  const tables: ExportTable[] = pkg.tables.map((t) => ({ sheetName: t.name, header: t.columns.map((c) => c.key), rows: t.rows }))
  return { pkg, tables: [definitions, ...tables] }
}
