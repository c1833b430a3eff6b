import { describe, expect, it } from 'vitest'
import { buildLegend, colorOf, LEGEND_COLORS } from './legend.ts'

const format = (n: number) => String(n)

describe('the map legend', () => {
  it('splits the values in five quantile classes, light to dark, that cover every value', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    const legend = buildLegend(values, format)
    expect(legend.classes.map((c) => [c.min, c.max])).toEqual([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])
    expect(legend.classes.map((c) => c.color)).toEqual([...LEGEND_COLORS])
    expect(legend.classes[0]?.label).toBe('1 tot en met 2')
    for (const v of values) expect(legend.classes.filter((c) => v >= c.min && v <= c.max)).toHaveLength(1)
  })

  it('uses fewer classes for few distinct values and grey for a region without a value', () => {
    const legend = buildLegend([0, 0, 3, null], format)
    expect(legend.classes.map((c) => c.label)).toEqual(['0', '3'])
    expect(colorOf(legend, 0)).toBe(LEGEND_COLORS[0])
    expect(colorOf(legend, 3)).toBe(LEGEND_COLORS[4])
    expect(colorOf(legend, null)).toBe(legend.noValue.color)
    expect(buildLegend([null, null], format).classes).toEqual([])
  })
})
