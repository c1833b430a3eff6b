import type { z } from 'zod'
import type { ScenarioFields } from './fields.ts'
import type { ScenarioPublishedAmounts } from './types.ts'

/**
 * A region's published amounts (issue 18 item 5): both or neither, and only for a region; the MO
 * part of both (kept with the centrumgemeente) optionally, both or neither, each within its total. Undefined
 * when a field is wrong (the issue is added), null when none were entered.
 */
export function readPublished(
  fields: ScenarioFields,
  ctx: z.RefinementCtx,
): ScenarioPublishedAmounts | null | undefined {
  const historical = fields.publishedHistoricalEuros
  const objective = fields.publishedObjectiveEuros
  const historicalMo = fields.publishedHistoricalMoEuros
  const objectiveMo = fields.publishedObjectiveMoEuros
  const anyMo = historicalMo !== undefined || objectiveMo !== undefined
  if (historical === undefined && objective === undefined && !anyMo) return null
  const issue = (path: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message })
    return undefined
  }
  if (fields.scope.kind === 'nation')
    return issue(
      'publishedHistoricalEuros',
      'Gepubliceerde bedragen horen bij één regio: kies een regio, of laat deze velden leeg.',
    )
  if (historical === undefined)
    return issue('publishedHistoricalEuros', 'Vul ook het gepubliceerde historische bedrag in.')
  if (objective === undefined)
    return issue('publishedObjectiveEuros', 'Vul ook het gepubliceerde objectieve bedrag in.')
  if (!anyMo) return { historicalCents: historical, objectiveCents: objective }
  // As the rekenbestand's import checks its MO columns (published-columns.ts in the api).
  if (historicalMo === undefined)
    return issue(
      'publishedHistoricalMoEuros',
      'Vul ook het MO-deel van het historische bedrag in: het MO-deel van beide bedragen of van geen van beide.',
    )
  if (objectiveMo === undefined)
    return issue(
      'publishedObjectiveMoEuros',
      'Vul ook het MO-deel van het objectieve bedrag in: het MO-deel van beide bedragen of van geen van beide.',
    )
  if (historicalMo > historical)
    return issue(
      'publishedHistoricalMoEuros',
      'Het MO-deel is groter dan het historische bedrag waar het deel van is.',
    )
  if (objectiveMo > objective)
    return issue(
      'publishedObjectiveMoEuros',
      'Het MO-deel is groter dan het objectieve bedrag waar het deel van is.',
    )
  return {
    historicalCents: historical,
    objectiveCents: objective,
    mo: { historicalCents: historicalMo, objectiveCents: objectiveMo },
  }
}
