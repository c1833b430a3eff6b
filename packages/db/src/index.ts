export { createDb, createPgPool, type DbConfig } from './create-db.ts'
export { errorField, isClosedMinutesViolation, isDatabaseUnavailable, isUniqueViolation } from './errors.ts'
export { migrateToLatest } from './migrate.ts'
export { seedReferenceData } from './seed.ts'
export {
  listAuditEntries,
  listAuditPage,
  listRegionAuditEntries,
  writeAudit,
  type AuditEntry,
  type AuditPageQuery,
} from './repositories/audit.ts'
export { findDecisionMoment, insertDecisionMoment, listDecisionMoments } from './repositories/progress/decision-moments.ts'
export {
  bumpSubLineVersion,
  findSubLine,
  insertSubLineStatus,
  listSubLineBlocks,
  listSubLineStatusesAsOf,
  listSubLineTimeline,
} from './repositories/progress/sub-lines.ts'
export {
  bumpBuildingBlockVersion,
  findBuildingBlockVersion,
  insertBlockText,
  listBlockTextsAsOf,
  listBlockTextTimeline,
} from './repositories/progress/block-texts.ts'
export {
  countPublishedAgreementsWithBlock,
  findReferenceScenarioRegions,
  listAllSubLineChanges,
  listPublishedAgreementsWithBlock,
  listRegionValuesOfLastTwoYears,
  listRegionValuesOfLatestEnd,
  listSubLines,
  type ReferenceScenarioRegion,
} from './repositories/progress/derived-inputs.ts'
export { readOverviewStamp } from './repositories/progress/overview-stamp.ts'
export { pingDatabase } from './repositories/health.ts'
export {
  findCurrentIndeling,
  findRegionBySlug,
  findRegionShell,
  listMemberships,
  listRegionMembers,
  listRegionSlugs,
  listAllRegionNames,
  listRegions,
} from './repositories/regions.ts'
export { MUNICIPALITY_BOUNDARIES_OBJECT, MUNICIPALITY_BOUNDARIES_TOPOJSON } from './boundaries.ts'
export type * from './schema.ts'
export type * from './schema-indicators.ts'
export type * from './schema-editions.ts'
export type { Kysely, Transaction } from 'kysely'
export {
  findUserForLogin,
  findUserWithGrants,
  insertUser,
  listActiveUserIdsWithRole,
  listActiveUserNames,
  listActiveUsersWithRoles,
  listRegionGrantHolders,
  listRoleGrants,
  listUserAddresses,
  listUsersWithGrants,
  replaceRoleGrants,
  setPasswordHash,
  updateUserProfile,
  type GrantRow,
  type NewUserRow,
} from './repositories/users.ts'
export {
  consumePasswordLink,
  deleteSession,
  deleteUserSessions,
  extendSession,
  findPasswordLink,
  findSessionWithUser,
  insertPasswordLink,
  insertSession,
  voidPasswordLinks,
} from './repositories/sessions.ts'
export { DEMO_DATA_SETTING, findSetting, putSetting } from './repositories/settings.ts'
export { clearLoginFailures, deleteLoginFailures, reserveLoginAttempt } from './repositories/login-failures.ts'
export { countRateLimitHit, deleteRateLimitWindows } from './repositories/rate-limits.ts'
export {
  closeOpenMemberships,
  findRegionByCode,
  insertIndelingVersion,
  insertMemberships,
  insertRegions,
  listMunicipalitiesWithOpenMembership,
  listRegionCodes,
  renameRegion,
} from './repositories/indeling.ts'
export { findReferenceText, listReferenceTexts, updateReferenceText } from './repositories/reference-texts.ts'
export {
  countCoverageInSql,
  findAgreement,
  insertAgreement,
  listAgreementContents,
  listAgreementVersions,
  listAllPublishedAgreements,
  listVisibleAgreements,
  markAgreementPublished,
  toAgreementRow,
  updateAgreementIfVersion,
  type AgreementContent,
  type AgreementView,
  type VisibleAgreement,
} from './repositories/agreements/agreements.ts'
export { listAgreementTexts } from './repositories/agreements/agreement-texts.ts'
export {
  claimAgreementSheetImport,
  deleteExpiredAgreementSheetImports,
  findAgreementSheetImport,
  insertAgreementSheetImport,
  type StagedSheetTables,
} from './repositories/agreements/sheet-imports.ts'
export { findAgreementRevision, insertAgreementRevision, listAgreementRevisions } from './repositories/agreements/revisions.ts'
export { findAgreementComment, insertAgreementComment, listAgreementComments } from './repositories/agreements/comments.ts'
export { listAgreementCoAuthors, replaceAgreementCoAuthors } from './repositories/agreements/co-authors.ts'
export { listAgreementParticipantIds } from './repositories/agreements/participants.ts'
export { listAgreementTitles, listPublishedAgreementIds } from './repositories/agreements/references.ts'
export { listAuditSubjectNames, type AuditSubjectIds } from './repositories/audit-subjects.ts'
export { listAllNvoLevels, listNvoLevelHistory, listNvoLevels, saveNvoLevel } from './repositories/agreements/nvo-levels.ts'
export type { Delay, Milestone, Partner } from './schema-agreements.ts'
export type * from './schema-calc.ts'
export type * from './schema-progress.ts'
export {
  countCalcDatasetRows,
  findCalcDataset,
  findCurrentCalcDataset,
  hasCalcDataset,
  insertCalcDataset,
  listCalcDatasets,
  listMunicipalitiesWithRegion,
  loadCalcDatasetSummary,
  loadCalcInputs,
  type NewCalcDataset,
  type NewWlzClientGroup,
} from './repositories/calc/datasets.ts'
export {
  listPublishedAmounts,
  replacePublishedAmounts,
  type PublishedAmountRow,
} from './repositories/calc/published.ts'
export {
  findReferenceScenarioId,
  findScenario,
  insertScenario,
  listVisibleScenarios,
  markScenarioAsReference,
  markScenarioAsRegionChoice,
  type NewScenarioRow,
} from './repositories/calc/scenarios.ts'
export {
  countCurrentVisionAdoptions,
  findVisionVersion,
  insertVisionVersion,
  findPlanElement,
  findPlanSummaryParts,
  listPlanElements,
  publishPlanElement,
  listVisionVersions,
  savePlanElement,
} from './repositories/plan/regional-plan.ts'
export {
  findFinancialAgreement,
  listPublishedFinancialAgreements,
  publishFinancialAgreement,
  saveFinancialAgreement,
} from './repositories/plan/financial-agreement.ts'
export {
  findCurrentPlanRevision,
  findPlanRevision,
  insertPlanRevision,
} from './repositories/plan/plan-adoptions.ts'
export { confirmAdoption, findAdoption, insertAdoption, listAdoptions, type AdoptedKind } from './repositories/plan/council-adoptions.ts'
export type { PlanRevisionElement } from './schema-plan.ts'
export { MATCH_END, MATCH_START, searchAgreements, type SearchHit } from './repositories/agreements/search.ts'
export { listSimilarPublishedAgreements, type SimilarAgreement, type SimilarityProbe } from './repositories/agreements/similar.ts'
export { findAttachmentContent, findAttachmentOwner, insertAttachment, listAttachments } from './repositories/agreements/attachments.ts'
export { findIndicator, insertIndicator, listIndicatorLabels, listIndicators, updateIndicatorIfVersion } from './repositories/indicators/catalogue.ts'
export {
  analyzeIndicatorValues,
  listAllMemberships,
  listIndicatorCells,
  listIndicatorKeysWithValues,
  listIndicatorPeriods,
  listIndicatorValues,
  listInhabitants,
  listMunicipalityValidity,
  listValueHistories,
  listValueHistory,
  listValuesForAreas,
  sumMunicipalValuesByRegion,
} from './repositories/indicators/values.ts'
export {
  analyzeStagedRows,
  classifyStagedBatch,
  classifyStagedRows,
  clearStagedRows,
  commitStagedImport,
  findDuplicateStagedCells,
  findIndicatorImport,
  insertIndicatorImport,
  listStagedAreas,
  refuseIndicatorImport,
  stageImportRows,
  type StagedBatch,
  type StagedRow,
} from './repositories/indicators/imports.ts'
export {
  countValuesOutsideValidity,
  endMunicipalities,
  findMunicipalityValidity,
  insertMunicipality,
  listMunicipalitiesByCode,
  setMunicipalityValidityIfUnchanged,
} from './repositories/municipality-validity.ts'
export { listIndicatorsWithStaleAggregates, listStoredAggregates, listStoredAggregatesOf, storeAggregates, type AggregateRegions, type AggregateToStore, type StoredAggregate } from './repositories/indicators/aggregates.ts'
export { listIndicatorExplanations, readStampAndExplainedIndicators, saveIndicatorExplanation } from './repositories/indicators/explanations.ts'
export { countRecordIndicators, findNvoLevelsEdition, type RecordShare } from './repositories/indicators/records.ts'
export { listRecordBasis, type RecordBasisRow } from './repositories/indicators/record-basis.ts'
export type * from './schema-notifications.ts'
export {
  countOwnNotifications,
  countUnreadNotifications,
  insertNotifications,
  listMailChoices,
  listNotificationSettings,
  listNotifications,
  markNotificationsForDigest,
  markNotificationsRead,
  saveNotificationSettings,
  takeDigestNotifications,
} from './repositories/notifications/notifications.ts'
export { claimDueMails, countUnsentMails, insertMails, listMails, markMailFailed, markMailSent, type NewMail } from './repositories/notifications/mail.ts'
export { deleteExpiredAuthRows } from './repositories/housekeeping.ts'
export { listRecentlyPublishedAgreements, listUnansweredComments } from './repositories/work.ts'
export type * from './schema-bottlenecks.ts'
export * from './repositories/bottlenecks/index.ts'
export {
  FROZEN_EDITION_SQLSTATE,
  findEdition,
  findEditionRegion,
  findOpenEdition,
  findPreviousFrozenEdition,
  findPreviousPicture,
  freezeEditionIfVersion,
  insertDisputes,
  insertEdition,
  insertEditionEvent,
  insertReviewComments,
  isFrozenEditionError,
  listDisputes,
  listEditionEvents,
  listEditionRegions,
  listEditions,
  listEditionsWithStateCounts,
  listReviewComments,
  updateEditionRegionIfVersion,
  type NewEdition,
  type PictureUpdate,
} from './repositories/editions/editions.ts'
export { takeRegionPicture } from './repositories/editions/picture.ts'
export { listStoredRegionChanges, storeRegionChanges, type RegionChangesToStore } from './repositories/editions/changes.ts'
export { listAgreementsDueBetween } from './repositories/notifications/due-items.ts'
export type * from './schema-meetings.ts'
export * from './repositories/meetings/index.ts'
