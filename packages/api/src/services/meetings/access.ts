import type { Actor } from '@bt/auth'
import type { RoleKey } from '@bt/domain'
import { DomainError } from '@bt/domain'

/** Who reads meetings, agendas and minutes (DESIGN.md roles; issue 17, who sees what). */
export const MEETING_READERS: readonly RoleKey[] = ['steering_member', 'vng_analyst', 'vng_adviser']
/** Who plans meetings, builds agendas, records decisions and closes meetings. */
export const MEETING_MANAGERS: readonly RoleKey[] = ['steering_member']

function holds(actor: Actor | null, roles: readonly RoleKey[]): boolean {
  return actor?.grants.some((g) => roles.includes(g.role)) ?? false
}

/** True when the actor may read meetings and minutes. */
export function mayReadMeetings(actor: Actor | null): boolean {
  return holds(actor, MEETING_READERS)
}

/** True when the actor may change meetings. */
export function mayManageMeetings(actor: Actor | null): boolean {
  return holds(actor, MEETING_MANAGERS)
}

/** FORBIDDEN unless the actor may change meetings. */
export function requireMeetingManager(actor: Actor | null): Actor {
  if (!actor || !mayManageMeetings(actor)) throw new DomainError('FORBIDDEN', 'Alleen leden van de stuurgroep kunnen overleggen wijzigen.')
  return actor
}
