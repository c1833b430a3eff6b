import type { ComputedSignal } from '@bt/domain'

// A regiovisie not adopted by every member council by the set date. Only confirmed adoptions count
// (a signatory confirmed the council's decision), and only adoptions of the region's newest version.

/** A region with its members on the deadline and the confirmed adoptions of its newest regiovisie. */
export interface SignalRegionVision {
  regionCode: string
  regionName: string
  members: readonly { code: string; name: string }[]
  /** The newest regiovisie's number, or null when the region recorded none. */
  versionNumber: number | null
  /** Municipalities whose council adoption of that version is confirmed, with the decision date. */
  adoptions: readonly { municipalityCode: string; decisionDate: string }[]
}

/** After `deadline` (ISO) has passed on `today`: one signal per region whose members did not all adopt by it. */
export function visionNotAdoptedSignals(regions: readonly SignalRegionVision[], deadline: string, today: string): ComputedSignal[] {
  if (today <= deadline) return []
  const signals: ComputedSignal[] = []
  for (const region of regions) {
    const adopted = new Set(region.adoptions.filter((a) => a.decisionDate <= deadline).map((a) => a.municipalityCode))
    const missing = region.members.filter((m) => !adopted.has(m.code))
    if (missing.length === 0) continue
    const what = region.versionNumber === null ? 'heeft geen regiovisie vastgelegd' : `${missing.length} van de ${region.members.length} raden stelden de regiovisie niet vast`
    signals.push({
      kind: 'vision_not_adopted',
      dedupeKey: `vision_not_adopted:${region.regionCode}`,
      regionCode: region.regionCode,
      buildingBlock: 'regional_cooperation',
      summary: `${region.regionName}: ${what} vóór ${deadline}.`,
      evidence: {
        deadline,
        versionNumber: region.versionNumber,
        members: region.members.length,
        adopted: region.members.length - missing.length,
        notAdopted: missing.map((m) => m.name),
      },
      links: [{ kind: 'region', ref: region.regionCode, label: region.regionName }],
    })
  }
  return signals
}
