import type { RoleKey } from '@bt/domain'

/** One role a user holds, with its scope: a region code, a municipality code, or neither (national). */
export interface RoleGrant {
  role: RoleKey
  /** The region of a region role, or the region a signatory's municipality belongs to today. */
  regionCode: string | null
  municipalityCode: string | null
}

/** The signed-in user a request acts for. */
export interface Actor {
  userId: string
  name: string
  email: string
  grants: readonly RoleGrant[]
}
