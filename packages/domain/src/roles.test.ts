import { describe, expect, it } from 'vitest'
import { ROLES, ROLE_KEYS, ROLE_SCOPES, ROLE_SCOPE_LABELS, RoleKeySchema } from './roles.ts'

describe('roles', () => {
  it('has the seven roles of DESIGN.md with their Dutch labels', () => {
    expect(ROLE_KEYS.map((key) => ROLES[key].label)).toEqual([
      'Regio-redacteur',
      'Regio-lezer',
      'Gemeentelijk ondertekenaar',
      'VNG-regioadviseur',
      'VNG-analist',
      'Lid stuurgroep',
      'Beheerder',
    ])
    expect(Object.keys(ROLES).sort()).toEqual([...ROLE_KEYS].sort())
  })

  it('binds each role to the scope DESIGN.md gives it', () => {
    expect(Object.fromEntries(ROLE_KEYS.map((key) => [key, ROLES[key].scope]))).toEqual({
      region_editor: 'region',
      region_viewer: 'region',
      municipality_signatory: 'municipality',
      vng_adviser: 'assigned_regions',
      vng_analyst: 'national',
      steering_member: 'national',
      admin: 'national',
    })
  })

  it('labels every scope in Dutch', () => {
    for (const scope of ROLE_SCOPES) expect(ROLE_SCOPE_LABELS[scope].trim()).not.toBe('')
  })

  it('refuses an unknown role in Dutch', () => {
    expect(RoleKeySchema.parse('admin')).toBe('admin')
    expect(RoleKeySchema.safeParse('region-editor').error?.issues[0]?.message).toBe(
      'Kies een bestaande rol.',
    )
  })
})
