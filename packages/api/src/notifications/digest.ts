import { insertMails, listUserAddresses, takeDigestNotifications, type DB, type Kysely } from '@bt/db'
import { describeNotification, isNotificationKind } from '@bt/domain'

/** A digest goes out from this hour (Europe/Amsterdam) on, at most once in this many hours per person. */
export const DIGEST_FROM_HOUR = 7
const DIGEST_MIN_HOURS = 20

// Made once: creating a DateTimeFormat costs about 60 µs, formatting with it under 1 µs.
const AMSTERDAM_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: 'numeric', hourCycle: 'h23' })
const amsterdamHour = (now: Date): number => Number(AMSTERDAM_HOUR.format(now))

/**
 * Job: collect each person's notifications that wait for the daily digest into one mail in the outbox.
 * Taking the notifications and writing the mail happen in one short transaction; a notification is
 * taken once, so two workers never send a digest twice. Does nothing before 07:00 Amsterdam time.
 */
export async function sendDailyDigests(db: Kysely<DB>, params: { now: Date; ignoreHour?: boolean }): Promise<{ mails: number }> {
  if (!params.ignoreHour && amsterdamHour(params.now) < DIGEST_FROM_HOUR) return { mails: 0 }
  return db.transaction().execute(async (trx) => {
    const taken = await takeDigestNotifications(trx, { now: params.now, minHours: DIGEST_MIN_HOURS })
    const byUser = new Map<string, typeof taken>()
    for (const n of taken) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n])
    if (byUser.size === 0) return { mails: 0 }
    const users = await listUserAddresses(trx, { ids: [...byUser.keys()] })
    const mails = users
      .filter((u) => u.isActive)
      .map((user) => {
        const lines = (byUser.get(user.id) ?? [])
          .flatMap((n) => (isNotificationKind(n.kind) ? [`- ${describeNotification(n.kind, n.payload).text}`] : []))
        return {
          recipientUserId: user.id,
          toAddress: user.email,
          subject: `Uw dagelijkse overzicht: ${lines.length} ${lines.length === 1 ? 'melding' : 'meldingen'}`,
          body: `Sinds het vorige overzicht:\n\n${lines.join('\n')}\n\nAlles staat ook in Mijn werk.`,
          link: '/mijn-werk',
          kind: 'digest',
        }
      })
    await insertMails(trx, { mails, now: params.now })
    return { mails: mails.length }
  })
}
