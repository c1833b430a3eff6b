import type { Kysely } from 'kysely'
import type { DB } from '../schema.ts'
import { listAgreementTitles } from './agreements/references.ts'
import { listIndicatorLabels } from './indicators/catalogue.ts'
import { listAllRegionNames } from './regions.ts'

/** The records a page of logbook entries refers to, by kind. */
export interface AuditSubjectIds {
  agreementIds: readonly number[]
  bottleneckIds: readonly number[]
  meetingIds: readonly number[]
  meetingItemIds: readonly number[]
  actionItemIds: readonly number[]
  adoptionIds: readonly number[]
  visionIds: readonly number[]
  attachmentIds: readonly number[]
  municipalityCodes: readonly string[]
  userIds: readonly string[]
  indicatorKeys: readonly string[]
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]

/**
 * The names of the records logbook entries refer to, each kind in one query (in two rounds: the
 * meetings of items and action items, and the versions and municipalities of adoptions, come second).
 */
export async function listAuditSubjectNames(db: Kysely<DB>, ids: AuditSubjectIds) {
  const [regions, agreements, bottlenecks, items, actions, adoptions, indicators, users, attachments] = await Promise.all([
    listAllRegionNames(db),
    listAgreementTitles(db, { ids: ids.agreementIds }),
    ids.bottleneckIds.length === 0 ? [] : db.selectFrom('bottleneck').select(['id', 'title']).where('id', 'in', ids.bottleneckIds).execute(),
    ids.meetingItemIds.length === 0
      ? []
      : db.selectFrom('meetingItem').select(['id', 'meetingId']).where('id', 'in', ids.meetingItemIds).execute(),
    ids.actionItemIds.length === 0
      ? []
      : db.selectFrom('meetingActionItem').select(['id', 'meetingId']).where('id', 'in', ids.actionItemIds).execute(),
    ids.adoptionIds.length === 0
      ? []
      : db.selectFrom('councilAdoption').select(['id', 'municipalityCode', 'visionVersionId']).where('id', 'in', ids.adoptionIds).execute(),
    listIndicatorLabels(db, { keys: ids.indicatorKeys }),
    ids.userIds.length === 0 ? [] : db.selectFrom('appUser').select(['id', 'name']).where('id', 'in', ids.userIds).execute(),
    ids.attachmentIds.length === 0 ? [] : db.selectFrom('attachment').select(['id', 'filename']).where('id', 'in', ids.attachmentIds).execute(),
  ])
  const meetingIds = unique([...ids.meetingIds, ...items.map((i) => i.meetingId), ...actions.map((a) => a.meetingId)])
  const visionIds = unique([...ids.visionIds, ...adoptions.map((a) => a.visionVersionId)])
  const municipalityCodes = unique([...ids.municipalityCodes, ...adoptions.map((a) => a.municipalityCode)])
  const [meetings, visions, municipalities] = await Promise.all([
    meetingIds.length === 0 ? [] : db.selectFrom('meeting').select(['id', 'title']).where('id', 'in', meetingIds).execute(),
    visionIds.length === 0 ? [] : db.selectFrom('visionVersion').select(['id', 'title', 'regionCode']).where('id', 'in', visionIds).execute(),
    municipalityCodes.length === 0
      ? []
      : db.selectFrom('municipality').select(['code', 'name']).where('code', 'in', municipalityCodes).execute(),
  ])
  return { regions, agreements, bottlenecks, items, actions, adoptions, indicators, users, attachments, meetings, visions, municipalities }
}
