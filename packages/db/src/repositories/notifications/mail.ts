import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

export interface NewMail {
  recipientUserId: string | null
  toAddress: string
  subject: string
  body: string
  link: string
  /** A notification kind, or 'digest'. */
  kind: string
}

/** Put mails in the outbox; the delivery job sends them (or they wait there when SMTP is not set). */
export async function insertMails(trx: Transaction<DB>, params: { mails: readonly NewMail[]; now: Date }) {
  if (params.mails.length === 0) return
  await trx
    .insertInto('mailMessage')
    .values(params.mails.map((m) => ({ ...m, createdAt: params.now, nextAttemptAt: params.now })))
    .execute()
}

/**
 * Claim up to `limit` mails that are due (new, failed and due again, or held by a worker whose lease
 * ran out) for `leaseSeconds`, in one statement with SKIP LOCKED: concurrent workers never claim the
 * same mail. Each claim counts as an attempt.
 */
export async function claimDueMails(db: Kysely<DB>, params: { now: Date; limit: number; leaseSeconds: number }) {
  const leaseUntil = new Date(params.now.getTime() + params.leaseSeconds * 1000)
  return db
    .updateTable('mailMessage')
    .set((eb) => ({ status: 'sending', claimedUntil: leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('mailMessage')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', 'in', ['pending', 'failed']), w('nextAttemptAt', '<=', params.now)]),
            w.and([w('status', '=', 'sending'), w('claimedUntil', '<', params.now)]),
          ]),
        )
        .orderBy('id')
        .limit(params.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'toAddress', 'subject', 'body', 'link', 'attempts'])
    .execute()
}

/** Record that a claimed mail went out. */
export async function markMailSent(db: Kysely<DB>, params: { id: number; now: Date }) {
  await db
    .updateTable('mailMessage')
    .set({ status: 'sent', sentAt: params.now, claimedUntil: null, lastError: null })
    .where('id', '=', params.id)
    .execute()
}

/** Record a failed attempt; the mail is tried again from `retryAt`. */
export async function markMailFailed(db: Kysely<DB>, params: { id: number; error: string; retryAt: Date }) {
  await db
    .updateTable('mailMessage')
    .set({ status: 'failed', lastError: params.error, nextAttemptAt: params.retryAt, claimedUntil: null })
    .where('id', '=', params.id)
    .execute()
}

/** The outbox for administrators: unsent mails first, then the latest sent ones. */
export async function listMails(db: Kysely<DB>, params: { limit: number }) {
  return db
    .selectFrom('mailMessage')
    .select(['id', 'toAddress', 'subject', 'body', 'link', 'kind', 'status', 'attempts', 'lastError', 'nextAttemptAt', 'createdAt', 'sentAt'])
    .orderBy(sql`status = 'sent'`)
    .orderBy('id', 'desc')
    .limit(params.limit)
    .execute()
}

/** How many mails are not sent yet, and how many of those failed at least once. */
export async function countUnsentMails(db: Kysely<DB>) {
  const row = await db
    .selectFrom('mailMessage')
    .select((eb) => [
      eb.fn.countAll<number>().as('unsent'),
      eb.fn.count<number>('id').filterWhere('status', '=', 'failed').as('failed'),
    ])
    .where('status', '<>', 'sent')
    .executeTakeFirstOrThrow()
  return row
}
