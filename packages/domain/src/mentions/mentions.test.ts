import { describe, expect, it } from 'vitest'
import { findMentions, insertMention, mentionQueryAt, suggestMentions } from './mentions.ts'

const ada = { id: 'u-ada', name: 'Ada' }
const adaDeVries = { id: 'u-adv', name: 'Ada de Vries' }
const bert = { id: 'u-bert', name: 'Bert Jansen' }
const people = [ada, adaDeVries, bert]

describe('findMentions', () => {
  it('finds the longest name after each @, each person once, in order of first mention', () => {
    expect(findMentions('@Bert Jansen en @ada de vries, kijken jullie? @Bert Jansen', people)).toEqual([bert, adaDeVries])
  })
  it('takes the shorter name when the longer one does not follow', () => {
    expect(findMentions('Vraag voor @Ada: klopt dit?', people)).toEqual([ada])
  })
  it('ignores an @ inside a word (a mail address) and a name that runs on into a longer word', () => {
    expect(findMentions('mail ada@Bert Jansen.nl of @Adaline', people)).toEqual([])
  })
  it('finds nothing without candidates', () => {
    expect(findMentions('@Ada', [])).toEqual([])
  })
})

describe('mentionQueryAt', () => {
  it('returns the query typed after an @ at a word start', () => {
    expect(mentionQueryAt('Hallo @Ad', 9)).toEqual({ start: 6, query: 'Ad' })
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' })
  })
  it('returns null in a mail address, across a line break, or without an @', () => {
    expect(mentionQueryAt('ada@vng', 7)).toBeNull()
    expect(mentionQueryAt('@Ada\nverder', 11)).toBeNull()
    expect(mentionQueryAt('geen noemen', 5)).toBeNull()
  })
})

describe('suggestMentions', () => {
  it('lists names that start with the query first, then names that contain it', () => {
    expect(suggestMentions('jan', [{ id: '1', name: 'Pieter Jansen' }, { id: '2', name: 'Jan Smit' }]).map((p) => p.name)).toEqual([
      'Jan Smit',
      'Pieter Jansen',
    ])
  })
})

describe('insertMention', () => {
  it('replaces the typed query by the full name and puts the caret after it', () => {
    expect(insertMention('Zie @Ad graag', { start: 4, caret: 7 }, 'Ada de Vries')).toEqual({ text: 'Zie @Ada de Vries  graag', caret: 18 })
  })
})
