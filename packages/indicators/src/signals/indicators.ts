import { BUILDING_BLOCK_KEYS, type ComputedSignal, type IndicatorDirection } from '@bt/domain'
import { scoreAgainstTarget, type DatedValue } from '../monitoring/targets.ts'

// An indicator off its target path for a set number of periods running, per region. Only final
// values count (provisional figures are not confirmed).

/** One indicator's final series for one region, with the catalogue's target and direction. */
export interface SignalIndicatorSeries {
  indicatorKey: string
  indicatorLabel: string
  /** The building blocks (numbers 1-10) the catalogue relates the indicator to. */
  buildingBlocks: readonly number[]
  direction: IndicatorDirection
  target: { value: number; date: string }
  regionCode: string
  regionName: string
  /** Sorted by period. */
  series: readonly DatedValue[]
}

/** One signal per (indicator, region) off track for at least `periods` periods running. */
export function offTargetSignals(all: readonly SignalIndicatorSeries[], periods: number): ComputedSignal[] {
  const signals: ComputedSignal[] = []
  for (const s of all) {
    const score = scoreAgainstTarget(s.series, s.target, s.direction)
    if (score.status !== 'off_track' || score.periodsRunning < periods) continue
    const block = BUILDING_BLOCK_KEYS[(s.buildingBlocks[0] ?? 9) - 1] ?? 'monitoring'
    signals.push({
      kind: 'indicator_off_target',
      dedupeKey: `indicator_off_target:${s.indicatorKey}:${s.regionCode}`,
      regionCode: s.regionCode,
      buildingBlock: block,
      summary: `${s.regionName}: “${s.indicatorLabel}” ${score.periodsRunning} perioden op rij niet op koers naar het doel.`,
      evidence: {
        indicatorKey: s.indicatorKey,
        periodsRunning: score.periodsRunning,
        latest: score.latest,
        expected: score.expected,
        target: s.target,
        direction: s.direction,
        recent: s.series.slice(-score.periodsRunning),
      },
      links: [
        { kind: 'indicator', ref: s.indicatorKey, label: s.indicatorLabel },
        { kind: 'region', ref: s.regionCode, label: s.regionName },
      ],
    })
  }
  return signals
}
