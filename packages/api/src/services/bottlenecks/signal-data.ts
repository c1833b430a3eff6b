import {
  listAllPublishedAgreements,
  listAllRegionNames,
  listPublishedFinancialAgreements,
  listOpenActionItemsForSignals,
  listLatestEditionRegions,
  listSubLineStatusesAsOf,
  listTargetedRegionSeries,
  listVisionAdoptionStates,
  type DB,
  type Kysely,
} from '@bt/db'
import {
  AGREEMENT_STAGES,
  INDICATOR_DIRECTIONS,
  isUnmeasuredHighRisk,
  readFinancialAgreement,
  riskRegister,
  type AgreementStage,
  type SignalThresholds,
} from '@bt/domain'
import type { CoverageAgreement, SignalAgreement, SignalData, SignalReferenceScenario } from '@bt/indicators'
import { getReferenceScenario } from '../calc/reference-scenario.ts'

// Gathers what the signals read: published agreements (their published revisions), confirmed council
// adoptions, final indicator values, the published sub-line statuses, the designated reference
// scenario, the open action items of closed meetings and the latest edition's states and disputes.
// Nothing here reads a draft.

function toStage(value: string): AgreementStage {
  return AGREEMENT_STAGES.find((s) => s === value) ?? 'concept'
}

/** The reference scenario's paths as the budget signal reads them, or null when none is designated. */
async function loadReferencePaths(db: Kysely<DB>): Promise<SignalReferenceScenario | null> {
  const reference = await getReferenceScenario(db)
  if (!reference) return null
  const { result } = reference
  const scope = result.scope
  return {
    id: reference.id,
    name: reference.name,
    years: result.years.map((y) => y.year),
    regions: result.regions.map((r) => ({ code: r.code, name: r.name, amountsByYear: r.amountsByYear })),
    sharing:
      result.sharing && scope.kind === 'region'
        ? {
            regionCode: scope.code,
            regionName: scope.name,
            municipalities: result.sharing.byYear.map((m) => ({ code: m.code, name: m.name, amountsByYear: m.resultCentsByYear })),
          }
        : null,
  }
}

/** Everything `computeSignals` needs on `today` with these thresholds. */
export async function loadSignalData(db: Kysely<DB>, params: { today: string; thresholds: SignalThresholds }): Promise<SignalData> {
  const [published, regions, visions, series, referenceScenario, lines, actions, editionRegions, financial] = await Promise.all([
    listAllPublishedAgreements(db),
    listAllRegionNames(db),
    listVisionAdoptionStates(db, { onDate: params.today }),
    listTargetedRegionSeries(db),
    loadReferencePaths(db),
    listSubLineStatusesAsOf(db, { onDate: params.today }),
    listOpenActionItemsForSignals(db),
    listLatestEditionRegions(db),
    listPublishedFinancialAgreements(db),
  ])
  const regionName = new Map(regions.map((r) => [r.code, r.name]))
  const agreements: (SignalAgreement & CoverageAgreement)[] = published.map((a) => ({
    ...a,
    stage: toStage(a.stage),
    regionName: regionName.get(a.regionCode) ?? a.regionCode,
  }))
  const byRegion = new Map<string, (SignalAgreement & CoverageAgreement)[]>()
  for (const a of agreements) {
    const list = byRegion.get(a.regionCode)
    if (list) list.push(a)
    else byRegion.set(a.regionCode, [a])
  }
  return {
    today: params.today,
    thresholds: params.thresholds,
    agreements,
    regions: regions.map((r) => ({ regionCode: r.code, regionName: r.name, agreements: byRegion.get(r.code) ?? [] })),
    visions: visions.map((v) => ({ ...v })),
    indicatorSeries: series.flatMap((s) => {
      const direction = INDICATOR_DIRECTIONS.find((d) => d === s.direction)
      if (!direction) return []
      return [{ ...s, direction, target: { value: s.targetValue, date: s.targetDate } }]
    }),
    referenceScenario,
    subLines: lines.map((l) => ({ id: l.subLineId, buildingBlock: l.buildingBlock, label: l.label, status: l.status, plannedDate: l.plannedDate, momentDate: l.momentDate })),
    actionItems: actions.map((a) => ({ ...a, buildingBlocks: a.buildingBlocks ?? [], regionCode: a.regionCodes?.[0] ?? null })),
    editionRegions,
    financialRisks: financial.map((f) => ({
      regionCode: f.regionCode,
      regionName: regionName.get(f.regionCode) ?? f.regionCode,
      unmeasuredHigh: riskRegister(readFinancialAgreement(f.publishedContent))
        .filter(isUnmeasuredHighRisk)
        .map((r) => ({ key: r.key, label: r.label, owner: r.owner })),
    })),
  }
}
