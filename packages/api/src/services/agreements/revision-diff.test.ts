import type { AgreementContent } from '@bt/db'
import { describe, expect, it } from 'vitest'
import { diffRevisions, diffWords } from './revision-diff.ts'

const base: AgreementContent = {
  title: 'Crisisopvang',
  body: 'De regio regelt tien crisisbedden.',
  nvoAgreements: ['access'],
  themes: ['access'],
  conditions: ['low_threshold_access'],
  buildingBlocks: [],
  planElements: [],
  municipalities: [],
  partners: [],
  milestones: [],
  delays: [],
  plannedDate: '2026-06-01',
  dueDate: '2026-06-01',
  stage: 'concept',
  stageReason: '',
  explanation: '',
}

describe('word diff', () => {
  it('marks removed and added words and keeps the rest', () => {
    expect(diffWords('De regio regelt tien crisisbedden.', 'De regio regelt twaalf crisisbedden.')).toEqual([
      { kind: 'same', text: 'De regio regelt ' },
      { kind: 'removed', text: 'tien ' },
      { kind: 'added', text: 'twaalf ' },
      { kind: 'same', text: 'crisisbedden.' },
    ])
  })

  it('rejoins to the old text without additions and to the new text without removals', () => {
    const before = 'Een  tekst\nmet regels en   ruimte'
    const after = 'Een tekst met andere regels'
    const parts = diffWords(before, after)
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before)
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after)
  })
})

describe('revision diff', () => {
  it('reports only the fields that changed', () => {
    const after: AgreementContent = { ...base, body: 'De regio regelt twaalf crisisbedden.', themes: ['access', 'housing'], stage: 'vastgesteld' }
    const changes = diffRevisions(base, after)
    expect(changes.map((c) => c.field)).toEqual(['body', 'themes', 'stage'])
    expect(changes[1]).toEqual({ field: 'themes', kind: 'list', added: ['housing'], removed: [] })
    expect(changes[2]).toEqual({ field: 'stage', kind: 'value', before: 'concept', after: 'vastgesteld' })
  })

  it('finds nothing between equal revisions', () => {
    expect(diffRevisions(base, { ...base })).toEqual([])
  })
})
