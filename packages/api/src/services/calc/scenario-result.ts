import type { YearlyChange } from '@bt/calc'
import type { ScenarioParameters } from '@bt/domain'
import type { SharingDto } from './sharing.ts'
import type { WlzDto } from './wlz.ts'

// The shape of a computed scenario as pages show it and as it is saved (JSON); amounts in cents.

/**
 * The version of the stored result's shape; a saved scenario keeps the shape it was computed in.
 * 2: BW and MO apart (moCents, pipeline.moMacroBudgetCents), published amounts, warnings.
 */
export const SCENARIO_RESULT_VERSION = 2

/**
 * One municipality in scope: the distributions, the Wlz withdrawal and its amount per path year
 * (cents). A centrumgemeente's amounts include its MO (moCents in the budget year).
 */
export interface ScenarioMunicipality {
  code: string
  name: string
  regionCode: string | null
  isCentral: boolean
  inhabitants: number
  historicalCents: number
  objectiveCents: number
  perInhabitantCents: number | null
  budgetYearCents: number
  moCents: number
  wlzWithdrawalCents: number
  amountsByYear: number[]
}

/** One region in scope: historical (year zero) against Σ objective (step N), its path and its largest decline. */
export interface ScenarioRegion {
  code: string
  name: string
  slug: string
  historicalCents: number
  objectiveCents: number
  changeCents: number
  changeBasisPoints: number | null
  amountsByYear: number[]
  /** The change from each year to the next (cents, basis points of the earlier year). */
  changes: YearlyChange[]
  largestDecline: YearlyChange | null
}

/** A result outside plausible bounds, and why (issue 18 item 8). */
export interface ScenarioWarning {
  code: string
  message: string
}

/** A computed scenario as pages show it and as it is saved (JSON); amounts in cents. */
export interface ScenarioResult {
  version: typeof SCENARIO_RESULT_VERSION
  computedAt: string
  dataset: { id: number; label: string; kind: 'example' | 'imported'; budgetYear: number }
  indeling: { validFrom: string; kind: 'example' | 'imported' } | null
  scope: { kind: 'nation' } | { kind: 'region'; code: string; name: string; slug: string }
  /** The parameters with the data set's macrobudgets and budget year filled in. */
  parameters: ScenarioParameters & {
    budgetYear: number
    macroBudgetCents: number
    moMacroBudgetCents: number
  }
  pipeline: {
    year: number
    step: number
    fraction: number
    macroBudgetCents: number
    moMacroBudgetCents: number
    nationalPurchasingCents: number
    wlzWithdrawalCents: number
    distributableCents: number
  }
  /** Whether the region's path comes from its published amounts (not the data set's). */
  fromPublishedAmounts: boolean
  /** Whether its members share by the imported published amounts (absent in results saved before). */
  membersFromPublished?: boolean
  /** Whether the imported MO part of the published amounts stayed with the centrumgemeente. */
  moFromPublished?: boolean
  measures: { key: string; label: string; weight: number; perInhabitant: boolean }[]
  years: {
    year: number
    step: number
    fraction: number
    centralCents: number
    otherCents: number
    totalCents: number
  }[]
  regions: ScenarioRegion[]
  municipalities: ScenarioMunicipality[]
  sharing: SharingDto | null
  wlz: WlzDto | null
  warnings: ScenarioWarning[]
}
