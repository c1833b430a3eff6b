import type { IndicationGroup } from './indication-ends.ts'
import type { ShareBaseKey, WlzOriginKey } from './constants.ts'

// The canonical parameters a scenario is computed from (cents, basis points), besides its data set.

export type ScenarioScope = { kind: 'nation' } | { kind: 'region'; regionCode: string }

/** The phase-in schedule: linear over N steps, from existing clients per step, or explicit fractions. */
export type ScenarioSchedule =
  | { kind: 'linear'; steps: number }
  | {
      kind: 'outflow'
      existingClientsByStep: number[]
      /**
       * What the counts were derived from on the form, kept so a saved scenario reopens with it
       * (issue 18 item 7); groups as a list (stored JSON).
       */
      derivedFrom?:
        | { kind: 'indicationEnds'; groups: IndicationGroup[] }
        | { kind: 'outflowRate'; basisPoints: number }
    }
  | { kind: 'custom'; fractions: number[] }

/** A centrumgemeente retention: basis points of the region budget (optionally capped) or a fixed amount. */
export type ScenarioRetention =
  | {
      kind: 'basisPoints'
      basisPoints: number
      /** The cap on the retention (on its BW part when moCapCents is set: the 2023 covenant). */
      capCents?: number
      /** A separate cap on the retention from the MO part. */
      moCapCents?: number
    }
  | { kind: 'fixed'; amountCents: number }

/**
 * A region's sharing model with its parameters. Costs and bed costs are basis points of the region's
 * budget in each year; local support is basis points of each member's objective amount.
 */
export type ScenarioSharing =
  | {
      kind: 'inhabitantsWithReserve'
      actualCostsBasisPoints: number
      reserveBalanceCents: number
      reserveCapCents: number
    }
  | {
      kind: 'appropriateShare'
      base: ShareBaseKey
      actualCostsBasisPoints: number
      retention: ScenarioRetention | null
    }
  | { kind: 'centralRetention'; retention: ScenarioRetention }
  | { kind: 'localCompensation'; bedCostsBasisPoints: number; localSupportBasisPoints: number }

/** The Wlz ex-post settlement choices (DOMAIN.md §6.3). */
export interface ScenarioWlzSettlement {
  countedOrigins: WlzOriginKey[]
  extrapolateToFullYear: boolean
  deductLostOwnContributions: boolean
  /** Prices are indexed to this year at indexBasisPointsPerYear a year (0: no indexation). */
  priceYear: number
  indexBasisPointsPerYear: number
  /** The year of the ex-ante withdrawal being settled (2021 in the seeds). */
  withdrawalYear: number
  /** That year's BW macrobudget; null: the data set's. */
  exAnteMacroBudgetCents: number | null
  /** Count clients whose Wlz start lies in this window (inclusive ISO dates; null: unbounded). */
  countFromDate: string | null
  countUntilDate: string | null
  /** A yearly tariff for counted clients from outside BW; null: their own cost. */
  nonBwTariffCents: number | null
  /** A second round: what the first round settled for the region's centrumgemeente (signed). */
  previousSettlementCents: number | null
}

/** A region's published amounts (BW + MO, like Regio Zwolle's €140,096,291 → €113,750,051). */
export interface ScenarioPublishedAmounts {
  historicalCents: number
  objectiveCents: number
  /**
   * The MO part of both, typed by hand (issue 18): it stays with the centrumgemeente and the
   * members share only BW; absent: the data set's imported MO part, if any.
   */
  mo?: { historicalCents: number; objectiveCents: number }
}

/**
 * Everything a scenario is computed from, besides the data set: money in cents, percentages in
 * basis points. A null macrobudget or budget year means "the data set's".
 */
export interface ScenarioParameters {
  scope: ScenarioScope
  budgetYear: number | null
  /** The BW macrobudget; null: the data set's. */
  macroBudgetCents: number | null
  /** The MO macrobudget, kept apart (DOMAIN.md §6.0); null: the data set's. */
  moMacroBudgetCents: number | null
  nationalPurchasingCents: number
  wlzWithdrawalBasisPoints: number
  startYear: number
  schedule: ScenarioSchedule
  sharing: ScenarioSharing | null
  wlz: ScenarioWlzSettlement
  /** For a region: its published amounts, from which its path and members' shares are computed. */
  published: ScenarioPublishedAmounts | null
}
