import { may, type Actor } from '@bt/auth'
import type { BottleneckScope } from '@bt/db'
import type { RoleKey } from '@bt/domain'

// Who sees and changes the register (issue 16, "Who sees what"): steering members, analysts and
// advisers see all of it; a region's editors and viewers see what concerns their region and what it
// raised; anonymous visitors see only counts (bottleneck.counts).

/** Roles that read the whole register. */
export const REGISTER_READERS_ALL: readonly RoleKey[] = ['steering_member', 'vng_analyst', 'vng_adviser']
/** Roles that read their region's part of the register. */
export const REGISTER_READERS_REGION: readonly RoleKey[] = ['region_editor', 'region_viewer']
/** Everyone who reads (part of) the register. */
export const REGISTER_READERS: readonly RoleKey[] = [...REGISTER_READERS_ALL, ...REGISTER_READERS_REGION]
/** Who may raise a bottleneck: a region (its editors), an adviser, an analyst or a steering member. */
export const BOTTLENECK_RAISERS: readonly RoleKey[] = ['steering_member', 'vng_analyst', 'vng_adviser', 'region_editor']
/** Who may edit, assign and move bottlenecks through their states (`manage_bottlenecks`). */
export const BOTTLENECK_MANAGERS: readonly RoleKey[] = ['steering_member', 'vng_analyst']

/** The part of the register an actor sees, or null for none. */
export function registerScope(actor: Actor | null): BottleneckScope | null {
  if (!actor) return null
  if (actor.grants.some((g) => REGISTER_READERS_ALL.includes(g.role))) return { all: true }
  const regionCodes = actor.grants.flatMap((g) => (REGISTER_READERS_REGION.includes(g.role) && g.regionCode ? [g.regionCode] : []))
  return regionCodes.length > 0 ? { all: false, regionCodes: [...new Set(regionCodes)] } : null
}

/** Whether the actor may edit, assign and move bottlenecks. */
export function mayManageBottlenecks(actor: Actor | null): boolean {
  return may(actor, { action: 'manage_bottlenecks' })
}

/**
 * The regions an actor raises for when they raise as a region (a region editor without a national
 * role), or null when they raise nationally.
 */
export function raisingRegions(actor: Actor): string[] | null {
  if (actor.grants.some((g) => g.role !== 'region_editor' && BOTTLENECK_RAISERS.includes(g.role))) return null
  return [...new Set(actor.grants.flatMap((g) => (g.role === 'region_editor' && g.regionCode ? [g.regionCode] : [])))]
}
