import type { ConsistencyFinding, EditionPicture, EditionRegionState } from '@bt/domain'
import { sql, type Kysely, type Transaction } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { ExplanationEntry } from '../../schema-editions.ts'
import { errorField } from '../../errors.ts'
import type { DB } from '../../schema.ts'

/** The SQLSTATE the edition trigger raises for any change to a frozen edition (migration 2100). */
export const FROZEN_EDITION_SQLSTATE = 'BT409'

/** True when `error` is the database refusing a change to a frozen edition. */
export function isFrozenEditionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (errorField(e, 'code') === FROZEN_EDITION_SQLSTATE) return true
  }
  return false
}

const EDITION_COLUMNS = [
  'id',
  'key',
  'label',
  'referenceDate',
  'windowOpens',
  'windowCloses',
  'dueDate',
  'bandPeriods',
  'bandMadFactor',
  'state',
  'openedAt',
  'openedByLabel',
  'frozenAt',
  'frozenByLabel',
  'version',
] as const

/** Every edition, newest first. */
export async function listEditions(db: Kysely<DB>) {
  return db.selectFrom('edition').select(EDITION_COLUMNS).orderBy('key', 'desc').execute()
}

export async function findEdition(db: Kysely<DB>, params: { key: string }) {
  return db.selectFrom('edition').select(EDITION_COLUMNS).where('key', '=', params.key).executeTakeFirst()
}

/** The open edition, if any (at most one is open). */
export async function findOpenEdition(db: Kysely<DB>) {
  return db.selectFrom('edition').select(EDITION_COLUMNS).where('state', '=', 'open').executeTakeFirst()
}

/** The frozen edition before `key` (the one "what changed" compares with), if any. */
export async function findPreviousFrozenEdition(db: Kysely<DB>, params: { beforeKey: string }) {
  return db
    .selectFrom('edition')
    .select(EDITION_COLUMNS)
    .where('state', '=', 'frozen')
    .where('key', '<', params.beforeKey)
    .orderBy('key', 'desc')
    .executeTakeFirst()
}

export interface NewEdition {
  key: string
  label: string
  referenceDate: string
  windowOpens: string
  windowCloses: string
  dueDate: string
  bandPeriods: number
  bandMadFactor: number
  openedByLabel: string
}

/** Open an edition with a not-started row for each of `regionCodes`; returns its id. */
export async function insertEdition(trx: Transaction<DB>, edition: NewEdition, regionCodes: readonly string[]): Promise<number> {
  const { id } = await trx.insertInto('edition').values(edition).returning('id').executeTakeFirstOrThrow()
  if (regionCodes.length > 0) {
    await trx.insertInto('editionRegion').values(regionCodes.map((regionCode) => ({ editionId: id, regionCode }))).execute()
  }
  return id
}

/** Freeze an open edition when its version matches; false when it does not. */
export async function freezeEditionIfVersion(trx: Transaction<DB>, params: { id: number; version: number; byLabel: string; now: Date }) {
  const row = await trx
    .updateTable('edition')
    .set((eb) => ({ state: 'frozen', frozenAt: params.now, frozenByLabel: params.byLabel, version: eb('version', '+', 1) }))
    .where('id', '=', params.id)
    .where('version', '=', params.version)
    .where('state', '=', 'open')
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

const PICTURE_COLUMNS = [
  'er.editionId',
  'er.regionCode',
  'r.name as regionName',
  'r.slug as regionSlug',
  'er.state',
  'er.picture',
  'er.pictureTakenAt',
  'er.explanations',
  'er.findings',
  'er.reviewRound',
  'er.lastActivityAt',
  'er.lastActivityByLabel',
  'er.version',
] as const

/** The stored list of explanations as a record by finding key. */
function withExplanations<R extends { explanations: ExplanationEntry[] }>(row: R): Omit<R, 'explanations'> & { explanations: Record<string, string> } {
  // Rows written before migration 2110 hold '{}': no explanations.
  const entries = Array.isArray(row.explanations) ? row.explanations : []
  return { ...row, explanations: Object.fromEntries(entries.map((e) => [e.findingKey, e.text])) }
}

/**
 * Every region's row in an edition, by region name; with `regionSlug` only that region's row (a region
 * page reads one picture, not every region's: issue 20).
 */
export async function listEditionRegions(db: Kysely<DB>, params: { editionId: number; regionSlug?: string }) {
  const { regionSlug } = params
  const rows = await db
    .selectFrom('editionRegion as er')
    .innerJoin('region as r', 'r.code', 'er.regionCode')
    .select(PICTURE_COLUMNS)
    .where('er.editionId', '=', params.editionId)
    .$if(regionSlug !== undefined, (qb) => qb.where('r.slug', '=', regionSlug ?? ''))
    .orderBy('r.name')
    .execute()
  return rows.map(withExplanations)
}

/**
 * Every edition, newest first, as `listEditions` reads it, each with its regions counted per state
 * (`stateCounts`: how many stand there and how many of those hold a picture; no picture is read), in
 * one statement (issue 20): the edition list and its counts are on every page that offers an edition.
 */
export async function listEditionsWithStateCounts(db: Kysely<DB>) {
  return db
    .selectFrom('edition')
    .select((eb) => [
      ...EDITION_COLUMNS,
      jsonArrayFrom(
        eb
          .selectFrom('editionRegion')
          .select(['editionRegion.state', sql<number>`count(*)::int`.as('regions'), sql<number>`count(picture)::int`.as('withPicture')])
          .whereRef('editionRegion.editionId', '=', 'edition.id')
          .groupBy('editionRegion.state'),
      ).as('stateCounts'),
    ])
    .orderBy('key', 'desc')
    .execute()
}

export async function findEditionRegion(db: Kysely<DB>, params: { editionId: number; regionCode: string }) {
  const row = await db
    .selectFrom('editionRegion as er')
    .innerJoin('region as r', 'r.code', 'er.regionCode')
    .select(PICTURE_COLUMNS)
    .where('er.editionId', '=', params.editionId)
    .where('er.regionCode', '=', params.regionCode)
    .executeTakeFirst()
  return row && withExplanations(row)
}

export interface PictureUpdate {
  state: EditionRegionState
  explanations?: Record<string, string>
  picture?: EditionPicture
  findings?: ConsistencyFinding[]
  reviewRound?: number
  byLabel: string
  now: Date
}

/** Update a region's row when its version matches; the new version, or undefined when it is stale. */
export async function updateEditionRegionIfVersion(
  trx: Transaction<DB>,
  key: { editionId: number; regionCode: string; version: number },
  update: PictureUpdate,
): Promise<number | undefined> {
  const row = await trx
    .updateTable('editionRegion')
    .set((eb) => ({
      state: update.state,
      lastActivityAt: update.now,
      lastActivityByLabel: update.byLabel,
      version: eb('version', '+', 1),
      ...(update.explanations === undefined
        ? {}
        : { explanations: JSON.stringify(Object.entries(update.explanations).map(([findingKey, text]): ExplanationEntry => ({ findingKey, text }))) }),
      ...(update.picture === undefined ? {} : { picture: JSON.stringify(update.picture), pictureTakenAt: update.now }),
      ...(update.findings === undefined ? {} : { findings: JSON.stringify(update.findings) }),
      ...(update.reviewRound === undefined ? {} : { reviewRound: update.reviewRound }),
    }))
    .where('editionId', '=', key.editionId)
    .where('regionCode', '=', key.regionCode)
    .where('version', '=', key.version)
    .returning('version')
    .executeTakeFirst()
  return row?.version
}

export async function insertEditionEvent(
  trx: Transaction<DB>,
  event: { editionId: number; regionCode: string; action: string; fromState: EditionRegionState; toState: EditionRegionState; byUserId: string | null; byLabel: string },
) {
  await trx.insertInto('editionEvent').values(event).execute()
}

export async function listEditionEvents(db: Kysely<DB>, params: { editionId: number; regionCode: string }) {
  return db
    .selectFrom('editionEvent')
    .select(['id', 'action', 'fromState', 'toState', 'at', 'byLabel'])
    .where('editionId', '=', params.editionId)
    .where('regionCode', '=', params.regionCode)
    .orderBy('id')
    .execute()
}

export async function insertReviewComments(
  trx: Transaction<DB>,
  key: { editionId: number; regionCode: string; reviewRound: number; authorUserId: string | null; authorLabel: string },
  comments: readonly { itemKey: string; body: string }[],
) {
  await trx.insertInto('editionReviewComment').values(comments.map((c) => ({ ...key, itemKey: c.itemKey, body: c.body }))).execute()
}

export async function listReviewComments(db: Kysely<DB>, params: { editionId: number; regionCode: string }) {
  return db
    .selectFrom('editionReviewComment')
    .select(['id', 'reviewRound', 'itemKey', 'body', 'authorLabel', 'createdAt'])
    .where('editionId', '=', params.editionId)
    .where('regionCode', '=', params.regionCode)
    .orderBy('id')
    .execute()
}

export async function insertDisputes(
  trx: Transaction<DB>,
  key: { editionId: number; regionCode: string; authorUserId: string | null; authorLabel: string },
  disputes: readonly { itemKey: string; itemLabel: string; reason: string }[],
) {
  if (disputes.length === 0) return
  await trx.insertInto('editionDispute').values(disputes.map((d) => ({ ...key, ...d }))).execute()
}

/** An edition's disputes; for one region when `regionCode` is given. */
export async function listDisputes(db: Kysely<DB>, params: { editionId: number; regionCode?: string }) {
  return db
    .selectFrom('editionDispute')
    .select(['id', 'regionCode', 'itemKey', 'itemLabel', 'reason', 'authorLabel', 'createdAt'])
    .where('editionId', '=', params.editionId)
    .$if(params.regionCode !== undefined, (qb) => qb.where('regionCode', '=', params.regionCode ?? ''))
    .orderBy('id')
    .execute()
}

/** A region's picture in the latest frozen edition before `beforeKey` that holds one (what "what changed" compares with). */
export async function findPreviousPicture(db: Kysely<DB>, params: { beforeKey: string; regionCode: string }) {
  return db
    .selectFrom('editionRegion as er')
    .innerJoin('edition as e', 'e.id', 'er.editionId')
    .select(['e.id', 'e.key', 'e.label', 'er.picture'])
    .where('e.state', '=', 'frozen')
    .where('e.key', '<', params.beforeKey)
    .where('er.regionCode', '=', params.regionCode)
    .where('er.picture', 'is not', null)
    .orderBy('e.key', 'desc')
    .executeTakeFirst()
}
