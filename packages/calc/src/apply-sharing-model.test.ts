import { describe, expect, it } from 'vitest'
import { applySharingModel } from './apply-sharing-model.ts'

const MEMBERS = [
  { code: 'GM0193', amountCents: 9_000, inhabitants: 3, wmoIntegrationPaymentCents: 1 },
  { code: 'GM0148', amountCents: 1_000, inhabitants: 1, wmoIntegrationPaymentCents: 1 },
]

describe('applySharingModel', () => {
  it('defaults costs to the budget: pro rata inhabitants then redistributes the region budget 3:1', () => {
    const result = applySharingModel(MEMBERS, {
      kind: 'inhabitantsWithReserve',
      reserveBalanceCents: 0,
    })
    expect(result.kind).toBe('inhabitantsWithReserve')
    expect(result.lines.map((l) => [l.bearsCents, l.resultCents])).toEqual([
      [7_500, 1_500],
      [2_500, -1_500],
    ])
  })

  it('defaults costs to the budget less the retention for passend aandeel', () => {
    const result = applySharingModel(MEMBERS, {
      kind: 'appropriateShare',
      base: 'wmoIntegrationPayment',
      retention: { centralMunicipalityCode: 'GM0193', rule: { kind: 'fixed', amountCents: 400 } },
    })
    if (result.kind !== 'appropriateShare') throw new Error('wrong model')
    expect(result).toMatchObject({ retainedCents: 400, costsCents: 9_600, sharedResultCents: 0 })
    expect(result.lines.map((l) => l.resultCents)).toEqual([400, 0])
  })

  it('dispatches the retention and compensation models', () => {
    const retention = applySharingModel(MEMBERS, {
      kind: 'centralRetention',
      centralMunicipalityCode: 'GM0193',
      rule: { kind: 'basisPoints', basisPoints: 1_000 },
    })
    expect(retention.lines.map((l) => l.resultCents)).toEqual([9_100, 900])
    const compensation = applySharingModel(
      MEMBERS.map((m) => ({ ...m, localSupportCents: 500 })),
      { kind: 'localCompensation', centralMunicipalityCode: 'GM0193', bedCostsCents: 8_000 },
    )
    expect(compensation.lines.map((l) => l.resultCents)).toEqual([1_500, 500])
  })
})
