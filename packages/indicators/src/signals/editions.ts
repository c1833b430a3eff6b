import type { ComputedSignal, SignalEditionRegion } from '@bt/domain'

// Signals from the latest half-year edition (issue 14): a region that disputed items of its picture,
// and a region that had not submitted by the edition's due date.

/** States in which a region has not (or no longer) handed in its picture. */
const NOT_REPORTED = new Set(['not_started', 'draft', 'returned'])

/** One signal per region that disputed items, and one per region not reported after the due date. */
export function editionSignals(regions: readonly SignalEditionRegion[], today: string): ComputedSignal[] {
  const signals: ComputedSignal[] = []
  for (const r of regions) {
    const links = [
      { kind: 'region' as const, ref: r.regionCode, label: r.regionName },
      { kind: 'edition' as const, ref: r.editionKey, label: r.editionLabel },
    ]
    if (r.disputes.length > 0) {
      signals.push({
        kind: 'edition_disputed',
        dedupeKey: `edition_disputed:${r.editionKey}:${r.regionCode}`,
        regionCode: r.regionCode,
        buildingBlock: 'monitoring',
        summary: `${r.regionName}: ${r.disputes.length} onderdelen van ${r.editionLabel} betwist.`,
        evidence: { edition: r.editionLabel, disputed: r.disputes.map((d) => `${d.itemLabel}: ${d.reason}`) },
        links,
      })
    }
    if (NOT_REPORTED.has(r.state) && r.dueDate < today) {
      signals.push({
        kind: 'edition_not_reported',
        dedupeKey: `edition_not_reported:${r.editionKey}:${r.regionCode}`,
        regionCode: r.regionCode,
        buildingBlock: 'monitoring',
        summary: `${r.regionName}: ${r.editionLabel} niet ingediend vóór ${r.dueDate}.`,
        evidence: { edition: r.editionLabel, dueDate: r.dueDate, status: r.state },
        links,
      })
    }
  }
  return signals
}
