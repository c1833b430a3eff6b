import { describe, expect, it } from 'vitest'
import { INDICATOR_CATALOGUE } from './catalogue-seed.ts'
import { checkImportRow, createImportRowChecker, missingImportHeaders, type ImportAreas } from './import-rows.ts'

const catalogue = new Map(INDICATOR_CATALOGUE.map((i) => [i.key, i]))
const areas: ImportAreas = {
  municipalities: new Map([
    ['GM0193', { name: 'Zwolle', validFrom: null, validTo: null }],
    ['GM1979', { name: 'Eemsdelta', validFrom: '2021-01-01', validTo: null }],
  ]),
  regions: new Map([['GM0193', 'Regio Zwolle']]),
}
const row = (over: Record<string, string>) => ({
  indicator: 'wmo_clients',
  niveau: 'gemeente',
  gebiedscode: 'GM0193',
  periode: '2024',
  waarde: '6100',
  ...over,
})

describe('checkImportRow', () => {
  it('accepts a CBS-style row and uses the indicator source when the file names none', () => {
    expect(checkImportRow(row({}), catalogue, areas)).toMatchObject({
      ok: true,
      row: { indicatorKey: 'wmo_clients', level: 'municipality', areaCode: 'GM0193', period: '2024', periodEnd: '2024-12-31', state: 'final', value: 6100 },
    })
  })

  it('names the column of an unknown municipality and of a malformed period', () => {
    expect(checkImportRow(row({ gebiedscode: 'GM9999' }), catalogue, areas)).toEqual({
      ok: false,
      errors: [{ column: 'gebiedscode', message: expect.stringContaining('GM9999 bestaat niet') }],
    })
    expect(checkImportRow(row({ periode: '2025-Q5' }), catalogue, areas)).toEqual({
      ok: false,
      errors: [{ column: 'periode', message: "'2025-Q5': een jaar heeft vier kwartalen, gebruik 2025-Q1 tot en met 2025-Q4." }],
    })
  })

  it('refuses a value for a municipality that did not exist in that period', () => {
    expect(checkImportRow(row({ gebiedscode: 'GM1979', periode: '2019' }), catalogue, areas)).toEqual({
      ok: false,
      errors: [{ column: 'gebiedscode', message: 'Gemeente GM1979 (Eemsdelta) bestond nog niet in 2019: zij bestaat vanaf 2021-01-01.' }],
    })
  })

  it('reads the CBS symbols: `.` suppressed, `-` nil, a starred period provisional', () => {
    expect(checkImportRow(row({ waarde: '.' }), catalogue, areas)).toMatchObject({ ok: true, row: { state: 'suppressed', value: null } })
    expect(checkImportRow(row({ waarde: '-' }), catalogue, areas)).toMatchObject({ ok: true, row: { state: 'nil', value: 0 } })
    expect(checkImportRow(row({ periode: '2025-H1*' }), catalogue, areas)).toMatchObject({ ok: true, row: { state: 'provisional', period: '2025-H1' } })
  })

  it('lists the valid choices for an unknown level and status', () => {
    const check = checkImportRow(row({ niveau: 'provincie', status: 'onzeker' }), catalogue, areas)
    expect(check).toMatchObject({
      ok: false,
      errors: [
        { column: 'niveau', message: expect.stringContaining('gemeente, regio, landelijk') },
        { column: 'status', message: expect.stringContaining('definitief, voorlopig, geheim, nihil, ontbreekt') },
      ],
    })
  })

  it('names the required headers a file lacks', () => {
    expect(missingImportHeaders(['Indicator', 'periode', 'waarde'])).toEqual(['niveau', 'gebiedscode'])
  })
})

describe('createImportRowChecker', () => {
  it('gives every row the same outcome as checkImportRow, however often a period or area repeats', () => {
    const rows = [
      row({}),
      row({ periode: '2024-H1*' }),
      row({ gebiedscode: 'GM1979', periode: '2020' }),
      row({ gebiedscode: 'GM1979', periode: '2021' }),
      row({ gebiedscode: 'GM1979', periode: '2020' }),
      row({ periode: '2025-Q5' }),
      row({ periode: '2025-Q5' }),
      row({ gebiedscode: 'GM9999' }),
      row({ niveau: 'regio', gebiedscode: 'GM0193', indicator: 'bw_clients', periode: '2024-H1' }),
      row({ waarde: '.' }),
      row({ waarde: '-', periode: '2024' }),
    ]
    const check = createImportRowChecker(catalogue, areas)
    for (const r of [...rows, ...rows]) expect(check(r)).toEqual(checkImportRow(r, catalogue, areas))
  })
})
