// The public surface of @bt/calc: pure money rules, no I/O, no clock, no runtime dependencies
// (STYLE.md §2, §6).
export {
  CALC_ERROR_CODES,
  CalcError,
  isCalcError,
  type CalcErrorCode,
  type CalcErrorDetail,
  type CalcErrorPath,
} from './errors.ts'
export { allocate, type Allocation, type AllocationEntry } from './allocate.ts'
export { sumByRegion, type MunicipalityAmount, type Region, type RegionAmount } from './regions.ts'
export {
  distributeObjectively,
  type MeasuredMunicipality,
  type Measure,
  type ObjectiveDistribution,
  type ObjectiveDistributionInput,
  type ObjectiveShare,
} from './objective-distribution.ts'
export {
  buildPhaseInSchedule,
  DEFAULT_PHASE_IN_STEPS,
  getPhaseInStep,
  LINEAR_TEN_STEPS,
  MAX_PHASE_IN_STEPS,
  type PhaseInSchedule,
  type PhaseInScheduleSpec,
} from './phase-in-schedule.ts'
export { blendDistributions } from './blend.ts'
export {
  computePhaseInPath,
  type PhaseInPath,
  type PhaseInPathInput,
  type PhaseInYear,
} from './phase-in-path.ts'
export {
  DEFAULT_WLZ_WITHDRAWAL_BASIS_POINTS,
  runBudgetPipeline,
  type BudgetPipelineInput,
  type BudgetPipelineResult,
  type PipelineRegion,
  type RegionSharing,
} from './budget-pipeline.ts'
export {
  computePublishedRegionPath,
  type PublishedRegionInput,
  type PublishedRegionPath,
} from './published-region-path.ts'
export {
  applyVariation,
  runFullScenario,
  type FullScenarioInput,
  type FullScenarioResult,
  type FullScenarioWlz,
  type ScenarioVariation,
} from './full-scenario.ts'
export {
  prepareScenarioBatch,
  toVariationResult,
  type ScenarioBatch,
  type ScenarioBatchBase,
  type VariationRegion,
  type VariationResult,
} from './scenario-batch.ts'
export { distributeMo, type MoBudgetInput, type MoDistribution } from './mo-budget.ts'
export {
  checkPlausibility,
  PLAUSIBLE_INDEX_FACTOR,
  PLAUSIBLE_MACRO_BUDGET_CENTS,
  PLAUSIBLE_WLZ_COSTS_PER_EX_ANTE,
  PLAUSIBLE_YEARLY_DECLINE_BASIS_POINTS,
  type PlausibilityFigures,
  type PlausibilityWarning,
} from './plausibility.ts'
export {
  settleWlzExPost,
  type WlzCentralMunicipality,
  type WlzClient,
  type WlzInflowOrigin,
  type WlzSettlementLine,
  type WlzSettlementParameters,
} from './wlz-settlement.ts'
export {
  DEFAULT_RECENT_BW_MONTHS,
  determineResponsibleMunicipality,
  type AddressPeriod,
  type BwEpisode,
  type ResidenceDecision,
  type ResidenceInput,
  type ResidenceReason,
} from './residence-principle.ts'
export {
  assessNewClient,
  NEW_CLIENT_LOOKBACK_DAYS,
  type BwHistoryEvent,
  type NewClientAssessment,
  type NewClientInput,
} from './new-client.ts'
export type { ShareBase, SharingLine, SharingMember } from './sharing-common.ts'
export {
  GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS,
  shareByInhabitantsWithReserve,
  shareWithReserveOverYears,
  type ReserveYear,
  type ReserveSharingInput,
  type ReserveSharingResult,
} from './share-with-reserve.ts'
export {
  shareByAppropriateShare,
  type AppropriateShareInput,
  type AppropriateShareLine,
  type AppropriateShareResult,
} from './share-by-appropriate-share.ts'
export {
  IJSSEL_VECHT_RETENTION_BASIS_POINTS,
  IJSSEL_VECHT_RETENTION_CAP_BW_CENTS,
  IJSSEL_VECHT_RETENTION_CAP_MO_CENTS,
  retainCentralShare,
  type RetentionInput,
  type RetentionPart,
  type RetentionResult,
  type RetentionRule,
} from './retain-central-share.ts'
export {
  compensateLocalSupport,
  type LocalCompensationInput,
  type LocalCompensationLine,
  type LocalCompensationResult,
} from './compensate-local-support.ts'
export { applySharingModel, type SharingModel, type SharingResult } from './apply-sharing-model.ts'
export {
  computeMunicipalityRiskFigures,
  computeRegionRiskFigures,
  type RegionRisk,
  type RiskSeries,
  type YearlyChange,
} from './risk-figures.ts'
