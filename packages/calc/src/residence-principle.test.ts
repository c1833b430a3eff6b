import { describe, expect, it } from 'vitest'
import { determineResponsibleMunicipality, type ResidenceInput } from './residence-principle.ts'

// DOMAIN.md §6.4 and §8 (bill 36288). Utrecht GM0344, Amersfoort GM0307 (the facility), Zwolle
// GM0193, Amsterdam GM0363 (where the client reports).
const MOVED_INTO_FACILITY: ResidenceInput = {
  bwStartDate: '2024-03-15',
  reportingMunicipalityCode: 'GM0363',
  addresses: [
    { municipalityCode: 'GM0344', startDate: '2019-05-01', endDate: '2024-03-14' },
    { municipalityCode: 'GM0307', startDate: '2024-03-15' },
  ],
  bwEpisodes: [],
}

describe('determineResponsibleMunicipality', () => {
  it('takes the address on the day before the start of BW, not the facility after moving in', () => {
    expect(determineResponsibleMunicipality(MOVED_INTO_FACILITY)).toEqual({
      responsibleMunicipalityCode: 'GM0344',
      reason: 'ADDRESS_ON_DAY_BEFORE',
      safetyNet: false,
      referenceDate: '2024-03-15',
      referenceKind: 'bwStart',
      dayBeforeDate: '2024-03-14',
      lastBwEpisode: null,
      addressOnDayBefore: {
        municipalityCode: 'GM0344',
        startDate: '2019-05-01',
        endDate: '2024-03-14',
      },
    })
  })

  it('takes the day before the application when that comes first', () => {
    const decision = determineResponsibleMunicipality({
      ...MOVED_INTO_FACILITY,
      applicationDate: '2024-01-10',
      addresses: [
        { municipalityCode: 'GM0193', startDate: '2010-01-01', endDate: '2024-01-09' },
        { municipalityCode: 'GM0344', startDate: '2024-01-10', endDate: '2024-03-14' },
        { municipalityCode: 'GM0307', startDate: '2024-03-15' },
      ],
    })
    expect(decision).toMatchObject({
      referenceKind: 'application',
      dayBeforeDate: '2024-01-09',
      responsibleMunicipalityCode: 'GM0193',
    })
  })

  describe('the 12-month rule', () => {
    const withEarlierBw = (bwStartDate: string): ResidenceInput => ({
      ...MOVED_INTO_FACILITY,
      bwStartDate,
      addresses: [{ municipalityCode: 'GM0344', startDate: '2019-05-01' }],
      bwEpisodes: [
        { providingMunicipalityCode: 'GM0363', startDate: '2019-01-01', endDate: '2020-01-01' },
        { providingMunicipalityCode: 'GM0193', startDate: '2021-06-01', endDate: '2023-03-10' },
      ],
    })

    it('keeps the last BW provider responsible when BW ended less than 12 months before', () => {
      const decision = determineResponsibleMunicipality(withEarlierBw('2024-03-09'))
      expect(decision).toMatchObject({
        responsibleMunicipalityCode: 'GM0193',
        reason: 'RECENT_BW_PROVIDER',
      })
      expect(decision.lastBwEpisode).toEqual({
        providingMunicipalityCode: 'GM0193',
        startDate: '2021-06-01',
        endDate: '2023-03-10',
        ruleAppliesUntilDate: '2024-03-09',
      })
    })

    it('falls back to the address once 12 months have passed', () => {
      const decision = determineResponsibleMunicipality(withEarlierBw('2024-03-10'))
      expect(decision).toMatchObject({
        responsibleMunicipalityCode: 'GM0344',
        reason: 'ADDRESS_ON_DAY_BEFORE',
      })
    })

    it('takes the period of the rule as a parameter (the bill is not in force)', () => {
      // 18 months after 2023-03-10 is 2024-09-10: 2024-06-01 is still inside, 2024-09-10 is not.
      const longer = { ...withEarlierBw('2024-06-01'), recentBwMonths: 18 }
      expect(determineResponsibleMunicipality(withEarlierBw('2024-06-01')).reason).toBe(
        'ADDRESS_ON_DAY_BEFORE',
      )
      expect(determineResponsibleMunicipality(longer)).toMatchObject({
        reason: 'RECENT_BW_PROVIDER',
        lastBwEpisode: { ruleAppliesUntilDate: '2024-09-09' },
      })
      expect(
        determineResponsibleMunicipality({ ...longer, bwStartDate: '2024-09-10' }).reason,
      ).toBe('ADDRESS_ON_DAY_BEFORE')
      expect(() => determineResponsibleMunicipality({ ...longer, recentBwMonths: -1 })).toThrow(
        /recentBwMonths/,
      )
    })

    it('clamps 12 months after a 29 February to 28 February', () => {
      const input = {
        ...withEarlierBw('2025-02-27'),
        bwEpisodes: [
          { providingMunicipalityCode: 'GM0193', startDate: '2023-01-01', endDate: '2024-02-29' },
        ],
      }
      expect(determineResponsibleMunicipality(input).reason).toBe('RECENT_BW_PROVIDER')
      expect(determineResponsibleMunicipality({ ...input, bwStartDate: '2025-02-28' }).reason).toBe(
        'ADDRESS_ON_DAY_BEFORE',
      )
    })

    it('keeps a running BW episode with its provider', () => {
      const input = {
        ...withEarlierBw('2024-06-01'),
        bwEpisodes: [{ providingMunicipalityCode: 'GM0193', startDate: '2023-01-01' }],
      }
      expect(determineResponsibleMunicipality(input)).toMatchObject({
        responsibleMunicipalityCode: 'GM0193',
        lastBwEpisode: { ruleAppliesUntilDate: null },
      })
    })
  })

  it('makes the reporting municipality responsible, with the safety net, when no address is known', () => {
    const decision = determineResponsibleMunicipality({ ...MOVED_INTO_FACILITY, addresses: [] })
    expect(decision).toMatchObject({
      responsibleMunicipalityCode: 'GM0363',
      reason: 'REPORTING_MUNICIPALITY',
      safetyNet: true,
      addressOnDayBefore: null,
    })
  })

  it.each([
    [
      'overlapping addresses',
      {
        addresses: [
          { municipalityCode: 'GM0344', startDate: '2019-05-01', endDate: '2024-03-15' },
          { municipalityCode: 'GM0307', startDate: '2024-03-15' },
        ],
      },
      'INVALID_PERIOD',
    ],
    [
      'an address ending before it starts',
      {
        addresses: [{ municipalityCode: 'GM0344', startDate: '2020-01-02', endDate: '2020-01-01' }],
      },
      'INVALID_PERIOD',
    ],
    ['a 29 February outside a leap year', { bwStartDate: '2023-02-29' }, 'INVALID_DATE'],
    ['a date in another format', { bwStartDate: '15-03-2024' }, 'INVALID_DATE'],
    ['no application or start date', { bwStartDate: undefined }, 'MISSING_VALUE'],
  ] as const)('rejects %s', (_, change, code) => {
    expect(() => determineResponsibleMunicipality({ ...MOVED_INTO_FACILITY, ...change })).toThrow(
      expect.objectContaining({ code }),
    )
  })
})
