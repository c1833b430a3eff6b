import type { RoleKey } from '@bt/domain'
import type { Actor } from './actor.ts'

/** What one may do to one region's records. */
export type RegionAction = 'read_drafts' | 'edit' | 'comment' | 'confirm_edition' | 'review_edition' | 'score_levels'
/** What one may do for one municipality. */
export type MunicipalityAction = 'record_adoption'
/** What one may do nationally. */
export type NationalAction =
  | 'read_national'
  | 'manage_users'
  | 'manage_reference_data'
  | 'import_indeling'
  | 'manage_building_blocks'
  | 'manage_editions'
  | 'manage_bottlenecks'

/** A request for permission: an action and what it is done to. */
export type Permission =
  | { action: RegionAction; regionCode: string }
  | { action: MunicipalityAction; municipalityCode: string }
  | { action: NationalAction }

interface RoleRights {
  region: readonly RegionAction[]
  municipality: readonly MunicipalityAction[]
  national: readonly NationalAction[]
}

/**
 * Who may do what (DESIGN.md, Roles and visibility). A region right applies to the grant's region;
 * a signatory reads the drafts of the region their municipality belongs to.
 */
export const ROLE_RIGHTS: Record<RoleKey, RoleRights> = {
  region_editor: { region: ['read_drafts', 'edit', 'comment', 'confirm_edition'], municipality: [], national: [] },
  region_viewer: { region: ['read_drafts', 'comment'], municipality: [], national: [] },
  municipality_signatory: { region: ['read_drafts'], municipality: ['record_adoption'], national: [] },
  vng_adviser: { region: ['read_drafts', 'review_edition', 'score_levels', 'comment'], municipality: [], national: [] },
  vng_analyst: { region: [], municipality: [], national: ['read_national', 'manage_building_blocks', 'manage_editions', 'manage_bottlenecks'] },
  steering_member: { region: [], municipality: [], national: ['read_national', 'manage_bottlenecks'] },
  admin: {
    region: [],
    municipality: [],
    national: ['read_national', 'manage_users', 'manage_reference_data', 'import_indeling'],
  },
}

/** The one answer to "may this actor do this to that region / municipality / nation?". */
export function may(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false
  return actor.grants.some((grant) => {
    const rights = ROLE_RIGHTS[grant.role]
    if ('regionCode' in permission) {
      return grant.regionCode === permission.regionCode && rights.region.includes(permission.action)
    }
    if ('municipalityCode' in permission) {
      return grant.municipalityCode === permission.municipalityCode && rights.municipality.includes(permission.action)
    }
    return rights.national.includes(permission.action)
  })
}

/** The regions whose drafts the actor may read (for listings). */
export function regionsWithDraftAccess(actor: Actor | null): string[] {
  if (!actor) return []
  const codes = actor.grants.flatMap((g) =>
    g.regionCode !== null && ROLE_RIGHTS[g.role].region.includes('read_drafts') ? [g.regionCode] : [],
  )
  return [...new Set(codes)]
}
