import { may } from '@bt/auth'
import { loadGrants } from '@bt/auth'
import { listActiveUserIdsWithRole, listAgreementParticipantIds, type DB, type Kysely } from '@bt/db'

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
  const participants = await listAgreementParticipantIds(db, { agreementId: params.agreementId })
  const userIds = participants.filter((id) => id !== params.exceptUserId)
  return keepDraftReaders(db, { userIds, regionCode: params.regionCode, today: params.today })
}

/** The active region editors of a region. */
export async function regionEditorIds(db: Kysely<DB>, params: { regionCode: string }) {
  return listActiveUserIdsWithRole(db, { role: 'region_editor', regionCode: params.regionCode })
}

/** The active VNG advisers assigned to a region. */
export async function regionAdviserIds(db: Kysely<DB>, params: { regionCode: string }) {
  return listActiveUserIdsWithRole(db, { role: 'vng_adviser', regionCode: params.regionCode })
}
