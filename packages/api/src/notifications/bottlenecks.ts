import { listActiveUserIdsWithRole, type DB, type Transaction } from '@bt/db'
import { notify } from './notify.ts'

// Notifications of the bottleneck register (issue 16): a new bottleneck tells the steering group; an
// assignment tells the new owner. Sent inside the transaction that made the change.

interface EventCtx {
  now: Date
  actor: { userId: string; name: string }
}

interface BottleneckEvent {
  bottleneckId: number
  title: string
  actorLabel: string
}

/** A new bottleneck: tell every active steering member except whoever raised it. */
export async function notifyBottleneckRaised(trx: Transaction<DB>, ctx: EventCtx, event: BottleneckEvent) {
  const recipientIds = await listActiveUserIdsWithRole(trx, { role: 'steering_member', exceptUserId: ctx.actor.userId })
  return notify(trx, { kind: 'bottleneck_raised', payload: event, sourceKey: `bottleneck:${event.bottleneckId}`, recipientIds, now: ctx.now })
}

/** An owner assigned: tell them, unless they assigned themselves. Once per owner per bottleneck. */
export async function notifyBottleneckAssigned(trx: Transaction<DB>, ctx: EventCtx, event: BottleneckEvent & { ownerUserId: string }) {
  const { ownerUserId, ...payload } = event
  if (ownerUserId === ctx.actor.userId) return []
  return notify(trx, {
    kind: 'bottleneck_assigned',
    payload,
    sourceKey: `bottleneck:${event.bottleneckId}:owner:${ownerUserId}`,
    recipientIds: [ownerUserId],
    now: ctx.now,
  })
}
