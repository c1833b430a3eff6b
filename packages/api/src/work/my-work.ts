import { countUnreadNotifications, listNotifications, type DB, type Kysely } from '@bt/db'
import { describeNotification, isNotificationKind } from '@bt/domain'
import type { Context } from '../context.ts'
import { requireActor } from '../services/guards.ts'
import { TASK_PROVIDERS } from './providers/index.ts'

const NOTIFICATIONS_SHOWN = 50

/** The signed-in person's notifications as DTOs: text and link rendered from their kind. */
export async function listMyNotifications(db: Kysely<DB>, ctx: Pick<Context, 'actor'>, params: { unreadOnly: boolean }) {
  const actor = requireActor(ctx)
  const [rows, unread] = await Promise.all([
    listNotifications(db, { userId: actor.userId, unreadOnly: params.unreadOnly, limit: NOTIFICATIONS_SHOWN }),
    countUnreadNotifications(db, { userId: actor.userId }),
  ])
  const items = rows.flatMap((row) =>
    isNotificationKind(row.kind)
      ? [{ id: row.id, kind: row.kind, ...describeNotification(row.kind, row.payload), createdAt: row.createdAt, read: row.readAt !== null }]
      : [],
  )
  return { unread, items }
}

/** "Mijn werk": unread notifications and the tasks every provider has for this person. */
export async function getMyWork(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'today'>) {
  const actor = requireActor(ctx)
  const notifications = await listMyNotifications(db, ctx, { unreadOnly: true })
  const sections = []
  for (const provider of TASK_PROVIDERS) sections.push(...(await provider({ db, actor, today: ctx.today })))
  return { name: actor.name, notifications, sections }
}
