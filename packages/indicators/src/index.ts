export {
  computeCoverageMatrix,
  type CoverageAgreement,
  type CoverageCell,
  type CoverageMatrix,
  type CoverageRow,
} from './coverage.ts'
export { EXPECTED_FIELDS, missingFields, summariseCompleteness, type CompletenessAgreement, type ExpectedField } from './completeness.ts'
export { DUE_SOON_DAYS, planningStatus, summarisePlanning, type PlannedAgreement, type PlanningStatus } from './planning.ts'
export {
  aggregateAreas,
  coverageLabel,
  perThousandInhabitants,
  type Aggregate,
  type AreaCell,
  type Completeness,
  type RatioScale,
} from './monitoring/aggregate.ts'
export { indelingOn, membersByRegion, type IndelingOnDate, type Membership } from './monitoring/indeling.ts'
export { combineOverTime, type OverTime, type PeriodCell } from './monitoring/over-time.ts'
export { regionAggregateFromSums, rollUp, rollUpFromSums, type RollUpFromSumsInput, type NationFigure, type PublishedTotal, type RegionFigure, type RollUpInput } from './monitoring/roll-up.ts'
export { scoreAgainstTarget, type DatedValue, type TargetScore } from './monitoring/targets.ts'
export { describeTrend, type SeriesPoint, type Trend } from './monitoring/trend.ts'
export {
  distributeNvoLevels,
  shareOfRegionsFullyAdopted,
  type AdoptionShare,
  type LevelCount,
  type LevelDistribution,
  type RegionCooperationRecord,
} from './progress/regional-cooperation.ts'
export * from './signals/index.ts'
export {
  CHANGE_BANDS,
  spreadObjectiveVsHistorical,
  type BandCount,
  type BudgetSpread,
  type ChangeBand,
  type RegionBudgetRecord,
} from './progress/distribution-model.ts'
export {
  HOME_SHARE_BANDS,
  homeShareOf,
  latestYearWithPlaces,
  placesInYear,
  summariseHomeShare,
  summariseHousingPlaces,
  type HomeShare,
  type HousingPlaces,
  type PeriodValue,
  type RegionHomeShareRecord,
  type RegionHousingRecord,
} from './progress/national-agreements.ts'
export { countStatusesPerMoment, type StatusChange, type StatusCountsAtMoment, type TrendMoment } from './progress/status-trend.ts'
