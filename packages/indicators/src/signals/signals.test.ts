import { CONDITION_KEYS, DEFAULT_SIGNAL_THRESHOLDS, NVO_AGREEMENT_KEYS } from '@bt/domain'
import { describe, expect, it } from 'vitest'
import {
  actionItemOverdueSignals,
  agreementDelayedSignals,
  agreementOverdueSignals,
  budgetDropSignals,
  computeSignals,
  editionSignals,
  financialRiskSignals,
  offTargetSignals,
  subLinePendingSignals,
  uncoveredSignals,
  visionNotAdoptedSignals,
  type SignalAgreement,
  type SignalIndicatorSeries,
  type SignalReferenceScenario,
  type SignalRegionVision,
} from './index.ts'

// Hand-built data for each kind: the moment a signal opens, and the moment its cause goes (it closes:
// the function no longer returns it, so the recompute closes the stored signal).

const AGREEMENT: SignalAgreement = {
  id: 7,
  title: 'Crisisbedden',
  stage: 'in_uitvoering',
  plannedDate: '2026-01-01',
  dueDate: '2026-01-01',
  delays: [],
  regionCode: 'GM0193',
  regionName: 'Regio Zwolle',
  buildingBlocks: ['national_agreements'],
}

describe('agreement overdue', () => {
  it('opens the day after the due date and names the days overdue', () => {
    expect(agreementOverdueSignals([AGREEMENT], '2026-01-01')).toEqual([])
    const [signal] = agreementOverdueSignals([AGREEMENT], '2026-03-02')
    expect(signal).toMatchObject({
      dedupeKey: 'agreement_overdue:7',
      regionCode: 'GM0193',
      buildingBlock: 'national_agreements',
      evidence: { agreementId: 7, dueDate: '2026-01-01', daysOverdue: 60 },
    })
    expect(signal?.links).toContainEqual({ kind: 'agreement', ref: '7', label: 'Crisisbedden' })
  })

  it('closes when the agreement is realised', () => {
    expect(agreementOverdueSignals([{ ...AGREEMENT, stage: 'gerealiseerd' }], '2026-03-02')).toEqual([])
  })
})

describe('agreement delayed', () => {
  const delayed = {
    ...AGREEMENT,
    delays: [
      { reason: 'Aanbesteding', previousDate: '2026-01-01', newDate: '2026-03-01' },
      { reason: 'Bezwaar', previousDate: '2026-03-01', newDate: '2026-05-01' },
    ],
  }
  it('opens when the dates moved later by more than the threshold in total (120 > 90 days)', () => {
    const [signal] = agreementDelayedSignals([delayed], 90)
    expect(signal?.evidence).toMatchObject({ originalDate: '2026-01-01', currentDate: '2026-05-01', delayDays: 120, reasons: ['Aanbesteding', 'Bezwaar'] })
  })
  it('stays quiet at the threshold and closes when the agreement lapses', () => {
    expect(agreementDelayedSignals([delayed], 120)).toEqual([])
    expect(agreementDelayedSignals([{ ...delayed, stage: 'vervallen' }], 90)).toEqual([])
  })
})

describe('conditions and NvO agreements without an agreement', () => {
  const all = (conditions: string[]) => ({
    id: 1,
    stage: 'vastgesteld' as const,
    nvoAgreements: [...NVO_AGREEMENT_KEYS],
    themes: [],
    conditions,
  })
  it('opens one signal per region and kind, listing the gaps', () => {
    const signals = uncoveredSignals([{ regionCode: 'GM0193', regionName: 'Regio Zwolle', agreements: [all(['self_management'])] }])
    expect(signals.map((s) => s.kind)).toEqual(['condition_uncovered'])
    expect(signals[0]?.evidence.missing).toHaveLength(7)
  })
  it('closes when every condition is covered, and a lapsed agreement covers nothing', () => {
    const every = [...CONDITION_KEYS]
    expect(uncoveredSignals([{ regionCode: 'GM0193', regionName: 'Regio Zwolle', agreements: [all(every)] }])).toEqual([])
    const lapsed = uncoveredSignals([{ regionCode: 'GM0193', regionName: 'Regio Zwolle', agreements: [{ ...all(every), stage: 'vervallen' }] }])
    expect(lapsed.map((s) => s.kind)).toEqual(['condition_uncovered', 'nvo_uncovered'])
  })
})

describe('regiovisie not adopted', () => {
  const region: SignalRegionVision = {
    regionCode: 'GM0193',
    regionName: 'Regio Zwolle',
    members: [
      { code: 'GM0193', name: 'Zwolle' },
      { code: 'GM0166', name: 'Kampen' },
    ],
    versionNumber: 1,
    adoptions: [{ municipalityCode: 'GM0193', decisionDate: '2025-11-01' }],
  }
  it('opens after the deadline for a region whose councils did not all adopt, naming them', () => {
    expect(visionNotAdoptedSignals([region], '2026-01-01', '2026-01-01')).toEqual([])
    const [signal] = visionNotAdoptedSignals([region], '2026-01-01', '2026-01-02')
    expect(signal?.evidence).toMatchObject({ members: 2, adopted: 1, notAdopted: ['Kampen'] })
  })
  it('does not count an adoption after the deadline, and closes once every council adopted in time', () => {
    const late = { ...region, adoptions: [...region.adoptions, { municipalityCode: 'GM0166', decisionDate: '2026-02-01' }] }
    expect(visionNotAdoptedSignals([late], '2026-01-01', '2026-03-02')).toHaveLength(1)
    const inTime = { ...region, adoptions: [...region.adoptions, { municipalityCode: 'GM0166', decisionDate: '2025-12-15' }] }
    expect(visionNotAdoptedSignals([inTime], '2026-01-01', '2026-03-02')).toEqual([])
  })
})

describe('indicator off target', () => {
  // Waiting list, lower is better: the path runs from 100 (2024-H1) to 40 by 2026-12-31.
  const series = (values: number[]): SignalIndicatorSeries => ({
    indicatorKey: 'waiting_list_bw',
    indicatorLabel: 'Wachtlijst beschermd wonen',
    buildingBlocks: [9],
    direction: 'lower_is_better',
    target: { value: 40, date: '2026-12-31' },
    regionCode: 'GM0193',
    regionName: 'Regio Zwolle',
    series: ['2024-06-30', '2024-12-31', '2025-06-30', '2025-12-31'].slice(0, values.length).map((lastDay, i) => ({
      period: `${lastDay.slice(0, 4)}-H${lastDay.slice(5, 7) === '06' ? 1 : 2}`,
      lastDay,
      value: values[i] ?? null,
    })),
  })
  it('opens after two periods running off the path', () => {
    expect(offTargetSignals([series([100, 85, 120])], 2)).toEqual([])
    const [signal] = offTargetSignals([series([100, 110, 120])], 2)
    expect(signal).toMatchObject({ dedupeKey: 'indicator_off_target:waiting_list_bw:GM0193', buildingBlock: 'monitoring', evidence: { periodsRunning: 2 } })
  })
  it('closes when the latest period is back on track', () => {
    expect(offTargetSignals([series([100, 110, 120, 60])], 2)).toEqual([])
  })
})

describe('budget drop in the reference scenario', () => {
  const scenario: SignalReferenceScenario = {
    id: 'ref1',
    name: 'Referentie 2026',
    years: [2025, 2026, 2027],
    regions: [
      { code: 'GM0193', name: 'Regio Zwolle', amountsByYear: [100_000_00, 88_000_00, 87_000_00] },
      { code: 'GM0014', name: 'Regio Groningen', amountsByYear: [100_000_00, 95_000_00, 99_000_00] },
    ],
    sharing: null,
  }
  it('opens for a region falling more than the threshold in one year (12% > 10%), with every such year', () => {
    const signals = budgetDropSignals(scenario, 10)
    expect(signals.map((s) => s.dedupeKey)).toEqual(['budget_drop:region:GM0193'])
    expect(signals[0]?.evidence.drops).toEqual([{ year: 2026, fromCents: 100_000_00, toCents: 88_000_00, changeBasisPoints: -1200 }])
  })
  it('reads municipalities only after a sharing model, and closes without a reference scenario', () => {
    const shared = { ...scenario, regions: [], sharing: { regionCode: 'GM0193', regionName: 'Regio Zwolle', municipalities: [{ code: 'GM0166', name: 'Kampen', amountsByYear: [10_00, 8_00] }] } }
    expect(budgetDropSignals(shared, 10).map((s) => s.dedupeKey)).toEqual(['budget_drop:municipality:GM0166'])
    expect(budgetDropSignals(null, 10)).toEqual([])
    expect(budgetDropSignals(scenario, 12)).toEqual([])
  })
})

describe('sub-line pending after its planned date', () => {
  const line = { id: 3, buildingBlock: 'monitoring', label: 'Evaluatie 2025', status: 'pending', plannedDate: '2025-12-31', momentDate: '2020-12-07' }
  it('opens when a ● line passed its planned date, and closes once it is done', () => {
    expect(subLinePendingSignals([line], '2025-12-31')).toEqual([])
    expect(subLinePendingSignals([line], '2026-01-01')[0]?.summary).toBe('Bouwsteen 9: “Evaluatie 2025” staat na 2025-12-31 nog open (●).')
    expect(subLinePendingSignals([{ ...line, status: 'done' }], '2026-01-01')).toEqual([])
  })
})

describe('action_item_overdue', () => {
  const item = {
    id: 7,
    description: 'Brief aan de regio',
    dueDate: '2026-03-01',
    ownerName: 'Ali Analist',
    meetingId: 2,
    meetingTitle: 'Stuurgroep maart',
    buildingBlocks: ['regional_cooperation'],
    regionCode: 'GM0193',
  }
  it('opens the day after the due date under the bottleneck’s block, and closes once the item is done (no longer listed)', () => {
    expect(actionItemOverdueSignals([item], '2026-03-01')).toEqual([])
    const [signal] = actionItemOverdueSignals([item], '2026-03-02')
    expect(signal).toMatchObject({
      kind: 'action_item_overdue',
      dedupeKey: 'action_item_overdue:7',
      regionCode: 'GM0193',
      buildingBlock: 'regional_cooperation',
      summary: 'Actiepunt “Brief aan de regio” (Ali Analist) uit Stuurgroep maart moest klaar zijn op 2026-03-01.',
      links: [{ kind: 'meeting', ref: '2', label: 'Stuurgroep maart' }],
    })
    expect(actionItemOverdueSignals([], '2026-03-02')).toEqual([])
    expect(actionItemOverdueSignals([{ ...item, buildingBlocks: [], regionCode: null }], '2026-03-02')[0]?.buildingBlock).toBe('monitoring')
  })
})

describe('half-year editions', () => {
  const region = { editionKey: '2026-H1', editionLabel: 'Editie 2026-H1', dueDate: '2026-07-15', regionCode: 'GM0193', regionName: 'Regio Zwolle', state: 'draft', disputes: [] }
  it('opens when a region has not submitted by the due date, and closes once it submits', () => {
    expect(editionSignals([region], '2026-07-15')).toEqual([])
    expect(editionSignals([region], '2026-07-16').map((s) => s.dedupeKey)).toEqual(['edition_not_reported:2026-H1:GM0193'])
    expect(editionSignals([{ ...region, state: 'submitted' }], '2026-07-16')).toEqual([])
  })
  it('opens for a region that disputed items, with the items as evidence, and closes once a newer edition is the latest', () => {
    const [signal] = editionSignals([{ ...region, state: 'confirmed', disputes: [{ itemLabel: 'NvO-niveau toegang', reason: 'Niveau is 3, niet 2.' }] }], '2026-07-01')
    expect(signal).toMatchObject({ kind: 'edition_disputed', dedupeKey: 'edition_disputed:2026-H1:GM0193', evidence: { disputed: ['NvO-niveau toegang: Niveau is 3, niet 2.'] } })
    // The next edition is read instead (only the latest is): its part of the region has no disputes.
    const next = { ...region, editionKey: '2026-H2', editionLabel: 'Editie 2026-H2', dueDate: '2027-01-15', state: 'submitted' }
    expect(editionSignals([next], '2026-12-01')).toEqual([])
  })
})

describe('financial risks (issue 21)', () => {
  const zwolle = { regionCode: 'GM0193', regionName: 'Regio Zwolle' }
  it('opens one signal per high risk without a measure, keyed by region and risk', () => {
    const signals = financialRiskSignals([{ ...zwolle, unmeasuredHigh: [{ key: 'wlz_withdrawal', label: 'Uitname Wlz', owner: 'Zwolle' }] }])
    expect(signals).toHaveLength(1)
    expect(signals[0]).toMatchObject({
      kind: 'financial_risk_unmeasured',
      dedupeKey: 'financial_risk_unmeasured:GM0193:wlz_withdrawal',
      regionCode: 'GM0193',
      buildingBlock: 'distribution_model',
    })
    expect(signals[0]?.summary).toBe('Regio Zwolle: het financiële risico “Uitname Wlz” is hoog ingeschat en heeft geen maatregel.')
  })
  it('closes once the region has no such risk left', () => {
    expect(financialRiskSignals([{ ...zwolle, unmeasuredHigh: [] }])).toEqual([])
  })
})

describe('computeSignals', () => {
  it('gives the same signals for the same data, each with a unique dedupe key', () => {
    const data = {
      today: '2026-03-02',
      thresholds: DEFAULT_SIGNAL_THRESHOLDS,
      agreements: [AGREEMENT],
      regions: [{ regionCode: 'GM0193', regionName: 'Regio Zwolle', agreements: [] }],
      visions: [],
      indicatorSeries: [],
      referenceScenario: null,
      subLines: [],
      actionItems: [],
      editionRegions: [],
      financialRisks: [],
    }
    const first = computeSignals(data)
    expect(computeSignals(data)).toEqual(first)
    expect(new Set(first.map((s) => s.dedupeKey)).size).toBe(first.length)
    expect(first.map((s) => s.kind)).toEqual(['agreement_overdue', 'condition_uncovered', 'nvo_uncovered'])
  })
})
