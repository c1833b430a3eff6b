import type { Migration } from 'kysely'
import * as createReferenceTables from './2026_11_23_1500_create_reference_tables.ts'
import * as createUsersAndSessions from './2026_11_23_1600_create_users_and_sessions.ts'
import * as createCalcTables from './2026_11_23_1700_create_calc_tables.ts'
import * as createAgreements from './2026_11_23_1800_create_agreements.ts'
import * as createRegionalPlan from './2026_11_23_1900_create_regional_plan.ts'
import * as createAttachments from './2026_11_23_2000_create_attachments.ts'
import * as addSearchVectors from './2026_11_26_1200_add_search_vectors.ts'
import * as addPlanElementPublication from './2026_11_26_1210_add_plan_element_publication.ts'
import * as calcBwAndMoApart from './2026_11_26_1300_calc_bw_and_mo_apart.ts'
import * as referenceScenario from './2026_11_26_1310_reference_scenario.ts'
import * as createNotifications from './2026_11_26_1400_create_notifications.ts'
import * as createIndicators from './2026_11_26_1500_create_indicators.ts'
import * as createBuildingBlockProgress from './2026_11_26_1600_create_building_block_progress.ts'
import * as calcPublishedAmounts from './2026_11_26_1800_calc_published_amounts.ts'
import * as indicatorAggregates from './2026_11_26_1900_indicator_aggregates.ts'
import * as createEditions from './2026_11_26_2100_create_editions.ts'
import * as editionExplanationsAsList from './2026_11_26_2110_edition_explanations_as_list.ts'
import * as createBottlenecksAndSignals from './2026_11_26_2200_create_bottlenecks_and_signals.ts'
import * as createAgreementCoAuthors from './2026_11_26_2300_create_agreement_co_authors.ts'
import * as createMeetings from './2026_11_26_2310_create_meetings.ts'
import * as createBottleneckCoAuthors from './2026_11_26_2320_create_bottleneck_co_authors.ts'
import * as createRateLimitHit from './2026_11_27_0000_create_rate_limit_hit.ts'
import * as calcPublishedMo from './2026_11_28_0200_calc_published_mo.ts'
import * as publishedSearchVector from './2026_11_28_0600_published_search_vector.ts'
import * as overviewStamp from './2026_11_29_0200_overview_stamp.ts'
import * as createAgreementSheetImport from './2026_11_29_0400_create_agreement_sheet_import.ts'
import * as createPlanRevisionsAndAdoptions from './2026_11_29_0500_create_plan_revisions_and_adoptions.ts'
import * as createFinancialAgreement from './2026_11_29_0700_create_financial_agreement.ts'
import * as blockPageStamp from './2026_11_30_0900_block_page_stamp.ts'
import * as indicatorValueRoomForUpdates from './2026_12_01_0300_indicator_value_room_for_updates.ts'
import * as inhabitantsStamp from './2026_12_02_0000_inhabitants_stamp.ts'
import * as createEditionRegionChange from './2026_12_02_0100_create_edition_region_change.ts'

/**
 * Every migration, listed in code so the bundled portal can run them (its build has no migrations
 * folder). Names sort in the order they run; never edit a merged migration, add the next one.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_23_1500_create_reference_tables': createReferenceTables,
  '2026_11_23_1600_create_users_and_sessions': createUsersAndSessions,
  '2026_11_23_1700_create_calc_tables': createCalcTables,
  '2026_11_23_1800_create_agreements': createAgreements,
  '2026_11_23_1900_create_regional_plan': createRegionalPlan,
  '2026_11_23_2000_create_attachments': createAttachments,
  '2026_11_26_1200_add_search_vectors': addSearchVectors,
  '2026_11_26_1210_add_plan_element_publication': addPlanElementPublication,
  '2026_11_26_1300_calc_bw_and_mo_apart': calcBwAndMoApart,
  '2026_11_26_1310_reference_scenario': referenceScenario,
  '2026_11_26_1400_create_notifications': createNotifications,
  '2026_11_26_1500_create_indicators': createIndicators,
  '2026_11_26_1600_create_building_block_progress': createBuildingBlockProgress,
  '2026_11_26_1800_calc_published_amounts': calcPublishedAmounts,
  '2026_11_26_1900_indicator_aggregates': indicatorAggregates,
  '2026_11_26_2100_create_editions': createEditions,
  '2026_11_26_2110_edition_explanations_as_list': editionExplanationsAsList,
  '2026_11_26_2200_create_bottlenecks_and_signals': createBottlenecksAndSignals,
  '2026_11_26_2300_create_agreement_co_authors': createAgreementCoAuthors,
  '2026_11_26_2310_create_meetings': createMeetings,
  '2026_11_26_2320_create_bottleneck_co_authors': createBottleneckCoAuthors,
  '2026_11_27_0000_create_rate_limit_hit': createRateLimitHit,
  '2026_11_28_0200_calc_published_mo': calcPublishedMo,
  '2026_11_28_0600_published_search_vector': publishedSearchVector,
  '2026_11_29_0200_overview_stamp': overviewStamp,
  '2026_11_29_0400_create_agreement_sheet_import': createAgreementSheetImport,
  '2026_11_29_0500_create_plan_revisions_and_adoptions': createPlanRevisionsAndAdoptions,
  '2026_11_29_0700_create_financial_agreement': createFinancialAgreement,
  '2026_11_30_0900_block_page_stamp': blockPageStamp,
  '2026_12_01_0300_indicator_value_room_for_updates': indicatorValueRoomForUpdates,
  '2026_12_02_0000_inhabitants_stamp': inhabitantsStamp,
  '2026_12_02_0100_create_edition_region_change': createEditionRegionChange,
}
