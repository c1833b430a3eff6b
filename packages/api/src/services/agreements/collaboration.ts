import { may } from '@bt/auth'
import {
  findAgreementComment,
  insertAgreementComment,
  listAgreementComments,
  listNvoLevels,
  saveNvoLevel,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError, type AddCommentSchema, type SetNvoLevelSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { notifyMentioned } from '../../notifications/collaboration-events.ts'
import { notifyCommentAdded } from '../../notifications/events.ts'
import { mentionedReaders } from '../collaboration/mentions.ts'
import { regionDraftReaders } from '../collaboration/readers.ts'
import { getAgreementRow } from './agreements.ts'
import { agreementRef } from './co-authors.ts'
import { getRegion } from '../regions/region.ts'
import { audit } from '../audit.ts'
import { requireActor, requirePermission, staleEdit } from '../guards.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

async function regionOfAgreement(db: Kysely<DB>, agreementId: number) {
  return (await getAgreementRow(db, agreementId)).regionCode
}

/** Comments are the region's internal conversation: readers of its drafts only. */
export async function listComments(db: Kysely<DB>, ctx: Ctx, input: { agreementId: number }) {
  requirePermission(ctx, { action: 'read_drafts', regionCode: await regionOfAgreement(db, input.agreementId) })
  return listAgreementComments(db, input)
}

/** Add a comment or a reply to a top-level comment (one level of replies). Audited. */
export async function addComment(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof AddCommentSchema>) {
  const agreement = await getAgreementRow(trx, input.agreementId)
  const regionCode = agreement.regionCode
  requirePermission(ctx, { action: 'comment', regionCode })
  if (input.parentId !== null) {
    const parent = await findAgreementComment(trx, { id: input.parentId })
    if (!parent || parent.agreementId !== input.agreementId) {
      throw new DomainError('INVALID', 'De reactie waarop u antwoordt bestaat niet.')
    }
    if (parent.parentId !== null) throw new DomainError('INVALID', 'U kunt alleen op een reactie antwoorden, niet op een antwoord.')
  }
  const actor = requireActor(ctx)
  const readers = await regionDraftReaders(trx, { regionCode, today: ctx.today })
  const mentioned = await mentionedReaders(trx, { body: input.body, readers, field: 'body', recordLabel: 'deze afspraak' })
  const id = await insertAgreementComment(trx, {
    agreementId: input.agreementId,
    parentId: input.parentId,
    authorUserId: actor.userId,
    authorLabel: actor.name,
    body: input.body,
    now: ctx.now,
  })
  await audit(trx, ctx, {
    action: 'comment.added',
    entityType: 'agreement_comment',
    entityId: String(id),
    regionCode,
    after: { agreementId: input.agreementId, parentId: input.parentId, body: input.body, mentioned: mentioned.map((m) => m.id) },
  })
  const mentionedIds = mentioned.map((m) => m.id)
  await notifyMentioned(trx, { ...ctx, actor }, { record: agreementRef(agreement), commentKey: `comment:${id}`, body: input.body, userIds: mentionedIds })
  // The mentioned hear it once, as a mention; the creator, earlier commenters and co-authors as a comment.
  await notifyCommentAdded(trx, { ...ctx, actor }, { agreement, commentId: id, body: input.body, skipUserIds: mentionedIds })
  return { id, mentioned: mentioned.map((m) => m.name) }
}

/** A region editor (or its VNG adviser) sets the level of one NvO agreement; history kept, audited. */
export async function setNvoLevel(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof SetNvoLevelSchema>) {
  const region = await getRegion(trx, input.regionSlug)
  const allowed =
    may(ctx.actor, { action: 'edit', regionCode: region.code }) || may(ctx.actor, { action: 'score_levels', regionCode: region.code })
  if (!allowed) throw new DomainError('FORBIDDEN', 'U heeft geen toegang tot deze gegevens.')
  const actor = requireActor(ctx)
  const version = await saveNvoLevel(trx, {
    regionCode: region.code,
    nvoAgreement: input.nvoAgreement,
    level: input.level,
    explanation: input.explanation,
    version: input.version,
    authorLabel: actor.name,
    now: ctx.now,
  })
  if (version === undefined) {
    const levels = await listNvoLevels(trx, { regionCode: region.code })
    throw staleEdit('dit niveau', levels.find((l) => l.nvoAgreement === input.nvoAgreement))
  }
  await audit(trx, ctx, {
    action: 'nvo_level.set',
    entityType: 'nvo_level',
    entityId: `${region.code}/${input.nvoAgreement}`,
    regionCode: region.code,
    after: { level: input.level, explanation: input.explanation },
  })
  return { version }
}
