import { ROLES } from '@bt/domain'
import { describe, expect, it } from 'vitest'
import { siteUserOf } from './site-user.server.ts'

describe('siteUserOf', () => {
  it('is null without an actor', () => {
    expect(siteUserOf(null)).toBeNull()
  })

  it('names each role once by its Dutch label and says whether the user is an administrator', () => {
    const grant = (role: 'region_editor' | 'admin', regionCode: string | null) => ({ role, regionCode, municipalityCode: null })
    const actor = { userId: 'u1', name: 'Ada', email: 'ada@example.org', grants: [grant('region_editor', 'GM0193'), grant('region_editor', 'GM0363'), grant('admin', null)] }
    expect(siteUserOf(actor)).toEqual({ name: 'Ada', roles: [ROLES.region_editor.label, ROLES.admin.label], isAdmin: true })
    expect(siteUserOf({ ...actor, grants: [grant('region_editor', 'GM0193')] })?.isAdmin).toBe(false)
  })
})
