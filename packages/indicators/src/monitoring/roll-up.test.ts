import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AreaCell } from './aggregate.ts'
import { indelingOn, type Membership } from './indeling.ts'
import { rollUp } from './roll-up.ts'

const m = (municipalityCode: string, regionCode: string, validFrom = '2025-01-01', validTo: string | null = null): Membership => ({
  municipalityCode,
  regionCode,
  validFrom,
  validTo,
})
const count = (areaCode: string, value: number | null, state: AreaCell['state'] = value === null ? 'suppressed' : 'final'): AreaCell => ({
  areaCode,
  state,
  value,
  numerator: null,
  denominator: null,
})

// Regio Zwolle (GM0193 with Kampen GM0166) and Regio Groningen (GM0014 with Het Hogeland GM1966).
const MEMBERS = [m('GM0193', 'GM0193'), m('GM0166', 'GM0193'), m('GM0014', 'GM0014'), m('GM1966', 'GM0014')]

describe('indelingOn', () => {
  it('uses the indeling valid on the date: a municipality that moved counts where it belonged then', () => {
    const moved = [m('GM0193', 'GM0193'), m('GM0166', 'GM0193', '2025-01-01', '2026-07-01'), m('GM0166', 'GM0014', '2026-07-01')]
    expect(indelingOn(moved, '2026-06-30').regionOf.get('GM0166')).toBe('GM0193')
    expect(indelingOn(moved, '2026-12-31').regionOf.get('GM0166')).toBe('GM0014')
  })

  it('uses the earliest indeling before the first one and says so', () => {
    const early = indelingOn(MEMBERS, '2018-12-31')
    expect(early.note).toBe('indeling van 2025-01-01')
    expect(early.regionOf.size).toBe(4)
    expect(indelingOn(MEMBERS, '2025-06-30').note).toBeNull()
  })
})

describe('rollUp', () => {
  const base = { rule: 'sum' as const, scale: 1 as const, indeling: indelingOn(MEMBERS, '2024-12-31'), regionCodes: ['GM0014', 'GM0193'], regionCells: [], nationTotal: null }

  it('sums municipalities into regions and regions into the nation', () => {
    const { regions, nation } = rollUp({ ...base, municipalityCells: [count('GM0193', 6100), count('GM0166', 3250), count('GM0014', 17_000), count('GM1966', 2200)] })
    expect(regions.map((r) => [r.regionCode, r.aggregate.value])).toEqual([['GM0014', 19_200], ['GM0193', 9350]])
    expect(nation).toMatchObject({ shown: 'computed', computed: { value: 28_550, completeness: 'complete' } })
  })

  it('makes a region with a suppressed municipality partial and leaves it out of the nation, saying "1 van 2"', () => {
    const { regions, nation } = rollUp({ ...base, municipalityCells: [count('GM0193', 6100), count('GM0166', null), count('GM0014', 17_000), count('GM1966', 2200)] })
    expect(regions[1]!.aggregate).toMatchObject({ completeness: 'partial', value: 6100, suppressedAreas: ['GM0166'] })
    expect(nation.computed).toMatchObject({ completeness: 'partial', covered: 1, of: 2, value: 19_200, suppressedAreas: ['GM0193'] })
  })

  it('shows a published national total with its source instead of a sum of rounded cells', () => {
    const published = { state: 'final' as const, value: 1_284_680, numerator: null, denominator: null, source: 'CBS 86050NED' }
    const { nation } = rollUp({ ...base, nationTotal: published, municipalityCells: [count('GM0193', 6100), count('GM0166', 3250), count('GM0014', 17_000), count('GM1966', 2200)] })
    expect(nation.shown).toBe('published')
    expect(nation.published?.value).toBe(1_284_680)
    expect(nation.computed.value).toBe(28_550)
  })

  it('takes a region’s own reported value as it is', () => {
    const { regions } = rollUp({ ...base, regionCells: [count('GM0193', 12)], municipalityCells: [] })
    expect(regions[1]).toMatchObject({ from: 'region', aggregate: { value: 12, completeness: 'complete' } })
  })

  it('property: a national count we aggregate ourselves equals the sum of its complete regions', () => {
    const municipality = fc.stringMatching(/^GM\d{4}$/)
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(municipality, fc.integer({ min: 0, max: 5 }), fc.option(fc.nat(50_000), { freq: 5 })), {
          minLength: 1,
          maxLength: 60,
          selector: (t) => t[0],
        }),
        (rows) => {
          const memberships = rows.map(([code, region]) => m(code, `R${region}`))
          const regionCodes = [...new Set(memberships.map((x) => x.regionCode))].sort()
          const cells = rows.map(([code, , value]) => count(code, value))
          const { regions, nation } = rollUp({ ...base, indeling: indelingOn(memberships, '2025-12-31'), regionCodes, municipalityCells: cells })
          const complete = regions.filter((r) => r.aggregate.completeness === 'complete')
          const expected = complete.length ? complete.reduce((s, r) => s + r.aggregate.value!, 0) : null
          expect(nation.computed.value).toBe(expected)
          expect(nation.computed.covered).toBe(complete.length)
        },
      ),
    )
  })
})
