import type { RouterOutputs } from '@bt/api'
import type { ExportTable } from './table-export.server.ts'

// The public region list of /regio as a download (issue 13 item 6): names, centrumgemeente, province,
// members and inhabitants are reference data, so anyone may download it; what regions report is not in it.

type Region = RouterOutputs['region']['list']['regions'][number]

/** What each column of the region list means (the JSON download carries them). */
export function regionListDefinitions(isExampleIndeling: boolean): Record<string, string> {
  return {
    Regio: 'De regio beschermd wonen en maatschappelijke opvang, met de naam die de beheerder vastlegde.',
    'Centrumgemeente (code)': 'CBS-code van de centrumgemeente, die de regio identificeert.',
    Centrumgemeente: 'De centrumgemeente van de regio.',
    Provincie: 'De provincie van de centrumgemeente.',
    Gemeenten: `Aantal gemeenten in de regio volgens de ${isExampleIndeling ? 'voorbeeldindeling (nog niet de officiële indeling)' : 'ingelezen indeling'} op de peildatum.`,
    Inwoners: 'Som van de inwoners van de gemeenten van de regio volgens de gemeentelijst van het portaal (de bron vermeldt geen peildatum; de som past bij 1 januari 2026).',
  }
}

/** The region list as one table, a row per region. */
export function regionListTable(regions: readonly Region[]): ExportTable {
  return {
    sheetName: 'Regio’s',
    header: ['Regio', 'Centrumgemeente (code)', 'Centrumgemeente', 'Provincie', 'Gemeenten', 'Inwoners'],
    rows: regions.map((r) => [r.name, r.code, r.centralMunicipalityName, r.province, r.municipalityCount, r.inhabitants]),
  }
}
