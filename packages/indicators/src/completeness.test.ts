import { describe, expect, it } from 'vitest'
import { missingFields, summariseCompleteness, type CompletenessAgreement } from './completeness.ts'

const full: CompletenessAgreement = {
  id: 1,
  title: 'x',
  plannedDate: '2026-01-01',
  buildingBlocks: ['monitoring'],
  planElements: ['vision'],
  partners: [{ name: 'p', kind: 'provider' }],
  municipalities: ['GM0193'],
}

describe('completeness', () => {
  it('names what an agreement lacks', () => {
    expect(missingFields(full)).toEqual([])
    expect(missingFields({ ...full, plannedDate: null, partners: [] })).toEqual(['plannedDate', 'partners'])
  })

  it('gives the share of complete agreements in basis points and the NvO levels still missing', () => {
    const summary = summariseCompleteness([full, { ...full, id: 2, planElements: [] }, full], { nvoLevelsSet: 5, nvoAgreementCount: 8 })
    expect(summary.completeBasisPoints).toBe(6667)
    expect(summary.incomplete).toEqual([{ id: 2, title: 'x', missing: ['planElements'] }])
    expect(summary.nvoLevelsMissing).toBe(3)
    expect(summariseCompleteness([], { nvoLevelsSet: 0, nvoAgreementCount: 8 }).completeBasisPoints).toBe(0)
  })
})
