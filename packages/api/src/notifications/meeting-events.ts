import { listRegionSlugs, type DB, type Transaction } from '@bt/db'
import { regionDraftReaders } from '../services/collaboration/readers.ts'
import { excerptOf } from './collaboration-events.ts'
import { notify } from './notify.ts'

// Notifications of a closed meeting (issue 17): decisions to who raised the bottleneck and to the
// regions it concerns, action items to their owners. Sent when the minutes freeze, not before.

interface EventCtx {
  now: Date
  actor: { userId: string; name: string }
}

/**
 * A decision on a bottleneck: the users of each region it concerns (linking to their region page,
 * where the decision shows) and whoever raised it (linking to the bottleneck).
 */
export async function notifyDecisionTaken(
  trx: Transaction<DB>,
  ctx: EventCtx & { today: string },
  params: {
    meeting: { id: number; title: string }
    item: { id: number; title: string; decision: string; bottleneckId: number | null }
    bottleneck: { regionCodes: string[]; raisedByUserId: string | null }
  },
) {
  const base = { meetingTitle: params.meeting.title, itemTitle: params.item.title, decisionExcerpt: excerptOf(params.item.decision) }
  const sourceKey = `decision:${params.item.id}`
  const notified: string[] = []
  if (params.bottleneck.raisedByUserId && params.bottleneck.raisedByUserId !== ctx.actor.userId) {
    notified.push(
      ...(await notify(trx, {
        kind: 'decision_taken',
        payload: { ...base, link: `/stuurgroep/knelpunten/${params.item.bottleneckId ?? ''}` },
        sourceKey,
        recipientIds: [params.bottleneck.raisedByUserId],
        now: ctx.now,
      })),
    )
  }
  const slugs = new Map((await listRegionSlugs(trx, { codes: params.bottleneck.regionCodes })).map((r) => [r.code, r.slug]))
  for (const regionCode of params.bottleneck.regionCodes) {
    const slug = slugs.get(regionCode)
    if (!slug) continue
    const readers = await regionDraftReaders(trx, { regionCode, today: ctx.today })
    notified.push(
      ...(await notify(trx, {
        kind: 'decision_taken',
        payload: { ...base, link: `/regio/${slug}#besluiten` },
        sourceKey,
        recipientIds: readers.map((r) => r.id).filter((id) => id !== ctx.actor.userId),
        now: ctx.now,
      })),
    )
  }
  return notified
}

/** Each action item's owner: what, from which meeting, by when. */
export async function notifyActionItemsAssigned(
  trx: Transaction<DB>,
  ctx: EventCtx,
  params: { meeting: { id: number; title: string }; actions: readonly { id: number; description: string; ownerUserId: string; dueDate: string }[] },
) {
  for (const action of params.actions) {
    await notify(trx, {
      kind: 'action_item_assigned',
      payload: { meetingTitle: params.meeting.title, actionText: excerptOf(action.description), dueDate: action.dueDate, assignedByLabel: ctx.actor.name, link: '/mijn-werk#taak-actiepunten' },
      sourceKey: `action:${action.id}`,
      recipientIds: action.ownerUserId === ctx.actor.userId ? [] : [action.ownerUserId],
      now: ctx.now,
    })
  }
}
