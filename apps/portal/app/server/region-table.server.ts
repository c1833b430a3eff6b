import { NVO_AGREEMENTS } from '@bt/domain'
import type { RouterOutputs } from '@bt/api'
import { getApi, requireActor, toRouteError } from './api.server.ts'
import type { ExportTable } from './table-export.server.ts'
import type { RouterContextProvider } from 'react-router'
import { filterRegionRows, readRegionTableFilter } from '#app/lib/region-table-filter.ts'

export type RegionTableRow = RouterOutputs['region']['table']['rows'][number]

/** The signed-in user's region table, filtered as the query string asks (page and downloads alike). */
export async function loadRegionTable(context: Readonly<RouterContextProvider>, request: Request) {
  requireActor(context, request)
  const table = await getApi(context).region.table().catch(toRouteError)
  const filter = readRegionTableFilter(new URL(request.url).searchParams)
  return { ...table, filter, filtered: filterRegionRows(table.rows, filter) }
}

/** The table as the exporter writes it: one row per region, the same columns as on the page. */
export function regionTableExport(rows: readonly RegionTableRow[], conditionCount: number): ExportTable {
  return {
    sheetName: "Regio's",
    header: [
      'Regio',
      'Centrumgemeente (code)',
      'Provincie',
      ...NVO_AGREEMENTS.map((n) => `NvO ${n.number} ${n.title} (niveau)`),
      `Voorwaarden gedekt (van ${conditionCount})`,
      'Regiovisie (versie)',
      'Raden die de regiovisie vaststelden',
      'Gemeenten',
      'Afspraken (gepubliceerd)',
      'Afspraken over datum',
      'Vertraagde afspraken',
      'Volledigheid (%)',
      'Laatste wijziging',
    ],
    rows: rows.map((r) => [
      r.name,
      r.code,
      r.province,
      ...NVO_AGREEMENTS.map((n) => r.levels[n.key]),
      r.conditionsCovered,
      r.visionVersion,
      r.adoptedCount,
      r.municipalityCount,
      r.agreementCount,
      r.overdueCount,
      r.delayedCount,
      r.completeBasisPoints === null ? null : r.completeBasisPoints / 100,
      r.lastChange ? r.lastChange.toISOString().slice(0, 10) : null,
    ]),
    widths: [28, 14, 16, ...NVO_AGREEMENTS.map(() => 12), 14, 12, 14, 12, 14, 14, 14, 14, 16],
  }
}

/** What each column of the region table means (the JSON download carries these). */
export function regionTableDefinitions(conditionCount: number): Record<string, string> {
  return {
    Regio: 'De regio volgens de indeling van vandaag.',
    'Centrumgemeente (code)': 'CBS-code van de centrumgemeente, die de regio identificeert.',
    Provincie: 'Provincie van de centrumgemeente.',
    ...Object.fromEntries(NVO_AGREEMENTS.map((n) => [`NvO ${n.number} ${n.title} (niveau)`, `Het vastgelegde niveau (0-4) van de regio voor NvO-afspraak ${n.number}; leeg: niet ingevuld.`])),
    [`Voorwaarden gedekt (van ${conditionCount})`]: 'Dannenberg-voorwaarden met minstens één gepubliceerde afspraak.',
    'Regiovisie (versie)': 'Nummer van de nieuwste versie van de regiovisie; leeg: geen regiovisie in het portaal.',
    'Raden die de regiovisie vaststelden': 'Aantal gemeenteraden van de regio dat die versie vaststelde.',
    Gemeenten: 'Aantal gemeenten dat vandaag bij de regio hoort.',
    'Afspraken (gepubliceerd)': 'Aantal gepubliceerde uitvoeringsafspraken.',
    'Afspraken over datum': 'Openstaande gepubliceerde afspraken waarvan de uiterste (of geplande) datum voorbij is.',
    'Vertraagde afspraken': 'Gepubliceerde afspraken met een vastgelegde vertraging.',
    'Volledigheid (%)': 'Aandeel van de gepubliceerde afspraken waarin alle verwachte velden zijn ingevuld.',
    'Laatste wijziging': 'Datum van de laatste publicatie of niveauwijziging.',
  }
}
