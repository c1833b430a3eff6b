import type { Kysely, Transaction } from 'kysely'
import type { RoleKey } from '@bt/domain'
import type { DB } from '../../schema.ts'

/** A bottleneck's co-authors by name. */
export async function listBottleneckCoAuthors(db: Kysely<DB>, params: { bottleneckId: number }) {
  return db
    .selectFrom('bottleneckCoAuthor as c')
    .innerJoin('appUser as u', 'u.id', 'c.userId')
    .select(['c.userId', 'u.name'])
    .where('c.bottleneckId', '=', params.bottleneckId)
    .orderBy('u.name')
    .execute()
}

/** Make a bottleneck's co-author list exactly `userIds`; returns who was added and who removed. */
export async function replaceBottleneckCoAuthors(
  trx: Transaction<DB>,
  params: { bottleneckId: number; userIds: readonly string[]; addedByLabel: string; now: Date },
) {
  const before = await trx.selectFrom('bottleneckCoAuthor').select('userId').where('bottleneckId', '=', params.bottleneckId).forUpdate().execute()
  const had = new Set(before.map((r) => r.userId))
  const wanted = new Set(params.userIds)
  const added = [...wanted].filter((id) => !had.has(id))
  const removed = [...had].filter((id) => !wanted.has(id))
  if (removed.length > 0) await trx.deleteFrom('bottleneckCoAuthor').where('bottleneckId', '=', params.bottleneckId).where('userId', 'in', removed).execute()
  if (added.length > 0) {
    await trx
      .insertInto('bottleneckCoAuthor')
      .values(added.map((userId) => ({ bottleneckId: params.bottleneckId, userId, addedAt: params.now, addedByLabel: params.addedByLabel })))
      .execute()
  }
  return { added, removed }
}

/**
 * Active users holding one of `nationalRoles`, or one of `regionRoles` for one of `regionCodes`: the
 * readers of a bottleneck as the register's visibility rule names them.
 */
export async function listActiveUsersByGrant(db: Kysely<DB>, params: { nationalRoles: readonly RoleKey[]; regionRoles: readonly RoleKey[]; regionCodes: readonly string[] }) {
  return db
    .selectFrom('appUser as u')
    .innerJoin('roleGrant as g', 'g.userId', 'u.id')
    .select(['u.id', 'u.name'])
    .distinct()
    .where('u.isActive', '=', true)
    .where((eb) =>
      eb.or([
        eb('g.role', 'in', [...params.nationalRoles]),
        ...(params.regionCodes.length > 0 ? [eb.and([eb('g.role', 'in', [...params.regionRoles]), eb('g.regionCode', 'in', [...params.regionCodes])])] : []),
      ]),
    )
    .orderBy('u.name')
    .execute()
}
