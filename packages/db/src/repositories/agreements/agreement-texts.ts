import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'
import type { AgreementView } from './agreements.ts'

/**
 * A region's agreements with their full text and planning, as `view` shows them: every working copy
 * for readers of drafts, only published revisions for everyone else (the uitvoeringsplan's print,
 * issue 19 item 2). Ordered by id, like the lists.
 */
export async function listAgreementTexts(db: Kysely<DB>, params: { regionCode: string; view: AgreementView }) {
  if (params.view === 'draft') {
    const rows = await db
      .selectFrom('agreement')
      .select(['id', 'title', 'body', 'stage', 'stageReason', 'explanation', 'plannedDate', 'dueDate', 'milestones', 'delays', 'publishedRevision', 'version'])
      .where('regionCode', '=', params.regionCode)
      .orderBy('id')
      .execute()
    return rows.map(({ publishedRevision, version, ...row }) => ({
      ...row,
      isPublished: publishedRevision !== null,
      hasUnpublishedChanges: publishedRevision !== version,
    }))
  }
  const rows = await db
    .selectFrom('agreement as a')
    .innerJoin('agreementRevision as r', (join) => join.onRef('r.agreementId', '=', 'a.id').onRef('r.revision', '=', 'a.publishedRevision'))
    .select(['a.id', 'r.snapshot'])
    .where('a.regionCode', '=', params.regionCode)
    .orderBy('a.id')
    .execute()
  return rows.map(({ id, snapshot: s }) => ({
    id,
    title: s.title,
    body: s.body,
    stage: s.stage,
    stageReason: s.stageReason,
    explanation: s.explanation,
    plannedDate: s.plannedDate,
    dueDate: s.dueDate,
    milestones: s.milestones,
    delays: s.delays,
    isPublished: true,
    hasUnpublishedChanges: false,
  }))
}
