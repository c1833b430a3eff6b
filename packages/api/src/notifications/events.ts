import type { DB, Transaction } from '@bt/db'
import { notify } from './notify.ts'
import { agreementParticipants, regionEditorIds } from './recipients.ts'

interface EventCtx {
  now: Date
  today: string
  actor: { userId: string; name: string }
}

const EXCERPT_LENGTH = 140

/**
 * A new comment: tell the agreement's creator, earlier commenters and co-authors (not the writer, nor
 * `skipUserIds`: those the comment mentions, who are told as such).
 */
export async function notifyCommentAdded(
  trx: Transaction<DB>,
  ctx: EventCtx,
  params: {
    agreement: { id: number; title: string; regionCode: string; regionSlug: string }
    commentId: number
    body: string
    skipUserIds?: readonly string[]
  },
) {
  const participants = await agreementParticipants(trx, {
    agreementId: params.agreement.id,
    regionCode: params.agreement.regionCode,
    exceptUserId: ctx.actor.userId,
    today: ctx.today,
  })
  const skip = new Set(params.skipUserIds ?? [])
  const recipientIds = participants.filter((id) => !skip.has(id))
  const excerpt = params.body.length > EXCERPT_LENGTH ? `${params.body.slice(0, EXCERPT_LENGTH - 1)}…` : params.body
  return notify(trx, {
    kind: 'comment_added',
    payload: {
      agreementId: params.agreement.id,
      agreementTitle: params.agreement.title,
      regionSlug: params.agreement.regionSlug,
      commentId: params.commentId,
      authorLabel: ctx.actor.name,
      excerpt,
    },
    sourceKey: `comment:${params.commentId}`,
    recipientIds,
    now: ctx.now,
  })
}

/** A signatory confirmed a council adoption: tell the region's editors. */
export async function notifyAdoptionConfirmed(
  trx: Transaction<DB>,
  ctx: EventCtx,
  params: { adoption: { id: number; regionCode: string; regionSlug: string; municipalityName: string; versionNumber: number } },
) {
  const recipientIds = await regionEditorIds(trx, { regionCode: params.adoption.regionCode })
  return notify(trx, {
    kind: 'adoption_confirmed',
    payload: {
      adoptionId: params.adoption.id,
      regionSlug: params.adoption.regionSlug,
      municipalityName: params.adoption.municipalityName,
      versionNumber: params.adoption.versionNumber,
      confirmedByLabel: ctx.actor.name,
    },
    sourceKey: `adoption:${params.adoption.id}`,
    recipientIds: recipientIds.filter((id) => id !== ctx.actor.userId),
    now: ctx.now,
  })
}
