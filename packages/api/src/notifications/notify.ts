import { insertMails, insertNotifications, listMailChoices, markNotificationsForDigest, type DB, type Transaction } from '@bt/db'
import {
  DEFAULT_MAIL_DELIVERY,
  NOTIFICATION_KINDS,
  describeNotification,
  type NotificationKind,
  type NotificationPayload,
} from '@bt/domain'

/** One event to tell people about: its kind, its facts, what caused it, and who should hear. */
export interface NotifyParams<K extends NotificationKind> {
  kind: K
  payload: NotificationPayload<K>
  /** What caused it ('comment:42'); the same source never notifies the same person twice. */
  sourceKey: string
  recipientIds: readonly string[]
  now: Date
}

/**
 * Notify people inside the caller's transaction: a notification for each (read on "Mijn werk"), and
 * for a mailable kind a mail in the outbox for those who want it at once, or a mark for their daily
 * digest. The event and its mails commit together, so none is lost. Returns the notified user ids.
 */
export async function notify<K extends NotificationKind>(trx: Transaction<DB>, params: NotifyParams<K>): Promise<string[]> {
  const definition = NOTIFICATION_KINDS[params.kind]
  const { text, link } = describeNotification(params.kind, params.payload)
  const created = await insertNotifications(trx, {
    userIds: [...new Set(params.recipientIds)],
    kind: params.kind,
    payload: params.payload,
    sourceKey: params.sourceKey,
    now: params.now,
  })
  if (!definition.mailable || created.length === 0) return created.map((c) => c.userId)
  const choices = await listMailChoices(trx, { userIds: created.map((c) => c.userId), kind: params.kind })
  const deliveryOf = new Map(choices.map((c) => [c.userId, { email: c.email, delivery: c.delivery ?? DEFAULT_MAIL_DELIVERY }]))
  const immediate = created.filter((c) => deliveryOf.get(c.userId)?.delivery === 'immediate')
  await insertMails(trx, {
    mails: immediate.map((c) => ({
      recipientUserId: c.userId,
      toAddress: deliveryOf.get(c.userId)?.email ?? '',
      subject: text,
      body: `${text}.\n\nU ontvangt deze mail omdat u meldingen van het soort “${definition.label}” direct per mail ontvangt. U kunt dat wijzigen onder Mijn werk, Meldingen per mail.`,
      link,
      kind: params.kind,
    })),
    now: params.now,
  })
  await markNotificationsForDigest(trx, { ids: created.filter((c) => deliveryOf.get(c.userId)?.delivery === 'digest').map((c) => c.id) })
  return created.map((c) => c.userId)
}
