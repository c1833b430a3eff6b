import { BOTTLENECK_STATE_LABELS, BottleneckFilterSchema } from '@bt/domain'
import { blockLabel } from '#app/lib/bottlenecks.ts'
import type { RouterContextProvider } from 'react-router'
import { getApi, requireActor, toRouteError } from './api.server.ts'
import type { ExportTable } from './table-export.server.ts'

// The register page and its downloads read the same filtered list, so a download is what the page shows.

/** The register's filters from the URL (Dutch parameter names); a bad value is no filter. */
export function registerFilterOf(request: Request) {
  const params = new URL(request.url).searchParams
  return BottleneckFilterSchema.parse({
    buildingBlock: params.get('bouwsteen') || undefined,
    region: params.get('regio') || undefined,
    state: params.get('status') || undefined,
    owner: params.get('eigenaar') || undefined,
    severity: params.get('ernst') || undefined,
  })
}

/** The register as the signed-in caller may see it, with the URL's filters. */
export async function loadRegister(context: Readonly<RouterContextProvider>, request: Request) {
  requireActor(context, request)
  const filter = registerFilterOf(request)
  const register = await getApi(context).bottleneck.list(filter).catch(toRouteError)
  return { ...register, filter }
}

type Register = Awaited<ReturnType<typeof loadRegister>>

/** The register as a table for the one exporter (CSV/XLSX). */
export function registerExport(register: Register): ExportTable {
  const regionName = new Map(register.regions.map((r) => [r.code, r.name]))
  return {
    sheetName: 'Knelpunten',
    header: ['Nummer', 'Titel', 'Status', 'Bouwstenen', "Regio's", 'Ernst', 'Kans', 'Eigenaar', 'Streefdatum', 'Over de streefdatum', 'Gemeld door', 'Gemeld op', 'Beschrijving'],
    widths: [8, 40, 16, 40, 30, 8, 8, 24, 14, 12, 24, 14, 60],
    rows: register.items.map((b) => [
      b.id,
      b.title,
      BOTTLENECK_STATE_LABELS[b.state],
      b.buildingBlocks.map(blockLabel).join('; '),
      b.regionCodes.map((c) => regionName.get(c) ?? c).join('; '),
      b.severity,
      b.likelihood,
      b.ownerName ?? '',
      b.dueDate ?? '',
      b.overdue ? 'ja' : 'nee',
      b.raisedByLabel,
      b.createdAt.toISOString().slice(0, 10),
      b.description,
    ]),
  }
}

/** A form's list typed as text ("12, 15") as the values the domain schema reads. */
function splitList(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/[,;\s]+/).filter((v) => v !== '') : []
}

/** The posted form as the fields `BottleneckFieldsSchema` parses (the typed lists split). */
export function bottleneckFieldValues(values: Record<string, unknown>): Record<string, unknown> {
  return { ...values, agreementIds: splitList(values.agreementIdsText), indicatorKeys: splitList(values.indicatorKeysText) }
}
