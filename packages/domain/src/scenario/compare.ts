import { z } from 'zod'
import { ScenarioIdSchema } from './saving.ts'

// Scenarios side by side (/rekenen/vergelijken; issue 18): saved scenarios, and variations of one
// saved scenario on one parameter, computed together on today's data.

/** At most this many columns: saved scenarios and variations together. */
export const MAX_COMPARED_SCENARIOS = 6

/** The parameters a variation may vary: the scenario form's field names. */
export const VARIED_FIELDS = ['wlzWithdrawalPercent', 'macroBudgetEuros', 'steps'] as const
export type VariedField = (typeof VARIED_FIELDS)[number]
export const VARIED_FIELD_LABELS: Record<VariedField, string> = {
  wlzWithdrawalPercent: 'Wlz-uitname (%)',
  macroBudgetEuros: 'Macrobudget BW (€)',
  steps: 'Aantal stappen ingroeipad',
}

const VariationSchema = z.object({
  baseScenarioId: ScenarioIdSchema,
  field: z.enum(VARIED_FIELDS, { error: 'Kies welke parameter varieert.' }),
  values: z
    .array(
      z
        .string({ error: 'Vul de waarden in.' })
        .trim()
        .min(1, { error: 'Vul de waarden in.' })
        .max(40, { error: 'Een waarde heeft hoogstens 40 tekens.' }),
    )
    .min(1, { error: 'Vul minstens één waarde in.' })
    .max(MAX_COMPARED_SCENARIOS, {
      error: `Vul hoogstens ${MAX_COMPARED_SCENARIOS} waarden in.`,
    }),
})

/** Which scenarios to compare: saved ones, a variation of one, or both; 1..6 columns in all. */
export const CompareScenariosSchema = z
  .object({
    scenarioIds: z
      .array(ScenarioIdSchema)
      .max(MAX_COMPARED_SCENARIOS, {
        error: `Kies hoogstens ${MAX_COMPARED_SCENARIOS} scenario's.`,
      })
      .default([]),
    variation: VariationSchema.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    const columns = new Set(value.scenarioIds).size + (value.variation?.values.length ?? 0)
    if (columns === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['scenarioIds'],
        message: 'Kies minstens één opgeslagen scenario of vul een variatie in.',
      })
    } else if (columns > MAX_COMPARED_SCENARIOS) {
      ctx.addIssue({
        code: 'custom',
        path: ['scenarioIds'],
        message: `Vergelijk hoogstens ${MAX_COMPARED_SCENARIOS} scenario's tegelijk (scenario's en waarden samen); u koos er ${columns}.`,
      })
    }
  })
export type CompareScenariosInput = z.input<typeof CompareScenariosSchema>
