import { describe, expect, it } from 'vitest'
import { datasetCsv, datasetZip, explanationTable } from './open-data-files.server.ts'

// A data set file as the API gives it; the CSV, its explanation and the ZIP are made from it.
const file = {
  dataset: {
    key: 'voorbeeld',
    title: 'Voorbeeld',
    description: 'Een voorbeeld.',
    source: 'Bron X',
    licence: 'CC0 1.0',
    method: 'Geteld.',
    states: { bevestigd: 'Bevestigd: goedgekeurd.' },
    columns: [
      { key: 'editie', title: 'Editie', definition: 'De editie.', type: 'string' as const, nullable: false },
      { key: 'niveau', title: 'Niveau', definition: 'Niveau 0-4.', type: 'integer' as const, nullable: true },
      { key: 'vast', title: 'Vast', definition: 'Ligt vast.', type: 'boolean' as const, nullable: false },
    ],
    links: { csv: '/open-data/voorbeeld.csv', csvSemicolon: '', csvZip: '', json: '/open-data/voorbeeld.json?editie=2025-H2', api: '' },
    asOf: { date: '2026-01-12', label: 'Editie 2025-H2' },
    audience: { code: 'public' as const, note: 'Openbaar.' },
  },
  rows: [
    { editie: '2025-H2', niveau: 3, vast: true },
    { editie: '2025-H2', niveau: null, vast: false },
  ],
}

describe('a data set as files', () => {
  it('writes the rows under the Dutch titles, booleans as ja/nee', () => {
    expect(datasetCsv(file, ';')).toBe('\uFEFFEditie;Niveau;Vast\r\n2025-H2;3;ja\r\n2025-H2;;nee\r\n')
  })

  it('explains every column and state, the as-of, source, licence and who the file is for', () => {
    const rows = explanationTable(file).rows.map((r) => r.join(' | '))
    expect(rows).toEqual(
      expect.arrayContaining([
        'dataset | Stand per | 2026-01-12 (Editie 2025-H2)',
        'dataset | Bron | Bron X',
        'dataset | Licentie | CC0 1.0',
        'dataset | Wie dit bestand krijgt | Openbaar.',
        'kolom | Niveau | Niveau 0-4. Sleutel in JSON: niveau; geheel getal, kan leeg zijn.',
        'status | bevestigd | Bevestigd: goedgekeurd.',
      ]),
    )
  })

  it('puts the CSV and its explanation in one ZIP whose bytes depend only on the data', () => {
    const zip = datasetZip(file, 'voorbeeld-2026-01-12', ',')
    const text = Buffer.from(zip).toString('utf8')
    expect(text.startsWith('PK')).toBe(true)
    expect(text).toContain('voorbeeld-2026-01-12.csv')
    expect(text).toContain('voorbeeld-2026-01-12-toelichting.csv')
    expect(text).toContain('Editie,Niveau,Vast')
    expect(text).toContain('Niveau 0-4. Sleutel in JSON: niveau')
    expect(Buffer.from(datasetZip(file, 'voorbeeld-2026-01-12', ',')).equals(Buffer.from(zip))).toBe(true)
  })
})
