import type { ColumnType, Generated } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface NotificationTable {
  id: Generated<number>
  userId: string
  /** A kind from `@bt/domain`'s NOTIFICATION_KINDS; checked there, not by the database. */
  kind: string
  /** Written as JSON text, read as the parsed object. */
  payload: ColumnType<unknown, string, never>
  sourceKey: string
  createdAt: CreatedAt
  readAt: Timestamp | null
  digestState: 'waiting' | 'sent' | null
}

export interface NotificationSettingTable {
  userId: string
  kind: string
  delivery: 'immediate' | 'digest' | 'off'
  updatedAt: Timestamp
}

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed'

export interface MailMessageTable {
  id: Generated<number>
  recipientUserId: string | null
  toAddress: string
  subject: string
  body: string
  /** Portal path; the sender prefixes PUBLIC_URL. */
  link: string
  kind: string
  status: Generated<MailStatus>
  attempts: Generated<number>
  lastError: string | null
  nextAttemptAt: Timestamp
  claimedUntil: Timestamp | null
  createdAt: CreatedAt
  sentAt: Timestamp | null
}

/** The notification tables, part of `DB`. */
export interface NotificationTables {
  notification: NotificationTable
  notificationSetting: NotificationSettingTable
  mailMessage: MailMessageTable
}
