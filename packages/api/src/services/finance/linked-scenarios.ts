import { may } from '@bt/auth'
import { findScenario, type DB, type Kysely } from '@bt/db'
import { DomainError, MAIN_CHOICES, SHARING_MODEL_LABELS, type FieldErrors, type FinancialAgreementContent, type ScenarioParameters } from '@bt/domain'
import type { Context } from '../../context.ts'
import { computeScenario } from '../calc/scenario.ts'
import { requireScenario } from '../calc/saved-scenarios.ts'

// The main choices' link to saved /rekenen scenarios (issue 21 item 3): a linked scenario must
// compute this region's sharing model; the page shows each member's pays and receives from it,
// recomputed on today's data so the amounts follow the data set and the indeling.

type Ctx = Pick<Context, 'actor' | 'now' | 'today'>

/**
 * Field errors for linked scenarios that cannot carry the region's agreement: unknown, not shared
 * with the editor, private, of another region (or the nation), or without a sharing model.
 */
export async function checkLinkedScenarios(
  db: Kysely<DB>,
  ctx: Ctx,
  region: { code: string; name: string },
  choices: FinancialAgreementContent['choices'],
): Promise<FieldErrors> {
  const errors: FieldErrors = {}
  for (const choice of choices) {
    if (!choice.scenarioId) continue
    const field = `choices.${choice.choice}.scenarioId`
    const problem = await scenarioProblem(db, ctx, region, choice.scenarioId)
    if (problem) errors[field] = [problem]
  }
  return errors
}

async function scenarioProblem(db: Kysely<DB>, ctx: Ctx, region: { code: string; name: string }, scenarioId: string): Promise<string | null> {
  const row = await findScenario(db, { id: scenarioId })
  if (!row) return 'Dit scenario bestaat niet (meer). Kies een opgeslagen scenario van deze regio.'
  const readable =
    row.ownerUserId === ctx.actor?.userId ||
    row.visibility === 'signed_in' ||
    (row.visibility === 'region' && row.regionCode !== null && may(ctx.actor, { action: 'read_drafts', regionCode: row.regionCode }))
  if (!readable) return 'Dit scenario is niet met u gedeeld. Kies een scenario dat met de regio is gedeeld.'
  if (row.regionCode === null)
    return `Dit scenario rekent voor het hele land, niet voor ${region.name}. Kies een scenario van ${region.name} met een verdeelmodel.`
  if (row.regionCode !== region.code)
    return `Dit scenario hoort bij ${row.regionName ?? row.regionCode}, niet bij ${region.name}. Kies een scenario van ${region.name}.`
  if (row.visibility === 'private')
    return 'Dit scenario is privé. Deel het eerst met de regio op de rekenpagina; anders kunnen de andere lezers de bedragen niet zien.'
  // JSON column written from ScenarioParameters by saveScenario.
  if ((row.parameters as ScenarioParameters).sharing === null)
    return 'Dit scenario heeft geen verdeelmodel, dus geen bedragen per gemeente. Kies een scenario met een verdeelmodel.'
  return null
}

/** One linked scenario as the page shows it: per member what it pays and receives, or why not. */
export type LinkedScenario =
  | {
      id: string
      status: 'computed'
      name: string
      model: string
      budgetYear: number
      datasetLabel: string
      choices: string[]
      lines: { code: string; name: string; paysCents: number; receivesCents: number; resultCents: number }[]
    }
  | { id: string; status: 'unavailable'; choices: string[]; reason: string }

/** Every scenario the choices link to, each recomputed once on today's data (nothing is stored). */
export async function linkedScenarios(db: Kysely<DB>, ctx: Ctx, choices: FinancialAgreementContent['choices']): Promise<LinkedScenario[]> {
  const byScenario = new Map<string, string[]>()
  for (const c of choices) {
    if (!c.scenarioId) continue
    const label = MAIN_CHOICES.find((m) => m.key === c.choice)?.label ?? c.choice
    byScenario.set(c.scenarioId, [...(byScenario.get(c.scenarioId) ?? []), label])
  }
  const out: LinkedScenario[] = []
  for (const [id, labels] of byScenario) out.push(await linkedScenario(db, ctx, id, labels))
  return out
}

async function linkedScenario(db: Kysely<DB>, ctx: Ctx, id: string, choices: string[]): Promise<LinkedScenario> {
  try {
    const row = await requireScenario(db, ctx, id)
    // JSON column written from ScenarioParameters by saveScenario.
    const result = await computeScenario(db, { parameters: row.parameters as ScenarioParameters, today: ctx.today, now: ctx.now })
    if (!result.sharing) return { id, status: 'unavailable', choices, reason: 'Dit scenario heeft geen verdeelmodel.' }
    return {
      id,
      status: 'computed',
      name: row.name,
      model: SHARING_MODEL_LABELS[result.sharing.kind],
      budgetYear: result.dataset.budgetYear,
      datasetLabel: result.dataset.label,
      choices,
      lines: result.sharing.lines.map((l) => ({ code: l.code, name: l.name, paysCents: l.paysCents, receivesCents: l.receivesCents, resultCents: l.resultCents })),
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    const reason =
      error.code === 'FORBIDDEN' ? 'Dit scenario is niet met u gedeeld; de bedragen zijn alleen zichtbaar voor wie het mag lezen.' : error.message
    return { id, status: 'unavailable', choices, reason }
  }
}
