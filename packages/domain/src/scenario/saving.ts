import { z } from 'zod'
import { ScenarioParametersSchema } from './parameters.ts'

// Saving, loading and choosing scenarios

/** Who may read a saved scenario: its owner, the region's users, or everyone signed in. */
export const SCENARIO_VISIBILITIES = ['private', 'region', 'signed_in'] as const
export type ScenarioVisibility = (typeof SCENARIO_VISIBILITIES)[number]
export const SCENARIO_VISIBILITY_LABELS: Record<ScenarioVisibility, string> = {
  private: 'Alleen ik',
  region: 'De gebruikers van de regio',
  signed_in: 'Iedereen die is ingelogd',
}

export const MAX_SCENARIO_NAME_LENGTH = 100

/** A scenario's name. */
export const ScenarioNameSchema = z
  .string({ error: 'Geef het scenario een naam.' })
  .trim()
  .min(2, { error: 'Een naam heeft minstens 2 tekens.' })
  .max(MAX_SCENARIO_NAME_LENGTH, {
    error: `Een naam heeft hoogstens ${MAX_SCENARIO_NAME_LENGTH} tekens.`,
  })

export const ScenarioVisibilitySchema = z.enum(SCENARIO_VISIBILITIES, {
  error: 'Kies wie het scenario mag zien.',
})

/** The save form's own fields (the parameters travel beside them). */
export const SaveScenarioFieldsSchema = z.object({
  name: ScenarioNameSchema,
  visibility: ScenarioVisibilitySchema,
})

/** Save a computed scenario with its full parameters; "region" visibility needs a region scenario. */
export const SaveScenarioSchema = SaveScenarioFieldsSchema.extend({
  parameters: ScenarioParametersSchema,
}).superRefine((value, ctx) => {
  if (value.visibility === 'region' && value.parameters.scope.kind === 'nation') {
    ctx.addIssue({
      code: 'custom',
      path: ['visibility'],
      message:
        'Een landelijk scenario hoort niet bij één regio: kies "Alleen ik" of "Iedereen die is ingelogd".',
    })
  }
})
export type SaveScenarioInput = z.input<typeof SaveScenarioSchema>

/** A saved scenario's id as it appears in its URL. */
export const ScenarioIdSchema = z
  .string({ error: 'Dit scenario bestaat niet.' })
  .regex(/^[a-z0-9]{8,40}$/, { error: 'Dit scenario bestaat niet.' })

export const ScenarioRefSchema = z.object({ scenarioId: ScenarioIdSchema })
