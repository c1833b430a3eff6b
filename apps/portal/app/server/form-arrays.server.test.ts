import { describe, expect, it } from 'vitest'
import { withFormArrays } from './form-arrays.server.ts'
import { formDataToObject } from './forms.server.ts'

function form(entries: [string, string][]): FormData {
  const data = new FormData()
  for (const [key, value] of entries) data.append(key, value)
  return data
}

describe('withFormArrays', () => {
  it('turns indexed rows into arrays in index order', () => {
    const values = formDataToObject(
      form([
        ['fields.title', 'Afspraak'],
        ['fields.partners.1.name', 'Woonstichting'],
        ['fields.partners.1.kind', 'housing_corporation'],
        ['fields.partners.0.name', 'Zorgkantoor'],
        ['fields.partners.0.kind', 'care_office'],
        ['fields.themes', 'housing'],
        ['fields.themes', 'access'],
      ]),
    )
    expect(withFormArrays(values)).toEqual({
      fields: {
        title: 'Afspraak',
        partners: [
          { name: 'Zorgkantoor', kind: 'care_office' },
          { name: 'Woonstichting', kind: 'housing_corporation' },
        ],
        themes: ['housing', 'access'],
      },
    })
  })

  it('closes gaps, sorts numerically and leaves other objects alone', () => {
    expect(withFormArrays({ rows: { '10': 'c', '2': 'b', '0': 'a' }, meta: { a: '1', '0': 'x' } })).toEqual({
      rows: ['a', 'b', 'c'],
      meta: { a: '1', '0': 'x' },
    })
  })

  it('keeps scalars, empty objects and absurd indexes as they are', () => {
    expect(withFormArrays('x')).toBe('x')
    expect(withFormArrays({})).toEqual({})
    expect(withFormArrays({ '99999': 'a' })).toEqual({ '99999': 'a' })
  })
})
