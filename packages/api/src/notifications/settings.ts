import { countOwnNotifications, listNotificationSettings, markNotificationsRead, saveNotificationSettings, type DB, type Kysely } from '@bt/db'
import {
  DEFAULT_MAIL_DELIVERY,
  DomainError,
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_KEYS,
  type MailDelivery,
  type MarkNotificationsReadSchema,
  type SaveMailSettingsSchema,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../context.ts'
import { requireActor } from '../services/guards.ts'

type Ctx = Pick<Context, 'actor' | 'now'>

/** The signed-in person's mail choice for every kind (the default where they never chose). */
export async function getMailSettings(db: Kysely<DB>, ctx: Ctx) {
  const actor = requireActor(ctx)
  const saved = new Map((await listNotificationSettings(db, { userId: actor.userId })).map((s) => [s.kind, s.delivery]))
  return {
    userId: actor.userId,
    email: actor.email,
    kinds: NOTIFICATION_KIND_KEYS.map((kind) => {
      const definition = NOTIFICATION_KINDS[kind]
      const delivery: MailDelivery = definition.mailable ? (saved.get(kind) ?? DEFAULT_MAIL_DELIVERY) : 'off'
      return { kind, label: definition.label, recipients: definition.recipients, mailable: definition.mailable, delivery }
    }),
  }
}

/** Save the signed-in person's own mail choices; anyone else's are refused, a kind that is never mailed stays off. */
export async function saveMailSettings(db: Kysely<DB>, ctx: Ctx, input: z.output<typeof SaveMailSettingsSchema>) {
  const actor = requireActor(ctx)
  if (input.userId !== actor.userId) {
    throw new DomainError('FORBIDDEN', 'U kunt alleen uw eigen meldingsinstellingen wijzigen.')
  }
  const refused = input.settings.filter((s) => !NOTIFICATION_KINDS[s.kind].mailable && s.delivery !== 'off')
  if (refused.length > 0) {
    const labels = refused.map((s) => NOTIFICATION_KINDS[s.kind].label).join(', ')
    throw new DomainError('INVALID', `Deze meldingen worden nooit gemaild: ${labels}.`)
  }
  await saveNotificationSettings(db, { userId: actor.userId, settings: input.settings, now: ctx.now })
  return getMailSettings(db, ctx)
}

/** Mark the signed-in person's notifications read: the given ones, or all. Others' ids change nothing. */
export async function markMyNotificationsRead(db: Kysely<DB>, ctx: Ctx, input: z.output<typeof MarkNotificationsReadSchema>) {
  const actor = requireActor(ctx)
  // Marking one's own read notification again is harmless; someone else's is refused plainly.
  const ids = input.ids ? [...new Set(input.ids)] : undefined
  if (ids && (await countOwnNotifications(db, { userId: actor.userId, ids })) < ids.length) {
    throw new DomainError('NOT_FOUND', 'Deze melding bestaat niet of is niet voor u.')
  }
  return { marked: await markNotificationsRead(db, { userId: actor.userId, ids, now: ctx.now }) }
}
