import type { DB, Kysely } from '@bt/db'
import type { Actor } from '@bt/auth'

/** What every procedure receives. `today` is the request's date in Europe/Amsterdam (ISO). */
export interface Context {
  db: Kysely<DB>
  actor: Actor | null
  requestId: string
  now: Date
  today: string
  /** Whether mail leaves through SMTP (else it waits in the outbox under /beheer). */
  smtpConfigured?: boolean
}

/** The ISO date of `now` on the Dutch calendar: a request at 00:30 CET belongs to that day. */
export function toAmsterdamDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now)
}

export type { Actor, RoleGrant } from '@bt/auth'
