// Plausibility of a computed scenario (issue 18 item 8): every input can be valid on its own and the
// result still absurd (price year 2100 at 20% a year indexes a 2021 cost by a factor of 1.8 million:
// €28,974,999,230,384.71 of disappearing costs). calc names what is implausible and why, with the
// figures; the caller words it for people. Bounds are deliberately wide: they catch typos and
// runaway parameters, not policy.

/** BW + MO together were about €1.7 billion (DOMAIN.md §8: ≈ €4 billion with Begeleiding). */
export const PLAUSIBLE_MACRO_BUDGET_CENTS = { min: 10_000_000_000, max: 1_000_000_000_000 } as const
/** Indexing a cost by more than ×2 (or below ×0.5) is more than decades of wage and price growth. */
export const PLAUSIBLE_INDEX_FACTOR = { min: 0.5, max: 2 } as const
/** Disappearing costs above three times the ex-ante withdrawal: far beyond even the Wlz surprise. */
export const PLAUSIBLE_WLZ_COSTS_PER_EX_ANTE = 3
/** A region losing more than a quarter of its budget in one year. */
export const PLAUSIBLE_YEARLY_DECLINE_BASIS_POINTS = 2_500

/** What a scenario produced that plausibility looks at (cents, basis points). */
export interface PlausibilityFigures {
  readonly macroBudgetCents: number
  /** The largest and smallest index factor applied to a cost, if any. */
  readonly indexFactors?: readonly number[]
  readonly wlz?: { readonly disappearingCostsCents: number; readonly exAnteCents: number }
  readonly regionDeclines?: readonly { readonly code: string; readonly changeBasisPoints: number }[]
}

/** One implausible outcome: a code, and the figures and bound behind it. */
export type PlausibilityWarning =
  | {
      readonly code: 'MACRO_BUDGET'
      readonly valueCents: number
      readonly minCents: number
      readonly maxCents: number
    }
  | {
      readonly code: 'INDEX_FACTOR'
      readonly factor: number
      readonly min: number
      readonly max: number
    }
  | {
      readonly code: 'WLZ_COSTS'
      readonly disappearingCostsCents: number
      readonly exAnteCents: number
      readonly macroBudgetCents: number
    }
  | {
      readonly code: 'REGION_DECLINE'
      readonly regionCode: string
      readonly changeBasisPoints: number
    }

/** The warnings for a scenario's figures, in a fixed order; empty when everything is plausible. */
export function checkPlausibility(figures: PlausibilityFigures): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = []
  const macro = PLAUSIBLE_MACRO_BUDGET_CENTS
  if (figures.macroBudgetCents < macro.min || figures.macroBudgetCents > macro.max) {
    warnings.push({
      code: 'MACRO_BUDGET',
      valueCents: figures.macroBudgetCents,
      minCents: macro.min,
      maxCents: macro.max,
    })
  }
  const factors = figures.indexFactors ?? []
  const extreme = factors.reduce<number | null>(
    (worst, factor) =>
      worst === null || Math.abs(Math.log(factor)) > Math.abs(Math.log(worst)) ? factor : worst,
    null,
  )
  if (
    extreme !== null &&
    (extreme < PLAUSIBLE_INDEX_FACTOR.min || extreme > PLAUSIBLE_INDEX_FACTOR.max)
  )
    warnings.push({ code: 'INDEX_FACTOR', factor: extreme, ...PLAUSIBLE_INDEX_FACTOR })
  const wlz = figures.wlz
  if (
    wlz &&
    (wlz.disappearingCostsCents > PLAUSIBLE_WLZ_COSTS_PER_EX_ANTE * wlz.exAnteCents ||
      wlz.disappearingCostsCents > figures.macroBudgetCents)
  ) {
    warnings.push({ code: 'WLZ_COSTS', ...wlz, macroBudgetCents: figures.macroBudgetCents })
  }
  for (const decline of figures.regionDeclines ?? []) {
    if (decline.changeBasisPoints < -PLAUSIBLE_YEARLY_DECLINE_BASIS_POINTS)
      warnings.push({
        code: 'REGION_DECLINE',
        regionCode: decline.code,
        changeBasisPoints: decline.changeBasisPoints,
      })
  }
  return warnings
}
