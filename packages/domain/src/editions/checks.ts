// Consistency checks run before a region submits its picture (issue 14): contradictions the region
// resolves (by changing the record) or explains (a written explanation per check) before submitting.

import { CONDITIONS } from '../conditions.ts'
import type { EditionPicture } from './picture.ts'

/** The band around a region's own series outside which a value is questioned. */
export interface ValueBand {
  /** How many earlier periods form the series (default 8). */
  periods: number
  /** How many median absolute deviations from the series' median a value may lie (default 3). */
  madFactor: number
}

export const DEFAULT_VALUE_BAND: ValueBand = { periods: 8, madFactor: 3 }

export type ConsistencyCheckKind = 'level_vs_adoption' | 'condition_only_lapsed' | 'value_outside_band'

/** One contradiction found in a picture. */
export interface ConsistencyFinding {
  /** Stable per contradiction, so an explanation stays attached across saves. */
  key: string
  kind: ConsistencyCheckKind
  itemKey: string
  message: string
}

/** A region's earlier values of one indicator, oldest first, before the picture's value. */
export type IndicatorSeries = Record<string, readonly number[]>

/** Every contradiction in `picture`; `series` holds each indicator's earlier values. */
export function checkPicture(picture: EditionPicture, series: IndicatorSeries, band: ValueBand = DEFAULT_VALUE_BAND): ConsistencyFinding[] {
  return [...levelVersusAdoption(picture), ...conditionsOnlyLapsed(picture), ...valuesOutsideBand(picture, series, band)]
}

function levelVersusAdoption(picture: EditionPicture): ConsistencyFinding[] {
  const level = picture.levels.find((l) => l.nvoAgreement === 'regional_vision')
  const { councils, adopted } = picture.adoptions
  if (!level || level.level < 3 || (councils > 0 && adopted >= councils)) return []
  return [
    {
      key: 'level_vs_adoption:regional_vision',
      kind: 'level_vs_adoption',
      itemKey: 'level:regional_vision',
      message: `NvO-afspraak 1 staat op niveau ${level.level}, maar ${adopted} van de ${councils} gemeenteraden hebben de regiovisie vastgesteld. Niveau 3 en 4 vragen een vaststelling door elke gemeenteraad.`,
    },
  ]
}

function conditionsOnlyLapsed(picture: EditionPicture): ConsistencyFinding[] {
  const stagesByCondition = new Map<string, string[]>()
  for (const agreement of picture.agreements) {
    for (const condition of agreement.conditions) stagesByCondition.set(condition, [...(stagesByCondition.get(condition) ?? []), agreement.stage])
  }
  return [...stagesByCondition]
    .filter(([, stages]) => stages.every((s) => s === 'vervallen'))
    .map(([condition]) => ({
      key: `condition_only_lapsed:${condition}`,
      kind: 'condition_only_lapsed' as const,
      itemKey: `condition:${condition}`,
      message: `Conditie “${CONDITIONS.find((c) => c.key === condition)?.label ?? condition}” telt als gedekt, maar alleen door vervallen afspraken.`,
    }))
}

const CATEGORICAL_UNITS = new Set(['yes_no', 'ordinal'])

function valuesOutsideBand(picture: EditionPicture, series: IndicatorSeries, band: ValueBand): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = []
  for (const indicator of picture.indicators) {
    // A yes/no or ordinal answer has no spread to measure against.
    if (CATEGORICAL_UNITS.has(indicator.unit)) continue
    const earlier = (series[indicator.key] ?? []).slice(-band.periods)
    if (indicator.value === null || earlier.length < 3) continue
    const outside = outsideBand(indicator.value, earlier, band.madFactor)
    if (!outside) continue
    findings.push({
      key: `value_outside_band:${indicator.key}:${indicator.period}`,
      kind: 'value_outside_band',
      itemKey: `indicator:${indicator.key}`,
      message: `De waarde van “${indicator.label}” over ${indicator.period} (${indicator.value}) ligt meer dan ${band.madFactor} mediane absolute afwijkingen van de mediaan (${outside.median}) van de vorige ${earlier.length} perioden.`,
    })
  }
  return findings
}

/** The median of the series when `value` lies more than `factor` MADs from it, else null. */
export function outsideBand(value: number, series: readonly number[], factor: number): { median: number } | null {
  const m = median(series)
  const mad = median(series.map((v) => Math.abs(v - m)))
  // A flat series (MAD 0) questions any other value.
  const distance = Math.abs(value - m)
  return (mad === 0 ? distance > 0 : distance > factor * mad) ? { median: m } : null
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** The findings without a written explanation: these block submitting. */
export function unexplainedFindings(findings: readonly ConsistencyFinding[], explanations: Record<string, string>): ConsistencyFinding[] {
  return findings.filter((f) => (explanations[f.key] ?? '').trim().length < 5)
}
