import { type z } from 'zod'
import { isValidIsoDate } from '../dates.ts'

// The two-part path from indication end dates (DOMAIN.md §6.2; issue 18 item 7): existing clients
// stay with the centrumgemeente as long as their indication runs, so the existing clients still in
// care in step k are the groups whose indication has not ended before 1 January of that step's
// budget year. After the last step the path is objective (f_N = 1), so no existing client counts
// there; calc then derives f_k = 1 − existing_k / existing_0.

/** At most this many client groups; a guard against a pasted client list, not a policy. */
export const MAX_INDICATION_GROUPS = 200

const GROUP = /^(\d{1,9})\s*(?:tot|t\/m|:)\s*(\d{4}-\d{2}-\d{2})$/i

/** The form's text for groups: "400 tot 2027-12-31; 350 tot 2029-06-30". */
export function formatIndicationEnds(groups: readonly IndicationGroup[]): string {
  return groups.map((group) => `${group.count} tot ${group.endDate}`).join('; ')
}

export interface IndicationGroup {
  readonly count: number
  /** The last day of the indication, ISO 'YYYY-MM-DD'. */
  readonly endDate: string
}

/**
 * Existing clients per step 0..N: Σ count over the groups whose indication runs on 1 January of the
 * budget year startYear − 1 + k; 0 after the last step. Step 0 is year zero.
 */
export function existingClientsFromIndicationEnds(
  groups: readonly IndicationGroup[],
  startYear: number,
  steps: number,
): number[] {
  return Array.from({ length: steps + 1 }, (_, k) => {
    if (k === steps) return 0
    const firstDay = `${String(startYear - 1 + k).padStart(4, '0')}-01-01`
    return groups.reduce((sum, group) => sum + (group.endDate >= firstDay ? group.count : 0), 0)
  })
}

/**
 * Reads "400 tot 2027-12-31; 350 tot 2029-06-30" as client groups with an indication end date and
 * derives the existing clients per step (both returned: the groups are saved with the scenario);
 * Dutch messages on the field indicationEnds.
 */
export function readIndicationEnds(
  text: string | undefined,
  startYear: number,
  steps: number,
  ctx: z.RefinementCtx,
): { existing: number[]; groups: IndicationGroup[] } | undefined {
  const issue = (message: string) => {
    ctx.addIssue({ code: 'custom', path: ['indicationEnds'], message })
    return undefined
  }
  const parts = (text ?? '')
    .split(/[;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (parts.length === 0)
    return issue(
      'Vul per groep bestaande cliënten het aantal en de einddatum van de indicatie in, bijvoorbeeld 400 tot 2027-12-31; 350 tot 2029-06-30.',
    )
  if (parts.length > MAX_INDICATION_GROUPS)
    return issue(
      `Vul hoogstens ${MAX_INDICATION_GROUPS} groepen in; u vulde er ${parts.length} in.`,
    )
  const yearZero = `${startYear - 1}-01-01`
  const groups: IndicationGroup[] = []
  for (const [index, part] of parts.entries()) {
    const match = GROUP.exec(part)
    if (!match)
      return issue(
        `"${part}" (groep ${index + 1}) is geen aantal met een einddatum; schrijf bijvoorbeeld 400 tot 2027-12-31.`,
      )
    const [, count = '', endDate = ''] = match
    if (!isValidIsoDate(endDate))
      return issue(`${endDate} (groep ${index + 1}) is geen bestaande datum (JJJJ-MM-DD).`)
    if (endDate < yearZero)
      return issue(
        `De indicatie van groep ${index + 1} eindigt op ${endDate}, vóór jaar nul (${startYear - 1}): die cliënten zijn dan geen bestaande cliënten meer.`,
      )
    groups.push({ count: Number(count), endDate })
  }
  const existing = existingClientsFromIndicationEnds(groups, startYear, steps)
  if (existing[0] === 0) return issue('In jaar nul moeten er bestaande cliënten zijn (meer dan 0).')
  return { existing, groups }
}
