import { describe, expect, it } from 'vitest'
import { spreadObjectiveVsHistorical, type RegionBudgetRecord } from './distribution-model.ts'

// Hand-built regions: A loses a quarter, B loses exactly 10 %, C gains 5 %, D gains exactly 20 %,
// E is in the scenario without a historical budget, F has no record in the scenario at all.
const region = (code: string, historicalCents: number | null, objectiveCents: number | null, changeBasisPoints: number | null): RegionBudgetRecord => ({
  code,
  name: `Regio ${code}`,
  historicalCents,
  objectiveCents,
  changeBasisPoints,
})
const A = region('A', 100_000_00, 75_000_00, -2500)
const B = region('B', 200_000_00, 180_000_00, -1000)
const C = region('C', 100_000_00, 105_000_00, 500)
const D = region('D', 50_000_00, 60_000_00, 2000)
const E = region('E', 0, 40_000_00, null)
const F = region('F', null, null, null)

describe('spread of objective against historical budgets (block 1)', () => {
  it('puts every region in one band, a region without budgets among "without figure"', () => {
    const spread = spreadObjectiveVsHistorical([A, B, C, D, E, F])
    expect(spread.bands.map((b) => [b.band.key, b.count])).toEqual([
      ['decline_20_plus', 1],
      ['decline_10_20', 0],
      ['decline_0_10', 1], // −10 % exactly: the band's lower bound is included, so not "10 to 20"
      ['rise_0_10', 1],
      ['rise_10_20', 0],
      ['rise_20_plus', 1], // +20 % exactly belongs to "20 % or more"
    ])
    expect(spread.bands[2]?.regions).toEqual(['Regio B'])
    expect(spread.withoutFigure).toEqual(['Regio E', 'Regio F'])
    expect(spread.regionCount).toBe(6)
    expect(spread.bands.reduce((s, b) => s + b.count, 0) + spread.withoutFigure.length).toBe(6)
  })

  it('gives the median change (mean of the two middle ones, half up) and counts declines and rises', () => {
    const spread = spreadObjectiveVsHistorical([A, B, C, D, E, F])
    expect(spread.medianBasisPoints).toBe(-250) // (−1000 + 500) / 2
    expect(spread.declining).toBe(2)
    expect(spread.rising).toBe(2)
    expect(spreadObjectiveVsHistorical([A, B, C]).medianBasisPoints).toBe(-1000)
    expect(spreadObjectiveVsHistorical([B, region('G', 1, 1, -999)]).medianBasisPoints).toBe(-999) // −999.5 rounds half up
  })

  it('has no median and no bands filled without regions or without figures', () => {
    expect(spreadObjectiveVsHistorical([]).medianBasisPoints).toBeNull()
    const none = spreadObjectiveVsHistorical([F])
    expect(none.medianBasisPoints).toBeNull()
    expect(none.bands.every((b) => b.count === 0)).toBe(true)
    expect(none.withoutFigure).toEqual(['Regio F'])
  })

  it('counts an unchanged budget as neither declining nor rising', () => {
    const same = spreadObjectiveVsHistorical([region('H', 100, 100, 0)])
    expect([same.declining, same.rising, same.bands[3]?.count]).toEqual([0, 0, 1])
  })
})
