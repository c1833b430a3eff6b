import { parseCsv } from '@bt/domain'
import { describe, expect, it } from 'vitest'
import { agreementsTable, indicatorsTable, trendTable } from './block-tables.server.ts'
import { regionListDefinitions, regionListTable } from './region-list-export.server.ts'
import { tableToCsv, tableToJson } from './table-export.server.ts'

// The building block page's trend, indicator and agreement tables and the public region list as
// downloads (issue 13 item 6): the same cells as the page's tables, every column defined.

const counts = (done: number, pending: number) => ({ done, partly_done: 0, done_decision_pending: 0, pending })

describe('the block page tables as downloads', () => {
  it('writes the status trend as a row per decision moment with a column per status, each defined', () => {
    const { table, definitions } = trendTable([
      { momentId: 1, momentDate: '2020-12-07', label: 'BO december 2020', counts: counts(1, 2), notSet: 1 },
      { momentId: 2, momentDate: '2026-06-01', label: 'BO juni 2026', counts: counts(3, 0), notSet: 1 },
    ])
    const rows = parseCsv(tableToCsv(table))
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ Besluitmoment: 'BO juni 2026', Datum: '2026-06-01', 'Nog geen status': '1' })
    expect(Object.values(rows[0] ?? {})).toEqual(['BO december 2020', '2020-12-07', '1', '0', '0', '2', '1'])
    expect(Object.keys(definitions)).toEqual([...table.header])
  })

  it('lists the related indicators with Dutch unit and origin, and no figures', () => {
    const { table, definitions } = indicatorsTable([
      { key: 'bw_home_share', label: 'Aandeel beschermd thuis', definition: 'Cliënten thuis / alle cliënten', unit: 'percentage', source: 'Regio', origin: 'region_reported' },
    ])
    expect(table.rows).toEqual([['bw_home_share', 'Aandeel beschermd thuis', 'Cliënten thuis / alle cliënten', 'percentage', 'door de regio gemeld', 'Regio']])
    expect(Object.keys(definitions)).toEqual([...table.header])
  })

  it('lists the tagged agreements with their stage in Dutch and the publication date', () => {
    const { table, definitions } = agreementsTable({
      total: 1,
      listed: [{ id: 7, regionCode: 'GM0193', regionName: 'Regio Zwolle', regionSlug: 'zwolle', title: 'Woonplekken', stage: 'in_uitvoering', plannedDate: '2026-03-01', publishedAt: new Date('2026-01-05T10:00:00.000Z') }],
    })
    expect(table.rows).toEqual([['Regio Zwolle', 'Woonplekken', 'In uitvoering', '2026-03-01', '2026-01-05', 7]])
    expect(Object.keys(definitions)).toEqual([...table.header])
  })
})

describe('the public region list as a download', () => {
  it('holds reference data only, every column defined, and says which indeling it follows', () => {
    const table = regionListTable([{ code: 'GM0193', name: 'Regio Zwolle', slug: 'zwolle', version: 1, centralMunicipalityName: 'Zwolle', province: 'Overijssel', municipalityCount: 9, inhabitants: 500_000 }])
    const json = JSON.parse(tableToJson(table, { title: "De regio's", asOf: { datum: '2026-06-01' }, definitions: regionListDefinitions(true) })) as { kolommen: string[]; definities: Record<string, string>; rijen: unknown[] }
    expect(json.rijen).toEqual([{ Regio: 'Regio Zwolle', 'Centrumgemeente (code)': 'GM0193', Centrumgemeente: 'Zwolle', Provincie: 'Overijssel', Gemeenten: 9, Inwoners: 500_000 }])
    expect(Object.keys(json.definities)).toEqual(json.kolommen)
    expect(json.definities.Gemeenten).toContain('voorbeeldindeling')
  })
})
