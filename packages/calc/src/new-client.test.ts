import { describe, expect, it } from 'vitest'
import { assessNewClient, type BwHistoryEvent } from './new-client.ts'

// Seed 000 §2.2, footnote 3: no application and no use of BW in the region reported to in the 365
// days before. Report date 2025-03-01: 365 days before is 2024-03-01, 366 days before is 2024-02-29
// (2024 is a leap year).
const REGION = ['GM0193', 'GM0148']
const assess = (history: BwHistoryEvent[], regionMunicipalityCodes = REGION) =>
  assessNewClient({ reportDate: '2025-03-01', regionMunicipalityCodes, history })

describe('assessNewClient', () => {
  it('calls a client without BW history new and names the window it checked', () => {
    expect(assess([])).toEqual({
      isNewClient: true,
      reason: 'NO_BW_IN_WINDOW',
      windowStartDate: '2024-03-01',
      windowEndDate: '2025-02-28',
      matchedEventIndex: null,
    })
  })

  it('takes the look-back window as a parameter (the bill is not in force)', () => {
    const history: BwHistoryEvent[] = [
      { kind: 'application', date: '2024-09-01', municipalityCode: 'GM0193' },
    ]
    // 2024-09-01 lies 181 days before 2025-03-01: inside 365 days, outside 180.
    expect(assess(history).isNewClient).toBe(false)
    const shorter = assessNewClient({
      reportDate: '2025-03-01',
      regionMunicipalityCodes: REGION,
      history,
      lookbackDays: 180,
    })
    expect(shorter).toMatchObject({ isNewClient: true, windowStartDate: '2024-09-02' })
  })

  it('counts a use that ended exactly 365 days before the report', () => {
    const result = assess([
      { kind: 'use', startDate: '2023-01-01', endDate: '2024-03-01', municipalityCode: 'GM0193' },
    ])
    expect(result).toMatchObject({
      isNewClient: false,
      reason: 'USE_IN_WINDOW',
      matchedEventIndex: 0,
    })
  })

  it('does not count a use that ended 366 days before the report', () => {
    const result = assess([
      { kind: 'use', startDate: '2023-01-01', endDate: '2024-02-29', municipalityCode: 'GM0193' },
    ])
    expect(result.isNewClient).toBe(true)
  })

  it('counts an application exactly 365 days before, not one 366 days before', () => {
    expect(
      assess([{ kind: 'application', date: '2024-03-01', municipalityCode: 'GM0148' }]),
    ).toMatchObject({
      isNewClient: false,
      reason: 'APPLICATION_IN_WINDOW',
    })
    expect(
      assess([{ kind: 'application', date: '2024-02-29', municipalityCode: 'GM0148' }]).isNewClient,
    ).toBe(true)
  })

  it('counts a use that is still running', () => {
    expect(
      assess([{ kind: 'use', startDate: '2020-01-01', municipalityCode: 'GM0148' }]).isNewClient,
    ).toBe(false)
  })

  it('ignores BW in another region and an application on the report date itself', () => {
    const result = assess([
      { kind: 'use', startDate: '2024-06-01', endDate: '2024-12-31', municipalityCode: 'GM0363' },
      { kind: 'application', date: '2025-03-01', municipalityCode: 'GM0193' },
    ])
    expect(result.isNewClient).toBe(true)
  })

  it('rejects an empty region, a malformed date and a use that ends before it starts', () => {
    expect(() => assess([], [])).toThrow(expect.objectContaining({ code: 'EMPTY_REGION' }))
    expect(() =>
      assess([{ kind: 'application', date: '2024-02-30', municipalityCode: 'GM0193' }]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: ['history', 0, 'date'] }))
    expect(() =>
      assess([
        { kind: 'use', startDate: '2024-05-01', endDate: '2024-04-30', municipalityCode: 'GM0193' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD', path: ['history', 0, 'endDate'] }))
  })
})
