import type { ShareBaseKey, WlzOriginKey } from './constants.ts'

// The canonical parameters a scenario is computed from (cents, basis points), besides its data set.

export type ScenarioScope = { kind: 'nation' } | { kind: 'region'; regionCode: string }

/** The phase-in schedule: linear over N steps, from existing clients per step, or explicit fractions. */
export type ScenarioSchedule =
  | { kind: 'linear'; steps: number }
  | { kind: 'outflow'; existingClientsByStep: number[] }
  | { kind: 'custom'; fractions: number[] }

/** A centrumgemeente retention: basis points of the region budget (optionally capped) or a fixed amount. */
export type ScenarioRetention =
  | { kind: 'basisPoints'; basisPoints: number; capCents?: number }
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
}

/**
 * Everything a scenario is computed from, besides the data set: money in cents, percentages in
 * basis points. A null macrobudget or budget year means "the data set's".
 */
export interface ScenarioParameters {
  scope: ScenarioScope
  budgetYear: number | null
  macroBudgetCents: number | null
  nationalPurchasingCents: number
  wlzWithdrawalBasisPoints: number
  startYear: number
  schedule: ScenarioSchedule
  sharing: ScenarioSharing | null
  wlz: ScenarioWlzSettlement
}
