import { describe, expect, it } from 'vitest'
import { agreementToSheetRow, sheetRowId, sheetRowToFields } from './agreement-sheet.ts'
import { AgreementFieldsSchema } from './agreements.ts'

const agreement = {
  id: 7,
  version: 3,
  title: 'Crisisbedden',
  body: 'Tekst met een ; puntkomma',
  stage: 'vastgesteld',
  stageReason: '',
  nvoAgreements: ['access', 'supra_regional'],
  themes: ['access'],
  conditions: ['low_threshold_access'],
  buildingBlocks: [],
  planElements: ['transition'],
  municipalities: ['GM0193', 'GM0166'],
  partners: [{ name: 'Stichting Anker (Zwolle)', kind: 'provider' }],
  plannedDate: '2026-06-01',
  explanation: '',
}

describe('the agreement sheet', () => {
  it('writes an agreement as one row and reads it back to the same fields', () => {
    const members = [
      { key: 'GM0193', label: 'Zwolle' },
      { key: 'GM0166', label: 'Kampen' },
    ]
    const row = agreementToSheetRow(agreement, members)
    expect(row).toMatchObject({
      id: '7',
      versie: '3',
      stadium: 'Vastgesteld',
      stadium_sleutel: 'vastgesteld',
      nvo_afspraken: '4. Toegang; 5. Bovenregionale samenwerking',
      nvo_afspraken_sleutels: 'access; supra_regional',
      gemeenten: 'Zwolle; Kampen',
      gemeenten_codes: 'GM0193; GM0166',
      partners: 'Stichting Anker (Zwolle) (Zorgaanbieder)',
    })
    const read = sheetRowToFields(row, members)
    expect(read.problems).toEqual([])
    const fields = AgreementFieldsSchema.parse(read.fields)
    expect(fields).toMatchObject({
      title: 'Crisisbedden',
      body: 'Tekst met een ; puntkomma',
      nvoAgreements: ['access', 'supra_regional'],
      municipalities: ['GM0193', 'GM0166'],
      partners: [{ name: 'Stichting Anker (Zwolle)', kind: 'provider' }],
      plannedDate: '2026-06-01',
    })
  })

  it('tells new rows, existing rows and malformed ids apart', () => {
    expect(sheetRowId({ id: '' })).toBeNull()
    expect(sheetRowId({ id: ' 12 ' })).toBe(12)
    expect(sheetRowId({ id: 'twaalf' })).toBeUndefined()
  })

  it('reads labels case-insensitively, with or without their number, keys too, and the key column when the labels are empty', () => {
    const { fields, problems } = sheetRowToFields({
      titel: 'X y z',
      stadium: 'IN UITVOERING',
      nvo_afspraken: 'toegang; supra_regional',
      themas: '',
      themas_sleutels: 'access',
      condities: '4. woonvarianten',
      bouwstenen: '7. Landelijke afspraken (wonen; zorg in de wijk); Taskforce',
      partners: 'Woonstichting (woningcorporatie)',
    })
    expect(problems).toEqual([])
    expect(fields).toMatchObject({
      stage: 'in_uitvoering',
      nvoAgreements: ['access', 'supra_regional'],
      themes: ['access'],
      conditions: ['housing_variants'],
      buildingBlocks: [expect.any(String), expect.any(String)],
      partners: [{ name: 'Woonstichting', kind: 'housing_corporation' }],
    })
  })

  it('names an unknown value with the valid choices, per column', () => {
    const { problems } = sheetRowToFields({ titel: 'X y z', themas: 'onbekend', stadium: 'klaar', partners: 'Zomaar iemand' })
    expect(problems).toEqual([
      { column: 'stadium', message: expect.stringMatching(/^Onbekend stadium ‘klaar’\. Kies uit: Concept; Vastgesteld; In uitvoering/) },
      { column: 'partners', message: expect.stringContaining('Soorten: Zorgaanbieder;') },
      { column: 'themas', message: expect.stringMatching(/^Onbekend thema ‘onbekend’\. Kies uit: Regiovisie en vaststelling per raad;/) },
    ])
  })
})
