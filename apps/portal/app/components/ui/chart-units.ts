// How a chart writes its values: each unit has a full form (tooltips, tables) and a short one
// (axis ticks). Counts and rates are plain numbers; money is integer cents; shares are basis points
// or percentages (0–100).
import {
  formatBasisPoints,
  formatCents,
  formatCompactCents,
  formatDecimal,
  formatInteger,
} from '#app/lib/format.ts'

/** The units a chart (and the table beside it) can show. */
export type ChartUnit = 'count' | 'rate' | 'perThousand' | 'percent' | 'cents' | 'basisPoints'

const FULL: Record<ChartUnit, (value: number) => string> = {
  count: formatInteger,
  rate: formatDecimal,
  perThousand: (value) => `${formatDecimal(value)} per 1.000`,
  percent: (value) => `${formatDecimal(value)}%`,
  cents: formatCents,
  basisPoints: (value) => formatBasisPoints(value),
}

const SHORT: Partial<Record<ChartUnit, (value: number) => string>> = {
  perThousand: formatDecimal,
  cents: formatCompactCents,
}

/** A value written out in its unit: 1234 count → "1.234", 12.5 percent → "12,5%". */
export function formatChartValue(unit: ChartUnit, value: number): string {
  return FULL[unit](value)
}

/** A value for an axis tick, shorter where the full form is long (money, per 1,000). */
export function formatAxisValue(unit: ChartUnit, value: number): string {
  return (SHORT[unit] ?? FULL[unit])(value)
}
