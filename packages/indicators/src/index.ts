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
export { regionAggregateFromSums, rollUp, rollUpFromSums, type RegionSums, type RollUpFromSumsInput, type NationFigure, type PublishedTotal, type RegionFigure, type RollUpInput } from './monitoring/roll-up.ts'
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
