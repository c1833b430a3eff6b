import { may, type RoleGrant } from '@bt/auth'
import { listRegionGrantHolders, type DB, type Kysely } from '@bt/db'
import { RoleKeySchema } from '@bt/domain'

/** A person who may read a record, as the mention list and the co-author picker show them. */
export interface Reader {
  id: string
  name: string
}

/**
 * The active people who may read a region's drafts (its editors, viewers and signatories, its VNG
 * adviser): who may read a draft agreement and its internal comments, so who may be mentioned there
 * or named co-author. The one permission rule (`may`) decides, not a second copy of it.
 */
export async function regionDraftReaders(db: Kysely<DB>, params: { regionCode: string; today: string }): Promise<Reader[]> {
  const rows = await listRegionGrantHolders(db, { regionCode: params.regionCode, onDate: params.today })
  const people = new Map<string, { name: string; grants: RoleGrant[] }>()
  for (const row of rows) {
    const role = RoleKeySchema.safeParse(row.role)
    if (!role.success) continue
    const person = people.get(row.userId) ?? { name: row.name, grants: [] }
    person.grants.push({ role: role.data, regionCode: row.regionCode, municipalityCode: row.municipalityCode })
    people.set(row.userId, person)
  }
  return [...people]
    .filter(([userId, p]) => may({ userId, name: p.name, email: '', grants: p.grants }, { action: 'read_drafts', regionCode: params.regionCode }))
    .map(([id, p]) => ({ id, name: p.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}
