import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'
import { AGREEMENT_LIST_FIELDS, recordFor, type AgreementContent, type AgreementListField } from '@bt/domain'

/** Which copy of an agreement a reader sees: the working draft, or the published revision. */
export type AgreementView = 'draft' | 'published'

/** An agreement's content, as stored in the row and in each revision snapshot (defined in domain). */
export type { AgreementContent }

/** The row values of agreement content (jsonb lists as JSON text). */
export function toAgreementRow(content: AgreementContent) {
  return {
    title: content.title,
    body: content.body,
    ...recordFor(AGREEMENT_LIST_FIELDS, (field) => JSON.stringify(content[field])),
    partners: JSON.stringify(content.partners),
    milestones: JSON.stringify(content.milestones),
    delays: JSON.stringify(content.delays),
    plannedDate: content.plannedDate,
    dueDate: content.dueDate,
    stage: content.stage,
    stageReason: content.stageReason,
    explanation: content.explanation,
  }
}

/** The agreement's list columns (`a.nvoAgreements`, …). */
const LIST_COLUMNS = AGREEMENT_LIST_FIELDS.map((field) => `a.${field}` as const)

const CONTENT_COLUMNS = [
  'a.title',
  'a.body',
  ...LIST_COLUMNS,
  'a.partners',
  'a.milestones',
  'a.delays',
  'a.plannedDate',
  'a.dueDate',
  'a.stage',
  'a.stageReason',
  'a.explanation',
] as const

/** Insert a new agreement (draft, version 1); returns its id. */
export async function insertAgreement(
  trx: Transaction<DB>,
  params: { regionCode: string; content: AgreementContent; authorLabel: string; now: Date },
): Promise<number> {
  const row = await trx
    .insertInto('agreement')
    .values({
      regionCode: params.regionCode,
      ...toAgreementRow(params.content),
      createdAt: params.now,
      updatedAt: params.now,
      updatedByLabel: params.authorLabel,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The working copy of an agreement with its bookkeeping, or undefined. */
export async function findAgreement(db: Kysely<DB>, params: { id: number }) {
  return db
    .selectFrom('agreement as a')
    .innerJoin('region as r', 'r.code', 'a.regionCode')
    .select([
      'a.id',
      'a.regionCode',
      'r.slug as regionSlug',
      'r.name as regionName',
      ...CONTENT_COLUMNS,
      'a.version',
      'a.publishedRevision',
      'a.publishedAt',
      'a.createdAt',
      'a.updatedAt',
      'a.updatedByLabel',
    ])
    .where('a.id', '=', params.id)
    .executeTakeFirst()
}

/**
 * Save new content when `version` still matches (optimistic concurrency); returns the new version,
 * or undefined when someone else saved first.
 */
export async function updateAgreementIfVersion(
  trx: Transaction<DB>,
  params: { id: number; version: number; content: AgreementContent; authorLabel: string; now: Date },
) {
  return trx
    .updateTable('agreement')
    .set((eb) => ({
      ...toAgreementRow(params.content),
      updatedAt: params.now,
      updatedByLabel: params.authorLabel,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', params.id)
    .where('version', '=', params.version)
    .returning(['version'])
    .executeTakeFirst()
}

/** Mark revision `revision` as the public one. */
export async function markAgreementPublished(trx: Transaction<DB>, params: { id: number; revision: number; now: Date }) {
  await trx
    .updateTable('agreement')
    .set({ publishedRevision: params.revision, publishedAt: params.now })
    .where('id', '=', params.id)
    .execute()
}

/** The fields a list, matrix or planning view needs, in the form `view` shows them. */
export interface VisibleAgreement
  extends Pick<AgreementContent, 'title' | 'stage' | AgreementListField | 'partners' | 'delays' | 'plannedDate' | 'dueDate'> {
  id: number
  regionCode: string
  updatedAt: Date
  /** The draft's version (draft view) or the published revision's (published view). */
  version: number
  isPublished: boolean
  hasUnpublishedChanges: boolean
}

/**
 * A region's agreements as `view` shows them: every working copy for readers of drafts, or the
 * published revision of published agreements for everyone else.
 */
export async function listVisibleAgreements(
  db: Kysely<DB>,
  params: { regionCode: string; view: AgreementView },
): Promise<VisibleAgreement[]> {
  if (params.view === 'draft') {
    const rows = await db
      .selectFrom('agreement as a')
      .select([
        'a.id',
        'a.regionCode',
        'a.title',
        'a.stage',
        ...LIST_COLUMNS,
        'a.partners',
        'a.delays',
        'a.plannedDate',
        'a.dueDate',
        'a.updatedAt',
        'a.publishedRevision',
        'a.version',
      ])
      .where('a.regionCode', '=', params.regionCode)
      .orderBy('a.id')
      .execute()
    return rows.map(({ publishedRevision, version, ...r }) => ({
      ...r,
      version,
      isPublished: publishedRevision !== null,
      hasUnpublishedChanges: publishedRevision !== version,
    }))
  }
  return listPublished(db, params.regionCode)
}

/** Every region's published agreements (their published revisions) in one query: the national views. */
export async function listAllPublishedAgreements(db: Kysely<DB>): Promise<VisibleAgreement[]> {
  return listPublished(db, null)
}

async function listPublished(db: Kysely<DB>, regionCode: string | null): Promise<VisibleAgreement[]> {
  const rows = await db
    .selectFrom('agreement as a')
    .innerJoin('agreementRevision as r', (join) =>
      join.onRef('r.agreementId', '=', 'a.id').onRef('r.revision', '=', 'a.publishedRevision'),
    )
    .select(['a.id', 'a.regionCode', 'r.snapshot', 'a.publishedAt', 'a.publishedRevision'])
    .$if(regionCode !== null, (qb) => qb.where('a.regionCode', '=', regionCode ?? ''))
    .orderBy('a.id')
    .execute()
  return rows.map((row) => {
    const s = row.snapshot
    return {
      id: row.id,
      regionCode: row.regionCode,
      title: s.title,
      stage: s.stage,
      ...recordFor(AGREEMENT_LIST_FIELDS, (field) => s[field]),
      partners: s.partners,
      delays: s.delays,
      plannedDate: s.plannedDate,
      dueDate: s.dueDate,
      updatedAt: row.publishedAt ?? new Date(0),
      version: row.publishedRevision ?? 0,
      isPublished: true,
      hasUnpublishedChanges: false,
    }
  })
}

/**
 * The coverage matrix of one region in a single SQL statement: agreements per (row, condition,
 * stage) over the published revisions. The benchmark's baseline for the region page.
 */
export async function countCoverageInSql(db: Kysely<DB>, params: { regionCode: string }) {
  const result = await sql<{ rowKind: string; rowKey: string; condition: string; stage: string; count: number }>`
    with visible as (
      select r.snapshot from agreement a
      join agreement_revision r on r.agreement_id = a.id and r.revision = a.published_revision
      where a.region_code = ${params.regionCode}
    ), tagged as (
      select 'nvo' as row_kind, k.value as row_key, c.value as condition, v.snapshot->>'stage' as stage
      from visible v, jsonb_array_elements_text(v.snapshot->'nvoAgreements') k, jsonb_array_elements_text(v.snapshot->'conditions') c
      union all
      select 'theme', k.value, c.value, v.snapshot->>'stage'
      from visible v, jsonb_array_elements_text(v.snapshot->'themes') k, jsonb_array_elements_text(v.snapshot->'conditions') c
    )
    select row_kind, row_key, condition, stage, count(*)::int as count from tagged group by 1, 2, 3, 4`.execute(db)
  return result.rows
}

/** Every working copy of a region's agreements with id and version (spreadsheet export, import). */
export async function listAgreementContents(db: Kysely<DB>, params: { regionCode: string }) {
  return db
    .selectFrom('agreement as a')
    .select(['a.id', 'a.version', ...CONTENT_COLUMNS])
    .where('a.regionCode', '=', params.regionCode)
    .orderBy('a.id')
    .execute()
}

/** A region's agreements with their versions and who saved last (bulk publish, staged imports). */
export async function listAgreementVersions(db: Kysely<DB>, params: { regionCode: string }) {
  return db
    .selectFrom('agreement as a')
    .select(['a.id', 'a.title', 'a.version', 'a.publishedRevision', 'a.updatedByLabel', 'a.updatedAt'])
    .where('a.regionCode', '=', params.regionCode)
    .orderBy('a.id')
    .execute()
}
