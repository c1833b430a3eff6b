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
    const row = agreementToSheetRow(agreement)
    expect(row).toMatchObject({ id: '7', versie: '3', nvo_afspraken: 'access; supra_regional', partners: 'Stichting Anker (Zwolle) (provider)' })
    const fields = AgreementFieldsSchema.parse(sheetRowToFields(row))
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

  it('leaves unknown keys for the schema to refuse', () => {
    const result = AgreementFieldsSchema.safeParse(sheetRowToFields({ titel: 'X y z', nvo_afspraken: 'access', themas: 'onbekend', condities: 'quality_demand', stadium: 'concept' }))
    expect(result.success).toBe(false)
  })
})
