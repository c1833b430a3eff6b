import { describe, expect, it } from 'vitest'
import { withRowEdited } from './agreement-forms.server.ts'

const posted = {
  version: '4',
  fields: {
    title: 'Vier partners',
    partners: [
      { name: 'A', kind: 'provider' },
      { name: 'B', kind: '' },
    ],
    milestones: [{ date: '2027-01-01', label: 'Start' }],
  },
}

describe('rows added or removed without JavaScript', () => {
  it('adds an empty partner row and keeps everything typed (the intent itself is dropped)', () => {
    expect(withRowEdited({ ...posted, intent: 'add-partner' })).toEqual({
      version: '4',
      fields: { ...posted.fields, partners: [...posted.fields.partners, { name: '', kind: '' }] },
    })
  })

  it('removes the named row only', () => {
    expect(withRowEdited({ ...posted, intent: 'remove-partner-0' })?.fields).toEqual({ ...posted.fields, partners: [{ name: 'B', kind: '' }] })
    expect(withRowEdited({ ...posted, intent: 'remove-milestone-0' })?.fields).toEqual({ ...posted.fields, milestones: [] })
    expect(withRowEdited({ ...posted, intent: 'add-milestone' })?.fields).toMatchObject({ milestones: [{ date: '2027-01-01', label: 'Start' }, { date: '', label: '' }] })
  })

  it('leaves a save (no intent) and unknown intents to the save', () => {
    expect(withRowEdited(posted)).toBeUndefined()
    expect(withRowEdited({ ...posted, intent: 'remove-everything' })).toBeUndefined()
    expect(withRowEdited({ fields: 'x', intent: 'add-partner' })).toEqual({ fields: { partners: [{ name: '', kind: '' }] } })
  })
})
