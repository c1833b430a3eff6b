import { CONDITIONS, NVO_AGREEMENTS, type ComputedSignal } from '@bt/domain'
import { computeCoverageMatrix, type CoverageAgreement } from '../coverage.ts'

// Signals from the coverage of a region's published agreements: a Dannenberg condition or an NvO
// agreement that no agreement (still counting) covers. One signal per region and kind, listing the gaps.

/** A region with its published agreements. */
export interface SignalRegionAgreements {
  regionCode: string
  regionName: string
  agreements: readonly CoverageAgreement[]
}

/** Signals for regions with a condition or an NvO agreement without any agreement. */
export function uncoveredSignals(regions: readonly SignalRegionAgreements[]): ComputedSignal[] {
  const signals: ComputedSignal[] = []
  for (const region of regions) {
    const matrix = computeCoverageMatrix(region.agreements)
    const conditions = matrix.conditions.filter((c) => c.isWhiteSpot).map((c) => c.condition)
    const nvo = matrix.rows.filter((r) => r.kind === 'nvo' && r.isWhiteSpot).map((r) => r.key)
    // One signal per kind of gap: what is missing, with its labels, and how many agreements were read.
    const uncovered = (kind: 'condition_uncovered' | 'nvo_uncovered', missing: string[], labels: string[], summary: string): ComputedSignal => ({
      kind,
      dedupeKey: `${kind}:${region.regionCode}`,
      regionCode: region.regionCode,
      buildingBlock: 'regional_cooperation',
      summary: `${region.regionName}: ${summary}`,
      evidence: { missing, labels, publishedAgreements: region.agreements.length },
      links: [{ kind: 'region', ref: region.regionCode, label: region.regionName }],
    })
    if (conditions.length > 0) {
      const labels = conditions.map((key) => CONDITIONS.find((c) => c.key === key)?.label ?? key)
      signals.push(uncovered('condition_uncovered', conditions, labels, `${conditions.length} van de ${CONDITIONS.length} Dannenberg-condities zonder afspraak.`))
    }
    if (nvo.length > 0) {
      const labels = nvo.map((key) => NVO_AGREEMENTS.find((n) => n.key === key)?.title ?? key)
      signals.push(uncovered('nvo_uncovered', nvo, labels, `${nvo.length} van de ${NVO_AGREEMENTS.length} NvO-afspraken zonder afspraak.`))
    }
  }
  return signals
}
