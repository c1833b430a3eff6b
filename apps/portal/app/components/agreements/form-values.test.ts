import { describe, expect, it } from 'vitest'
import { agreementListHref, readAgreementFilter } from './filters.ts'
import { submittedAgreementFields, withSpareRow } from './form-values.ts'
import { stageOptions } from './agreement-form.tsx'

describe('stageOptions', () => {
  it('offers the current stage and only the changes the stage table allows', () => {
    expect(stageOptions('concept')).toEqual(['concept', 'vastgesteld', 'vervallen'])
    expect(stageOptions('in_uitvoering')).toEqual(['in_uitvoering', 'gerealiseerd', 'vervallen'])
    expect(stageOptions('gerealiseerd')).toEqual(['gerealiseerd'])
  })

  it('falls back to concept for a stage it does not know', () => {
    expect(stageOptions('bestaat-niet')).toEqual(['concept'])
  })
})

describe('submittedAgreementFields', () => {
  it('gives the posted values back in the form shape, rows in their posted places', () => {
    const fields = submittedAgreementFields({
      fields: {
        title: 'Woonplekken',
        themes: 'housing',
        conditions: ['housing_variants', ''],
        partners: [
          { name: '', kind: '' },
          { name: 'Woonstichting', kind: 'housing_corporation' },
        ],
        stage: 'vastgesteld',
      },
    })
    expect(fields).toMatchObject({
      title: 'Woonplekken',
      body: '',
      themes: ['housing'],
      conditions: ['housing_variants'],
      nvoAgreements: [],
      partners: [
        { name: '', kind: '' },
        { name: 'Woonstichting', kind: 'housing_corporation' },
      ],
      milestones: [],
      stage: 'vastgesteld',
    })
  })

  it('ignores what is not a form post', () => {
    expect(submittedAgreementFields(undefined)).toBeUndefined()
    expect(submittedAgreementFields({ fields: 'x' })).toBeUndefined()
    expect(submittedAgreementFields({ fields: { title: 3, partners: 'x' } })).toMatchObject({ title: '', partners: [], stage: 'concept' })
  })
})

describe('withSpareRow', () => {
  const empty = { name: '', kind: '' }

  it('keeps every row in place, empty ones too, and adds one empty row after a filled last one', () => {
    const rows = withSpareRow([{ name: 'A', kind: 'other' }, empty, { name: 'B', kind: '' }], empty)
    expect(rows.map((r) => r.name)).toEqual(['A', '', 'B', ''])
  })

  it('adds nothing when the last row is still empty (a row the user added), and one row to an empty group', () => {
    expect(withSpareRow([{ name: 'A', kind: 'other' }, empty, empty], empty)).toHaveLength(3)
    expect(withSpareRow([], empty)).toEqual([empty])
  })
})

describe('agreement list filters', () => {
  it('reads the Dutch URL parameters and drops unknown values', () => {
    const search = new URLSearchParams('stadium=vastgesteld&thema=housing&conditie=nonsense&gemeente=GM0166&partner=%20Veste%20')
    expect(readAgreementFilter(search)).toEqual({ stage: 'vastgesteld', theme: 'housing', municipality: 'GM0166', partner: 'Veste' })
  })

  it('links a matrix cell to the filtered list', () => {
    expect(agreementListHref('zwolle', { theme: 'housing', condition: 'affordable_housing' })).toBe(
      '/regio/zwolle/afspraken?thema=housing&conditie=affordable_housing',
    )
    expect(agreementListHref('zwolle', {})).toBe('/regio/zwolle/afspraken')
  })
})
