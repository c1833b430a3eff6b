import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AreaCell } from './aggregate.ts'
import { indelingOn, type Membership } from './indeling.ts'
import { rollUp, rollUpFromSums } from './roll-up.ts'

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

describe('rollUpFromSums', () => {
  it('property: gives the same regions and nation as rollUp over the cells', () => {
    const stateArb = fc.constantFrom<AreaCell['state']>('final', 'provisional', 'suppressed', 'nil', 'missing')
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^GM\d{4}$/), fc.integer({ min: 0, max: 4 }), stateArb, fc.nat(9999), fc.integer({ min: 1, max: 9999 })), {
          minLength: 1,
          maxLength: 40,
          selector: (t) => t[0],
        }),
        fc.constantFrom('sum' as const, 'ratio' as const),
        (rows, rule) => {
          const memberships = rows.map(([code, region]) => m(code, `R${region}`))
          const indeling = indelingOn(memberships, '2025-12-31')
          const regionCodes = ['R0', 'R1', 'R2', 'R3', 'R4']
          const cells: AreaCell[] = rows.map(([code, , state, n, d]) => {
            const numbered = state === 'final' || state === 'provisional'
            const num = Math.min(n, d)
            return {
              areaCode: code,
              state,
              value: numbered ? (rule === 'ratio' ? (num / d) * 100 : n) : state === 'nil' ? 0 : null,
              numerator: rule === 'ratio' && numbered ? num : null,
              denominator: rule === 'ratio' && (numbered || state === 'nil') ? d : null,
            }
          })
          const sums = regionCodes.map((regionCode) => {
            const mine = cells.filter((c) => indeling.regionOf.get(c.areaCode) === regionCode)
            const numbered = mine.filter((c) => c.state === 'final' || c.state === 'provisional' || c.state === 'nil')
            const add = (f: (c: AreaCell) => number | null) => (numbered.length ? numbered.reduce((s, c) => s + (c.state === 'nil' && f !== den ? 0 : (f(c) ?? 0)), 0) : null)
            const den = (c: AreaCell) => c.denominator
            return {
              regionCode,
              covered: numbered.length,
              suppressed: mine.filter((c) => c.state === 'suppressed').length,
              provisional: mine.some((c) => c.state === 'provisional'),
              valueSum: add((c) => c.value),
              numeratorSum: add((c) => c.numerator),
              denominatorSum: add(den),
            }
          })
          const input = { rule, scale: 100 as const, indeling, regionCodes, regionCells: [], nationTotal: null }
          const fromCells = rollUp({ ...input, municipalityCells: cells })
          const fromSums = rollUpFromSums({ ...input, sums })
          const strip = (a: { suppressedAreas: string[]; missingAreas: string[] }) => ({ ...a, suppressedAreas: [], missingAreas: [] })
          expect(fromSums.regions.map((r) => strip(r.aggregate))).toEqual(fromCells.regions.map((r) => strip(r.aggregate)))
          expect(strip(fromSums.nation.computed)).toEqual(strip(fromCells.nation.computed))
        },
      ),
    )
  })
})
