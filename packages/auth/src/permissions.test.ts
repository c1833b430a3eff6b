import { ROLE_KEYS, type RoleKey } from '@bt/domain'
import { describe, expect, it } from 'vitest'
import type { Actor } from './actor.ts'
import { may, regionsWithDraftAccess, type Permission } from './permissions.ts'

const ZWOLLE = 'GM0193'
const GRONINGEN = 'GM0014'
const KAMPEN = 'GM0166'

function actorWith(role: RoleKey): Actor {
  const scoped =
    role === 'municipality_signatory'
      ? { regionCode: ZWOLLE, municipalityCode: KAMPEN }
      : ['region_editor', 'region_viewer', 'vng_adviser'].includes(role)
        ? { regionCode: ZWOLLE, municipalityCode: null }
        : { regionCode: null, municipalityCode: null }
  return { userId: role, name: role, email: `${role}@test.example`, grants: [{ role, ...scoped }] }
}

// DESIGN.md, Roles: who may do what, for the region / municipality of the grant.
const EXPECTED: [Permission, RoleKey[]][] = [
  [{ action: 'read_drafts', regionCode: ZWOLLE }, ['region_editor', 'region_viewer', 'municipality_signatory', 'vng_adviser']],
  [{ action: 'read_drafts', regionCode: GRONINGEN }, []],
  [{ action: 'edit', regionCode: ZWOLLE }, ['region_editor']],
  [{ action: 'edit', regionCode: GRONINGEN }, []],
  [{ action: 'comment', regionCode: ZWOLLE }, ['region_editor', 'region_viewer', 'vng_adviser']],
  [{ action: 'confirm_edition', regionCode: ZWOLLE }, ['region_editor']],
  [{ action: 'review_edition', regionCode: ZWOLLE }, ['vng_adviser']],
  [{ action: 'score_levels', regionCode: ZWOLLE }, ['vng_adviser']],
  [{ action: 'record_adoption', municipalityCode: KAMPEN }, ['municipality_signatory']],
  [{ action: 'record_adoption', municipalityCode: 'GM0148' }, []],
  [{ action: 'manage_users' }, ['admin']],
  [{ action: 'import_indeling' }, ['admin']],
  [{ action: 'manage_reference_data' }, ['admin']],
  [{ action: 'manage_building_blocks' }, ['vng_analyst']],
  [{ action: 'manage_editions' }, ['vng_analyst']],
  [{ action: 'manage_bottlenecks' }, ['vng_analyst', 'steering_member']],
  [{ action: 'read_national' }, ['vng_analyst', 'steering_member', 'admin']],
]

describe('may', () => {
  for (const [permission, allowed] of EXPECTED) {
    const target = 'regionCode' in permission ? permission.regionCode : 'municipalityCode' in permission ? permission.municipalityCode : 'nation'
    for (const role of ROLE_KEYS) {
      const verdict = allowed.includes(role)
      it(`${role} ${verdict ? 'may' : 'may not'} ${permission.action} for ${target}`, () => {
        expect(may(actorWith(role), permission)).toBe(verdict)
      })
    }
  }

  it('refuses everything to an anonymous visitor', () => {
    for (const [permission] of EXPECTED) expect(may(null, permission)).toBe(false)
  })

  it('lists the regions whose drafts an actor may read', () => {
    expect(regionsWithDraftAccess(actorWith('vng_adviser'))).toEqual([ZWOLLE])
    expect(regionsWithDraftAccess(actorWith('admin'))).toEqual([])
  })
})
