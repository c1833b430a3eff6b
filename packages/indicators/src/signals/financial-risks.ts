import type { ComputedSignal } from '@bt/domain'

// A high financial risk without a measure in a region's published financial agreement (issue 21
// item 6, ADR 020's computed signals): one signal per region and risk, closing when the region
// records a measure or rates the risk lower.

/** A region's published risk register: each risk rated high and without a measure. */
export interface SignalFinancialRisks {
  regionCode: string
  regionName: string
  /** The risks rated high with no measure, as key and Dutch label. */
  unmeasuredHigh: readonly { key: string; label: string; owner: string }[]
}

export function financialRiskSignals(regions: readonly SignalFinancialRisks[]): ComputedSignal[] {
  return regions.flatMap((region) =>
    region.unmeasuredHigh.map((risk) => ({
      kind: 'financial_risk_unmeasured' as const,
      dedupeKey: `financial_risk_unmeasured:${region.regionCode}:${risk.key}`,
      regionCode: region.regionCode,
      buildingBlock: 'distribution_model' as const,
      summary: `${region.regionName}: het financiële risico “${risk.label}” is hoog ingeschat en heeft geen maatregel.`,
      evidence: { risk: risk.key, level: 'high', owner: risk.owner || null },
      links: [{ kind: 'region' as const, ref: region.regionCode, label: region.regionName }],
    })),
  )
}
