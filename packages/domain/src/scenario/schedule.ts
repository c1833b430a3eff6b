import { type z } from 'zod'
import { DEFAULT_SCENARIO_PHASE_IN_STEPS } from './constants.ts'
import type { ScenarioFields } from './fields.ts'
import { readIndicationEnds } from './indication-ends.ts'
import { readDecimal, splitList } from './numbers.ts'
import type { ScenarioSchedule } from './types.ts'
import { itemAt } from '../checked.ts'

// The phase-in schedule fields (DOMAIN.md §6.2) read into a schedule, with Dutch messages.

/** Reads "1000; 900; …" as N + 1 whole client counts that only fall, ending at 0 (DOMAIN.md §6.2). */
function readOutflow(
  text: string | undefined,
  steps: number,
  ctx: z.RefinementCtx,
): number[] | undefined {
  const issue = (message: string) =>
    ctx.addIssue({ code: 'custom', path: ['existingClients'], message })
  const parts = splitList(text ?? '')
  if (parts.length === 0) {
    issue(`Vul het aantal bestaande cliënten in voor jaar nul en elk van de ${steps} stappen.`)
    return undefined
  }
  if (parts.length !== steps + 1) {
    issue(
      `Vul ${steps + 1} aantallen in (jaar nul en ${steps} stappen); u vulde er ${parts.length} in.`,
    )
    return undefined
  }
  const counts = parts.map((part) => (/^\d{1,9}$/.test(part) ? Number(part) : Number.NaN))
  const bad = counts.findIndex((count) => Number.isNaN(count))
  if (bad !== -1) {
    issue(`"${parts[bad]}" is geen heel aantal cliënten (waarde ${bad + 1}).`)
    return undefined
  }
  if (counts[0] === 0) {
    issue('In jaar nul moeten er bestaande cliënten zijn (meer dan 0).')
    return undefined
  }
  const rising = counts.findIndex((count, k) => k > 0 && count > itemAt(counts, k - 1))
  if (rising !== -1) {
    issue(
      `Bestaande cliënten stromen alleen uit: stap ${rising} (${counts[rising]}) is meer dan stap ${rising - 1} (${counts[rising - 1]}).`,
    )
    return undefined
  }
  if (counts.at(-1) !== 0) {
    issue(
      `Na de laatste stap zijn alle bestaande cliënten uitgestroomd: de laatste waarde moet 0 zijn, niet ${counts.at(-1)}.`,
    )
    return undefined
  }
  return counts
}

/** Reads "0; 10; 25; …; 100" as N + 1 percentages of the objective budget, rising from 0 to 100. */
function readFractions(
  text: string | undefined,
  steps: number,
  ctx: z.RefinementCtx,
): number[] | undefined {
  const issue = (message: string) =>
    ctx.addIssue({ code: 'custom', path: ['customFractions'], message })
  const parts = splitList(text ?? '')
  if (parts.length !== steps + 1) {
    issue(
      parts.length === 0
        ? `Vul voor jaar nul en elk van de ${steps} stappen het percentage objectief in, bijvoorbeeld 0; 10; 20; … 100.`
        : `Vul ${steps + 1} percentages in (jaar nul en ${steps} stappen); u vulde er ${parts.length} in.`,
    )
    return undefined
  }
  const values: number[] = []
  for (const [k, part] of parts.entries()) {
    const digits = readDecimal(part)
    if (!digits || digits[1].length > 4 || Number(`${digits[0]}.${digits[1] || '0'}`) > 100) {
      issue(
        `"${part}" is geen percentage van 0 tot en met 100 met hoogstens vier decimalen (waarde ${k + 1}).`,
      )
      return undefined
    }
    // Percentages with up to four decimals are exact fractions with up to six decimals.
    values.push(Number((Number(`${digits[0]}.${digits[1] || '0'}`) / 100).toFixed(6)))
  }
  if (values[0] !== 0) issue('Jaar nul is helemaal historisch: de eerste waarde moet 0 zijn.')
  else if (values.at(-1) !== 1)
    issue('Na de laatste stap is het budget helemaal objectief: de laatste waarde moet 100 zijn.')
  else {
    const falling = values.findIndex((value, k) => k > 0 && value < itemAt(values, k - 1))
    if (falling !== -1)
      issue(
        `Het ingroeipad mag niet teruglopen: stap ${falling} (${parts[falling]}) is lager dan stap ${falling - 1} (${parts[falling - 1]}).`,
      )
    else return values
  }
  return undefined
}

export function readSchedule(
  fields: ScenarioFields,
  ctx: z.RefinementCtx,
): ScenarioSchedule | undefined {
  const steps = fields.steps ?? DEFAULT_SCENARIO_PHASE_IN_STEPS
  switch (fields.scheduleKind ?? 'linear') {
    case 'linear':
      return { kind: 'linear', steps }
    case 'outflowRate': {
      if (fields.outflowRatePercent === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['outflowRatePercent'],
          message: 'Vul in welk percentage van de bestaande cliënten per jaar uitstroomt.',
        })
        return undefined
      }
      return {
        kind: 'outflow',
        existingClientsByStep: outflowFromRate(fields.outflowRatePercent, steps),
        derivedFrom: { kind: 'outflowRate', basisPoints: fields.outflowRatePercent },
      }
    }
    case 'indicationEnds': {
      const startYear = fields.startYear ?? fields.budgetYear ?? 2026
      const read = readIndicationEnds(fields.indicationEnds, startYear, steps, ctx)
      return (
        read && {
          kind: 'outflow',
          existingClientsByStep: read.existing,
          derivedFrom: { kind: 'indicationEnds', groups: read.groups },
        }
      )
    }
    case 'outflow': {
      const counts = readOutflow(fields.existingClients, steps, ctx)
      return counts && { kind: 'outflow', existingClientsByStep: counts }
    }
    case 'custom': {
      const fractions = readFractions(fields.customFractions, steps, ctx)
      return fractions && { kind: 'custom', fractions }
    }
  }
}

/** Existing clients per 1,000,000 in year zero. */
const OUTFLOW_SCALE = 1_000_000

/**
 * The two-part path from a yearly outflow rate (DOMAIN.md §6.2; issue 18 item 7): of a million
 * existing clients, (1 − r)^k are still in care after k steps, rounded; after the last step the
 * remaining indications have ended (0). calc then derives f_k = 1 − existing_k / existing_0.
 */
export function outflowFromRate(basisPoints: number, steps: number): number[] {
  const remain = 1 - basisPoints / 10_000
  return Array.from({ length: steps + 1 }, (_, k) =>
    k === steps ? 0 : Math.round(OUTFLOW_SCALE * remain ** k),
  )
}
