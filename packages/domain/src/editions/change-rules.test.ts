import { describe, expect, it } from 'vitest'
import { CHANGE_RULES_VERSION, comparePictures } from './changes.ts'
import { picture } from './picture.test-support.ts'

// Frozen editions keep the changes computed by the rules of their day (ADR 044). This pins what the
// current rules say for one pair of pictures: when it fails, the rules changed, so raise
// CHANGE_RULES_VERSION (stored changes are then computed afresh) and pin the new output under it.

const agreement = { id: 7, title: 'Toegang', stage: 'vastgesteld', dueDate: '2026-03-01', plannedDate: null, delayCount: 0, overdue: false, nvoAgreements: [], conditions: [], buildingBlocks: ['national_purchasing'] }
const indicator = { key: 'clients', label: 'Cliënten', unit: 'count', period: '2025-H2', periodEnd: '2025-12-31', value: 100, state: 'final', buildingBlocks: ['monitoring'] }

const PINNED: Record<number, unknown[][]> = {
  1: [
    ['level_down', 'level:regional_vision', 'NvO-afspraak 1 (Regiovisie) ging van niveau 4 naar 1.', '4', '1'],
    ['agreement_realised', 'agreement:7', 'Afspraak “Toegang” is gerealiseerd.', 'vastgesteld', 'gerealiseerd'],
    ['agreement_delayed', 'agreement:7', 'Afspraak “Toegang” is vertraagd naar 2026-09-01.', '2026-03-01', '2026-09-01'],
    ['agreement_overdue', 'agreement:7', 'Afspraak “Toegang” is over de datum (2026-09-01).', '2026-03-01', '2026-09-01'],
    ['agreement_added', 'agreement:8', 'Afspraak “Wonen” is toegevoegd.', null, 'concept'],
    ['indicator_moved', 'indicator:clients', 'Cliënten daalde van 100 (2025-H2) naar 80,5 (2026-H1).', '100', '80.5'],
    ['disputed', 'adoptions', 'De regio betwist de vaststelling: Twee raden besluiten nog.', null, null],
  ],
}

describe('the rules of what changed', () => {
  it('say for this version exactly what was pinned for it', () => {
    const previous = picture({ agreements: [agreement], indicators: [indicator] })
    const current = picture({
      levels: [{ nvoAgreement: 'regional_vision', level: 1, explanation: '' }],
      agreements: [{ ...agreement, stage: 'gerealiseerd', delayCount: 1, overdue: true, dueDate: '2026-09-01' }, { ...agreement, id: 8, title: 'Wonen', stage: 'concept' }],
      indicators: [{ ...indicator, period: '2026-H1', periodEnd: '2026-06-30', value: 80.5 }],
    })
    const changes = comparePictures(previous, current, [{ itemKey: 'adoptions', itemLabel: 'de vaststelling', reason: 'Twee raden besluiten nog.' }])
    expect(changes.map((c) => [c.kind, c.itemKey, c.text, c.from, c.to])).toEqual(PINNED[CHANGE_RULES_VERSION])
  })
})
