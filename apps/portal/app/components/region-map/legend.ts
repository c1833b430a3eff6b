import { itemAt } from '@bt/domain'
/** One colour class of a map legend: values from `min` to `max` (both inclusive) get `color`. */
export interface LegendClass {
  min: number
  max: number
  color: string
  /** The class in words, e.g. "10.000 tot en met 50.000 inwoners". */
  label: string
}

/** A map's legend: its classes, lowest first, and how a region without a value shows. */
export interface MapLegend {
  classes: readonly LegendClass[]
  noValue: { color: string; label: string }
}

/** A sequential blue scale (ColorBrewer "Blues", 5 classes), light to dark. */
export const LEGEND_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const

const NO_VALUE = { color: '#d9d9d9', label: 'geen gegevens' }

/**
 * Quantile classes over the values (at most five, fewer when there are fewer distinct values), so
 * each colour holds about as many regions; `format` writes a bound in the measure's unit.
 */
export function buildLegend(values: readonly (number | null)[], format: (value: number) => string): MapLegend {
  const sorted = [...new Set(values.filter((v): v is number => v !== null && Number.isFinite(v)))].sort((a, b) => a - b)
  const count = Math.min(LEGEND_COLORS.length, sorted.length)
  const classes: LegendClass[] = []
  for (let i = 0; i < count; i++) {
    const min = itemAt(sorted, Math.floor((i * sorted.length) / count))
    const max = itemAt(sorted, Math.floor(((i + 1) * sorted.length) / count) - 1)
    const color = itemAt(LEGEND_COLORS, count === 1 ? LEGEND_COLORS.length - 1 : Math.round((i * (LEGEND_COLORS.length - 1)) / (count - 1)))
    classes.push({ min, max, color, label: min === max ? format(min) : `${format(min)} tot en met ${format(max)}` })
  }
  return { classes, noValue: NO_VALUE }
}

/** The colour of a value: its class's, or the no-value colour. */
export function colorOf(legend: MapLegend, value: number | null): string {
  if (value === null) return legend.noValue.color
  return legend.classes.find((c) => value >= c.min && value <= c.max)?.color ?? legend.noValue.color
}
