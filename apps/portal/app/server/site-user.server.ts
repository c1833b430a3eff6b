import type { Actor } from '@bt/api'
import { ROLES } from '@bt/domain'

/** What the site header shows of the signed-in user. */
export interface SiteUser {
  name: string
  roles: string[]
  isAdmin: boolean
}

/**
 * The header's user from the request's actor, which the session check already read: no database read
 * on every page (`account.me` also read every region for names the header never shows; issue 20).
 */
export function siteUserOf(actor: Actor | null): SiteUser | null {
  if (!actor) return null
  return { name: actor.name, roles: [...new Set(actor.grants.map((g) => ROLES[g.role].label))], isAdmin: actor.grants.some((g) => g.role === 'admin') }
}
