import { findBottleneck, listActiveUsersByGrant, listBottleneckCoAuthors, replaceBottleneckCoAuthors, type DB, type Kysely, type Transaction } from '@bt/db'
import { DomainError, type SetBottleneckCoAuthorsSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { notifyCoAuthorsAdded, notifyMentioned, notifyRecordChanged, type RecordRef } from '../../notifications/collaboration-events.ts'
import { audit } from '../audit.ts'
import { mayManageBottlenecks, REGISTER_READERS_ALL, REGISTER_READERS_REGION, registerScope } from '../bottlenecks/access.ts'
import { requireActor } from '../guards.ts'
import { mentionedReaders } from './mentions.ts'
import type { Reader } from './readers.ts'

// Mentions and co-authors on bottlenecks (issue 17), on top of the register (issue 16): the people
// who may be mentioned or named are the bottleneck's readers under the register's own visibility rule.

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>
type BottleneckRow = NonNullable<Awaited<ReturnType<typeof findBottleneck>>>

async function visibleBottleneck(db: Kysely<DB>, ctx: Ctx, id: number) {
  const scope = registerScope(ctx.actor)
  const row = scope ? await findBottleneck(db, { id, scope }) : undefined
  if (!row) throw new DomainError('NOT_FOUND', `Knelpunt ${id} bestaat niet.`)
  return row
}

/** How notifications name a bottleneck. */
export function bottleneckRef(row: { id: number; title: string }): RecordRef {
  return { label: 'het knelpunt', title: row.title, link: `/stuurgroep/knelpunten/${row.id}`, key: `bottleneck:${row.id}` }
}

/** Who may read a bottleneck: the whole register's readers, and the editors and viewers of its regions. */
export async function readersOfBottleneck(db: Kysely<DB>, row: Pick<BottleneckRow, 'regionCodes' | 'raisedByRegionCode'>): Promise<Reader[]> {
  const regionCodes = [...new Set([...row.regionCodes, ...(row.raisedByRegionCode ? [row.raisedByRegionCode] : [])])]
  return listActiveUsersByGrant(db, { nationalRoles: REGISTER_READERS_ALL, regionRoles: REGISTER_READERS_REGION, regionCodes })
}

/** The people one may mention in a bottleneck's comments or name as its co-authors (not oneself). */
export async function bottleneckReaders(db: Kysely<DB>, ctx: Ctx, input: { bottleneckId: number }) {
  const row = await visibleBottleneck(db, ctx, input.bottleneckId)
  return (await readersOfBottleneck(db, row)).filter((r) => r.id !== ctx.actor?.userId)
}

/**
 * After a comment on a bottleneck: refuse a mention of someone who may not read it (before anything
 * is stored: call it first), then tell the mentioned and the co-authors. Returns the mentioned names.
 */
export async function checkBottleneckMentions(trx: Transaction<DB>, row: BottleneckRow, body: string) {
  return mentionedReaders(trx, { body, readers: await readersOfBottleneck(trx, row), field: 'body', recordLabel: 'dit knelpunt' })
}

/** Tell the people a bottleneck comment mentions, and its co-authors, of the comment. */
export async function notifyBottleneckComment(trx: Transaction<DB>, ctx: Ctx, params: { row: BottleneckRow; commentId: number; body: string; mentioned: readonly Reader[] }) {
  const actor = requireActor(ctx)
  const record = bottleneckRef(params.row)
  const mentionedIds = params.mentioned.map((m) => m.id)
  await notifyMentioned(trx, { ...ctx, actor }, { record, commentKey: `bottleneck-comment:${params.commentId}`, body: params.body, userIds: mentionedIds })
  const coAuthors = (await listBottleneckCoAuthors(trx, { bottleneckId: params.row.id })).map((c) => c.userId).filter((id) => !mentionedIds.includes(id))
  if (coAuthors.length > 0) {
    await notifyRecordChanged(trx, { ...ctx, actor }, { record, change: 'nieuwe reactie', changeKey: `comment:${params.commentId}`, userIds: coAuthors })
  }
}

/** Tell a bottleneck's co-authors it changed (`change` in Dutch). */
export async function notifyBottleneckCoAuthors(trx: Transaction<DB>, ctx: Ctx, params: { row: { id: number; title: string }; change: string; changeKey: string }) {
  const actor = requireActor(ctx)
  const userIds = (await listBottleneckCoAuthors(trx, { bottleneckId: params.row.id })).map((c) => c.userId)
  if (userIds.length === 0) return
  await notifyRecordChanged(trx, { ...ctx, actor }, { record: bottleneckRef(params.row), change: params.change, changeKey: params.changeKey, userIds })
}

/** A bottleneck's co-authors, for those who may read it. */
export async function listCoAuthorsOfBottleneck(db: Kysely<DB>, ctx: Ctx, input: { bottleneckId: number }) {
  const row = await visibleBottleneck(db, ctx, input.bottleneckId)
  return listBottleneckCoAuthors(db, { bottleneckId: row.id })
}

/** A manager or whoever raised it names a bottleneck's co-authors among its readers; new ones are told. */
export async function setBottleneckCoAuthors(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof SetBottleneckCoAuthorsSchema>) {
  const actor = requireActor(ctx)
  const row = await visibleBottleneck(trx, ctx, input.bottleneckId)
  if (!mayManageBottlenecks(actor) && row.raisedByUserId !== actor.userId) {
    throw new DomainError('FORBIDDEN', 'Alleen de stuurgroep, VNG-analisten en wie het knelpunt meldde, noemen mede-auteurs.')
  }
  const readers = new Set((await readersOfBottleneck(trx, row)).map((r) => r.id))
  if (input.userIds.some((id) => !readers.has(id))) {
    const message = 'Alleen wie dit knelpunt mag lezen kan mede-auteur zijn.'
    throw new DomainError('INVALID', message, { fieldErrors: { userIds: [message] } })
  }
  const { added, removed } = await replaceBottleneckCoAuthors(trx, { bottleneckId: row.id, userIds: input.userIds, addedByLabel: actor.name, now: ctx.now })
  if (added.length + removed.length > 0) {
    await audit(trx, ctx, { action: 'bottleneck.co_authors_set', entityType: 'bottleneck', entityId: String(row.id), after: { added, removed } })
  }
  await notifyCoAuthorsAdded(trx, { ...ctx, actor }, { record: bottleneckRef(row), userIds: added })
  return { added: added.length, removed: removed.length }
}
