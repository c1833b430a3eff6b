import type { z } from 'zod'
import type { ScenarioFields } from './fields.ts'
import type { ScenarioPublishedAmounts } from './types.ts'

/**
 * A region's published amounts (issue 18 item 5): both or neither, and only for a region. Undefined
 * when a field is wrong (the issue is added), null when none were entered.
 */
export function readPublished(
  fields: ScenarioFields,
  ctx: z.RefinementCtx,
): ScenarioPublishedAmounts | null | undefined {
  const historical = fields.publishedHistoricalEuros
  const objective = fields.publishedObjectiveEuros
  if (historical === undefined && objective === undefined) return null
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
  return { historicalCents: historical, objectiveCents: objective }
}
