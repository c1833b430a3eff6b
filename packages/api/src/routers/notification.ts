import { MarkNotificationsReadSchema, SaveMailSettingsSchema } from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { getMailSettings, markMyNotificationsRead, saveMailSettings } from '../notifications/settings.ts'
import { procedure } from '../trpc.ts'
import { getMyWork, listMyNotifications } from '../work/my-work.ts'

// Everything here acts on the signed-in person's own notifications and settings only.
const signedIn = procedure.meta({ allow: 'signed-in' })

export const notificationRouter = {
  /** The latest notifications, read and unread. */
  list: signedIn.query(({ ctx }) => listMyNotifications(ctx.db, ctx, { unreadOnly: false })),
  markRead: signedIn.input(MarkNotificationsReadSchema).mutation(({ ctx, input }) => markMyNotificationsRead(ctx.db, ctx, input)),
  settings: signedIn.query(({ ctx }) => getMailSettings(ctx.db, ctx)),
  saveSettings: signedIn.input(SaveMailSettingsSchema).mutation(({ ctx, input }) => saveMailSettings(ctx.db, ctx, input)),
} satisfies TRPCRouterRecord

export const workRouter = {
  /** "Mijn werk": unread notifications and each role's tasks. */
  mine: signedIn.query(({ ctx }) => getMyWork(ctx.db, ctx)),
} satisfies TRPCRouterRecord
