import { z } from 'zod'
import { DEFAULT_NATIONAL_PURCHASING_EUROS, DEFAULT_WLZ_WITHDRAWAL_PERCENT } from './constants.ts'
import { ScenarioFieldsSchema } from './fields.ts'
import { readPublished } from './published.ts'
import { readSchedule } from './schedule.ts'
import { readSharing } from './sharing.ts'
import { readWlz } from './wlz.ts'
import type { ScenarioParameters } from './types.ts'

/**
 * A scenario's parameters: the flat form (strings, or numbers from API callers) in, the canonical
 * ScenarioParameters out. Messages are Dutch and name the field; cross-field rules (the schedule
 * list's length, deductions above the budget, a sharing model without a region) are checked here
 * so calc sees only valid input.
 */
export const ScenarioParametersSchema = ScenarioFieldsSchema.transform(
  (fields, ctx): ScenarioParameters => {
    const schedule = readSchedule(fields, ctx)
    const sharing = readSharing(fields, ctx)
    const nationalPurchasingCents =
      fields.nationalPurchasingEuros ?? DEFAULT_NATIONAL_PURCHASING_EUROS * 100
    const wlzWithdrawalBasisPoints =
      fields.wlzWithdrawalPercent ?? DEFAULT_WLZ_WITHDRAWAL_PERCENT * 100
    if (fields.macroBudgetEuros !== undefined) {
      // Both deductions come off the macrobudget (DOMAIN.md §6.0); together they may not exceed it.
      const withdrawal = (fields.macroBudgetEuros * wlzWithdrawalBasisPoints) / 10_000
      if (nationalPurchasingCents + withdrawal > fields.macroBudgetEuros) {
        ctx.addIssue({
          code: 'custom',
          path: ['nationalPurchasingEuros'],
          message: 'De landelijke inkoop en de Wlz-uitname samen zijn groter dan het macrobudget.',
        })
      }
    }
    const published = readPublished(fields, ctx)
    const wlz = readWlz(fields, ctx)
    if (schedule === undefined || sharing === undefined || published === undefined || !wlz)
      return z.NEVER
    return {
      scope: fields.scope,
      budgetYear: fields.budgetYear ?? null,
      macroBudgetCents: fields.macroBudgetEuros ?? null,
      moMacroBudgetCents: fields.moMacroBudgetEuros ?? null,
      nationalPurchasingCents,
      wlzWithdrawalBasisPoints,
      startYear: fields.startYear ?? fields.budgetYear ?? 2026,
      schedule,
      sharing,
      wlz,
      published,
    }
  },
)
/** The scenario form as typed (strings) or as an API caller sends it. */
export type ScenarioParametersInput = z.input<typeof ScenarioParametersSchema>

/** The form's field names, e.g. for hidden inputs that carry a computed scenario to the save form. */
export const SCENARIO_FIELD_NAMES = Object.keys(
  ScenarioFieldsSchema.shape,
) as (keyof ScenarioParametersInput)[]
