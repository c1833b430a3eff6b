import { claimDueMails, markMailFailed, markMailSent, type DB, type Kysely } from '@bt/db'

/** One mail ready to hand to SMTP. */
export interface OutgoingMail {
  to: string
  subject: string
  text: string
}

/** Sends one mail or throws (SMTP refused, unreachable, …). */
export type MailSender = (mail: OutgoingMail) => Promise<void>

/** A worker holds a claimed mail this long before another may try it (a crashed worker). */
const LEASE_SECONDS = 300
/** Retries wait 1, 2, 4 … minutes, never longer than an hour: a mail is retried until it is sent. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 60)
}

/**
 * Job: send the outbox's due mails through `send`. Each mail is claimed by exactly one worker; a
 * failure records the error and schedules the next attempt, so the mail stays visible until sent.
 */
export async function deliverDueMails(
  db: Kysely<DB>,
  params: { send: MailSender; publicUrl: string; now: () => Date; batchSize?: number },
): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 }
  for (;;) {
    const batch = await claimDueMails(db, { now: params.now(), limit: params.batchSize ?? 20, leaseSeconds: LEASE_SECONDS })
    if (batch.length === 0) return result
    for (const mail of batch) {
      try {
        await params.send({ to: mail.toAddress, subject: mail.subject, text: `${mail.body}\n\n${params.publicUrl}${mail.link}\n` })
        await markMailSent(db, { id: mail.id, now: params.now() })
        result.sent += 1
      } catch (error) {
        const retryAt = new Date(params.now().getTime() + retryDelayMinutes(mail.attempts) * 60_000)
        await markMailFailed(db, { id: mail.id, error: describeSendError(error), retryAt })
        result.failed += 1
      }
    }
  }
}

/** The SMTP server's answer, short enough for the outbox page; never a stack trace. */
function describeSendError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.slice(0, 500)
}
