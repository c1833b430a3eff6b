import { may } from '@bt/auth'
import { loadGrants } from '@bt/auth'
import type { DB, Kysely } from '@bt/db'

/** Only people who may still read the region's drafts hear about its internal conversation. */
async function keepDraftReaders(db: Kysely<DB>, params: { userIds: readonly string[]; regionCode: string; today: string }) {
  const kept: string[] = []
  for (const userId of new Set(params.userIds)) {
    const grants = await loadGrants(db, { userId, onDate: params.today })
    if (may({ userId, name: '', email: '', grants }, { action: 'read_drafts', regionCode: params.regionCode })) kept.push(userId)
  }
  return kept
}

/**
 * An agreement's participants: whoever created it (revision 1), everyone who commented on it and its
 * co-authors, except
 * `exceptUserId`, limited to those who may still read the region's drafts.
 */
export async function agreementParticipants(
  db: Kysely<DB>,
  params: { agreementId: number; regionCode: string; exceptUserId: string; today: string },
) {
  const rows = await db
    .selectFrom('agreementRevision')
    .select('authorUserId as userId')
    .where('agreementId', '=', params.agreementId)
    .where('revision', '=', 1)
    .union(db.selectFrom('agreementComment').select('authorUserId as userId').where('agreementId', '=', params.agreementId))
    .union(db.selectFrom('agreementCoAuthor').select('userId').where('agreementId', '=', params.agreementId))
    .execute()
  const userIds = rows.flatMap((r) => (r.userId && r.userId !== params.exceptUserId ? [r.userId] : []))
  return keepDraftReaders(db, { userIds, regionCode: params.regionCode, today: params.today })
}

/** The active region editors of a region. */
export async function regionEditorIds(db: Kysely<DB>, params: { regionCode: string }) {
  const rows = await db
    .selectFrom('roleGrant as g')
    .innerJoin('appUser as u', 'u.id', 'g.userId')
    .select('u.id')
    .distinct()
    .where('g.role', '=', 'region_editor')
    .where('g.regionCode', '=', params.regionCode)
    .where('u.isActive', '=', true)
    .execute()
  return rows.map((r) => r.id)
}

/** The active VNG advisers assigned to a region. */
export async function regionAdviserIds(db: Kysely<DB>, params: { regionCode: string }) {
  const rows = await db
    .selectFrom('roleGrant as g')
    .innerJoin('appUser as u', 'u.id', 'g.userId')
    .select('u.id')
    .distinct()
    .where('g.role', '=', 'vng_adviser')
    .where('g.regionCode', '=', params.regionCode)
    .where('u.isActive', '=', true)
    .execute()
  return rows.map((r) => r.id)
}
