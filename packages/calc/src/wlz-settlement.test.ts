import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settleWlzExPost, type WlzClient } from './wlz-settlement.ts'

// DOMAIN.md §6.3: actual_g = Σ counted clients (yearly cost × index × full-year factor) − lost own
// contributions; settlement_g = actual_g − exante_g; positive: g owes, negative: g gets money back.
const fullYear = (costCents: number, extra: Partial<WlzClient> = {}): WlzClient => ({
  costCents,
  costDays: 365,
  priceYear: 2021,
  wlzStartDate: '2021-03-01',
  origin: 'bw',
  ...extra,
})
const centre = (clients: WlzClient[], extra = {}) => ({
  code: 'GM0193',
  exAnteCents: 100_000_000,
  lostOwnContributionsCents: 5_000_000,
  clients,
  ...extra,
})

describe('settleWlzExPost', () => {
  it('makes a centrumgemeente owe when more clients left than the ex-ante withdrawal assumed', () => {
    // 2 × €600,000 − €50,000 = €1,150,000 actual against €1,000,000 ex ante: owes €150,000.
    const { lines } = settleWlzExPost({
      centralMunicipalities: [centre([fullYear(60_000_000), fullYear(60_000_000)])],
    })
    expect(lines[0]).toEqual({
      code: 'GM0193',
      countedClients: 2,
      disappearingCostsCents: 120_000_000,
      lostOwnContributionsCents: 5_000_000,
      actualCents: 115_000_000,
      exAnteCents: 100_000_000,
      previousSettlementCents: 0,
      settlementCents: 15_000_000,
      direction: 'owes',
    })
  })

  it('gives money back when fewer clients left', () => {
    const { lines } = settleWlzExPost({ centralMunicipalities: [centre([fullYear(60_000_000)])] })
    expect(lines[0]).toMatchObject({
      actualCents: 55_000_000,
      settlementCents: -45_000_000,
      direction: 'receives',
    })
  })

  it('indexes costs to the price year and extrapolates part-year costs to a full year', () => {
    const clients = [
      fullYear(60_000_000, { priceYear: 2019 }),
      fullYear(30_000_000, { costDays: 146 }),
    ]
    const { lines } = settleWlzExPost({
      centralMunicipalities: [centre(clients)],
      parameters: { indexFactors: { 2019: 1.05, 2021: 1 } },
    })
    // 600,000 × 1.05 = 630,000; 300,000 over 146 days × 365/146 = 750,000.
    expect(lines[0]!.disappearingCostsCents).toBe(63_000_000 + 75_000_000)
    const unextrapolated = settleWlzExPost({
      centralMunicipalities: [centre(clients)],
      parameters: { indexFactors: { 2019: 1.05, 2021: 1 }, extrapolateToFullYear: false },
    })
    expect(unextrapolated.lines[0]!.disappearingCostsCents).toBe(63_000_000 + 30_000_000)
  })

  it('rounds the exact sum once, not each client', () => {
    // Three clients of 100 cents over 3 days: each 12,166.67 cents a year, together exactly 36,500.
    const clients = [1, 2, 3].map(() => fullYear(100, { costDays: 3 }))
    const { lines } = settleWlzExPost({
      centralMunicipalities: [centre(clients, { lostOwnContributionsCents: 0 })],
    })
    expect(lines[0]!.disappearingCostsCents).toBe(36_500)
  })

  it('counts only clients whose Wlz start lies in the window, of the chosen origins', () => {
    const clients = [
      fullYear(10_000, { wlzStartDate: '2020-12-31' }),
      fullYear(20_000, { wlzStartDate: '2021-01-01' }),
      fullYear(40_000, { wlzStartDate: '2021-12-31', origin: 'otherWmo' }),
      fullYear(80_000, { wlzStartDate: '2022-01-01' }),
    ]
    const window = { countFromDate: '2021-01-01', countUntilDate: '2021-12-31' }
    const bwOnly = settleWlzExPost({ centralMunicipalities: [centre(clients)], parameters: window })
    expect(bwOnly.lines[0]).toMatchObject({ countedClients: 1, disappearingCostsCents: 20_000 })
    const withOtherWmo = settleWlzExPost({
      centralMunicipalities: [centre(clients)],
      parameters: { ...window, countedOrigins: ['bw', 'otherWmo'] },
    })
    expect(withOtherWmo.lines[0]).toMatchObject({
      countedClients: 2,
      disappearingCostsCents: 60_000,
    })
  })

  it('values inflow from outside BW at a yearly tariff when one is set', () => {
    const clients = [fullYear(999_999, { origin: 'nonWmo', costDays: 73 })]
    const parameters = { countedOrigins: ['nonWmo'] as const, nonBwTariffCents: 500_000 }
    const extrapolated = settleWlzExPost({ centralMunicipalities: [centre(clients)], parameters })
    expect(extrapolated.lines[0]!.disappearingCostsCents).toBe(500_000)
    const partYear = settleWlzExPost({
      centralMunicipalities: [centre(clients)],
      parameters: { ...parameters, extrapolateToFullYear: false },
    })
    expect(partYear.lines[0]!.disappearingCostsCents).toBe(100_000)
  })

  it('settles only the difference in a second round, and can leave lost own contributions out', () => {
    const twoClients = [fullYear(60_000_000), fullYear(60_000_000)]
    const second = settleWlzExPost({
      centralMunicipalities: [centre(twoClients, { previousSettlementCents: 15_000_000 })],
    })
    expect(second.lines[0]).toMatchObject({ settlementCents: 0, direction: 'settled' })
    const gross = settleWlzExPost({
      centralMunicipalities: [centre(twoClients)],
      parameters: { deductLostOwnContributions: false },
    })
    expect(gross.lines[0]).toMatchObject({
      lostOwnContributionsCents: 0,
      settlementCents: 20_000_000,
    })
  })

  it('signs every settlement as actual − ex ante − previous and totals them (fast-check)', () => {
    const client = fc.record({
      costCents: fc.integer({ min: 0, max: 20_000_000 }),
      costDays: fc.integer({ min: 1, max: 365 }),
      priceYear: fc.constant(2021),
      wlzStartDate: fc.constant('2021-06-01'),
      origin: fc.constantFrom('bw' as const, 'otherWmo' as const),
    })
    const centres = fc.uniqueArray(
      fc.record({
        code: fc.integer({ min: 1, max: 9999 }).map((n) => `GM${String(n).padStart(4, '0')}`),
        exAnteCents: fc.integer({ min: 0, max: 1_000_000_000 }),
        lostOwnContributionsCents: fc.integer({ min: 0, max: 10_000_000 }),
        previousSettlementCents: fc.integer({ min: -100_000_000, max: 100_000_000 }),
        clients: fc.array(client, { maxLength: 20 }),
      }),
      { selector: (c) => c.code, maxLength: 10 },
    )
    fc.assert(
      fc.property(centres, (centralMunicipalities) => {
        const result = settleWlzExPost({ centralMunicipalities })
        let total = 0
        for (const line of result.lines) {
          expect(line.settlementCents).toBe(
            line.actualCents - line.exAnteCents - line.previousSettlementCents,
          )
          expect(line.direction).toBe(
            line.settlementCents > 0 ? 'owes' : line.settlementCents < 0 ? 'receives' : 'settled',
          )
          total += line.settlementCents
        }
        expect(result.totalSettlementCents).toBe(total)
      }),
    )
  })

  it.each([
    [
      'a price year without index factor',
      { indexFactors: { 2020: 1.02 } },
      [fullYear(1)],
      'MISSING_VALUE',
    ],
    [
      'a window ending before it starts',
      { countFromDate: '2021-02-01', countUntilDate: '2021-01-31' },
      [],
      'INVALID_PERIOD',
    ],
    ['a malformed date', { countFromDate: '2021-13-01' }, [], 'INVALID_DATE'],
    ['zero cost days', {}, [fullYear(1, { costDays: 0 })], 'OUT_OF_RANGE'],
    ['a negative cost', {}, [fullYear(-1)], 'NEGATIVE_AMOUNT'],
    ['a negative index factor', { indexFactors: { 2021: -1 } }, [], 'NEGATIVE_WEIGHT'],
  ] as const)('rejects %s', (_, parameters, clients, code) => {
    expect(() =>
      settleWlzExPost({ centralMunicipalities: [centre([...clients])], parameters }),
    ).toThrow(expect.objectContaining({ code }))
  })

  it('rejects a centrumgemeente listed twice', () => {
    expect(() => settleWlzExPost({ centralMunicipalities: [centre([]), centre([])] })).toThrow(
      expect.objectContaining({
        code: 'DUPLICATE_KEY',
        path: ['centralMunicipalities', 1, 'code'],
      }),
    )
  })
})

describe('client groups with a count (issue 18, speed)', () => {
  const group = fc.record({
    costCents: fc.integer({ min: 0, max: 20_000_000 }),
    costDays: fc.integer({ min: 1, max: 365 }),
    priceYear: fc.constantFrom(2021, 2022),
    wlzStartDate: fc.constantFrom('2021-01-01', '2021-07-01', '2022-03-01'),
    origin: fc.constantFrom('bw', 'otherWmo', 'nonWmo'),
    count: fc.integer({ min: 0, max: 40 }),
  }) as fc.Arbitrary<WlzClient & { count: number }>

  it('settles a group of n exactly as n separate clients (property)', () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 6 }), fc.boolean(), (groups, extrapolate) => {
        const parameters = {
          indexFactors: { 2021: 1.0609, 2022: 1.03 },
          countedOrigins: ['bw', 'otherWmo'] as const,
          extrapolateToFullYear: extrapolate,
          nonBwTariffCents: 4_500_000,
        }
        const centre = (clients: WlzClient[]) => ({
          code: 'GM0193',
          exAnteCents: 1_000_000,
          lostOwnContributionsCents: 0,
          clients,
        })
        const grouped = settleWlzExPost({ centralMunicipalities: [centre(groups)], parameters })
        const expanded = settleWlzExPost({
          centralMunicipalities: [
            centre(
              groups.flatMap(({ count, ...client }) => Array.from({ length: count }, () => client)),
            ),
          ],
          parameters,
        })
        expect(grouped).toEqual(expanded)
      }),
    )
  })

  it('rejects a negative count with its path', () => {
    expect(() =>
      settleWlzExPost({
        centralMunicipalities: [
          {
            code: 'GM0193',
            exAnteCents: 0,
            lostOwnContributionsCents: 0,
            clients: [
              {
                costCents: 1,
                costDays: 1,
                priceYear: 2021,
                wlzStartDate: '2021-01-01',
                origin: 'bw',
                count: -1,
              },
            ],
          },
        ],
      }),
    ).toThrow(
      expect.objectContaining({ path: ['centralMunicipalities', 0, 'clients', 0, 'count'] }),
    )
  })
})
