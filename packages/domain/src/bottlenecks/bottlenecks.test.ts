import { describe, expect, it } from 'vitest'
import {
  BOTTLENECK_STATES,
  BOTTLENECK_TRANSITIONS,
  BottleneckFieldsSchema,
  ChangeBottleneckStateSchema,
  canChangeBottleneckState,
  forbiddenTransitionMessage,
  isOpenBottleneckState,
  riskBand,
} from './index.ts'

const FIELDS = {
  title: 'Te weinig woningen',
  description: 'Er is te weinig doorstroming naar reguliere woningen.',
  buildingBlocks: 'national_agreements',
  regionCodes: ['GM0193', 'GM0193'],
  severity: '4',
  likelihood: 3,
}

describe('bottleneck states', () => {
  it('follows gemeld → in behandeling → geagendeerd → besloten → opgelost', () => {
    const path = ['reported', 'in_progress', 'scheduled', 'decided', 'resolved'] as const
    for (let i = 1; i < path.length; i++) expect(canChangeBottleneckState(path[i - 1]!, path[i]!)).toBe(true)
  })

  it('lets every open state be dropped, and nothing leave resolved or dropped', () => {
    for (const state of BOTTLENECK_STATES) {
      expect(canChangeBottleneckState(state, 'dropped')).toBe(isOpenBottleneckState(state))
    }
    expect(BOTTLENECK_TRANSITIONS.resolved).toEqual([])
    expect(BOTTLENECK_TRANSITIONS.dropped).toEqual([])
  })

  it('forbids skipping from gemeld straight to besloten, with a Dutch message naming what is allowed', () => {
    expect(canChangeBottleneckState('reported', 'decided')).toBe(false)
    expect(forbiddenTransitionMessage('reported', 'decided')).toBe(
      'Een knelpunt met status "Gemeld" kan niet naar "Besloten". Mogelijk: "In behandeling" of "Vervallen".',
    )
  })

  it('asks a reason when a bottleneck is dropped', () => {
    const result = ChangeBottleneckStateSchema.safeParse({ id: 1, version: 1, to: 'dropped', reason: ' ' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Geef aan waarom het knelpunt vervalt (minstens 5 tekens).')
    expect(ChangeBottleneckStateSchema.parse({ id: 1, version: 1, to: 'in_progress' }).reason).toBe('')
  })
})

describe('bottleneck fields', () => {
  it('reads form values: a single checkbox, numbers as text, duplicates once, empty due date as none', () => {
    const parsed = BottleneckFieldsSchema.parse({ ...FIELDS, dueDate: '', ownerUserId: '' })
    expect(parsed).toMatchObject({ buildingBlocks: ['national_agreements'], regionCodes: ['GM0193'], severity: 4, dueDate: null, ownerUserId: null })
  })

  it('refuses a severity outside 1-5 and no building block, in Dutch', () => {
    const result = BottleneckFieldsSchema.safeParse({ ...FIELDS, severity: 9, buildingBlocks: [] })
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual(['Kies de ernst (1 tot en met 5).', 'Kies minstens één bouwsteen.'])
  })

  it('bands severity × likelihood as low, medium and high', () => {
    expect([riskBand(1, 4), riskBand(2, 3), riskBand(3, 4), riskBand(5, 3)]).toEqual(['low', 'medium', 'medium', 'high'])
  })
})
