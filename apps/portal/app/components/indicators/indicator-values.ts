// How indicator values read on the pages: each catalogue unit maps to a chart unit, and a figure that
// lacks a number says why (suppressed, missing, partial) instead of showing a zero.
import type { IndicatorUnit, ValueState } from '@bt/domain'
import { VALUE_STATE_LABELS } from '@bt/domain'
import { formatChartValue, type ChartUnit } from '#app/components/ui/chart-units.ts'

/** The chart unit of a catalogue unit (yes/no aggregates to a share of yes, so a percentage). */
export function chartUnitOf(unit: IndicatorUnit): ChartUnit {
  switch (unit) {
    case 'count':
    case 'ordinal':
      return 'count'
    case 'percentage':
    case 'yes_no':
      return 'percent'
    case 'per_thousand':
      return 'perThousand'
    case 'amount_cents':
      return 'cents'
    case 'days':
      return 'rate'
  }
}

/** A value in its unit, or a dash. */
export function formatIndicatorValue(unit: IndicatorUnit, value: number | null): string {
  return value === null ? '–' : formatChartValue(chartUnitOf(unit), value)
}

/** The state in words for a table cell: "voorlopig", "geheim (CBS)", … */
export function stateText(state: ValueState): string {
  return state === 'suppressed' ? 'geheim (CBS: onbetrouwbaar of vertrouwelijk)' : VALUE_STATE_LABELS[state]
}

/** "7 van 9 gemeenten" when an aggregate is partial, "" when complete. */
export function coverageText(figure: { completeness: string; covered: number; of: number }, areas: string): string {
  if (figure.completeness === 'complete') return ''
  if (figure.completeness === 'empty') return `geen waarden (0 van ${figure.of} ${areas})`
  return `onvolledig: ${figure.covered} van ${figure.of} ${areas}`
}
