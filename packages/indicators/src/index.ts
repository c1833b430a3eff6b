export {
  computeCoverageMatrix,
  type CoverageAgreement,
  type CoverageCell,
  type CoverageMatrix,
  type CoverageRow,
} from './coverage.ts'
export { EXPECTED_FIELDS, missingFields, summariseCompleteness, type CompletenessAgreement, type ExpectedField } from './completeness.ts'
export { DUE_SOON_DAYS, planningStatus, summarisePlanning, type PlannedAgreement, type PlanningStatus } from './planning.ts'
