import type { DB, Transaction } from '@bt/db'
import { notify } from './notify.ts'

// Notifications of working together on a record (issue 17): mentions, co-authorship, changes. The
// record is described by what the text needs ("de afspraak", its title, its link), so agreements and
// bottlenecks share these.

interface EventCtx {
  now: Date
  actor: { userId: string; name: string }
}

/** The record a notification is about. */
export interface RecordRef {
  /** Dutch noun with article: 'de afspraak', 'het knelpunt'. */
  label: string
  title: string
  link: string
  /** Unique per record ('agreement:12'), part of every source key. */
  key: string
}

const EXCERPT_LENGTH = 140

/** A text cut to the length an inbox line and a mail subject take. */
export function excerptOf(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text
}

/** Tell the people a comment mentions (never its writer). */
export async function notifyMentioned(
  trx: Transaction<DB>,
  ctx: EventCtx,
  params: { record: RecordRef; commentKey: string; body: string; userIds: readonly string[] },
) {
  return notify(trx, {
    kind: 'mentioned',
    payload: { recordLabel: params.record.label, recordTitle: params.record.title, link: params.record.link, authorLabel: ctx.actor.name, excerpt: excerptOf(params.body) },
    sourceKey: params.commentKey,
    recipientIds: params.userIds.filter((id) => id !== ctx.actor.userId),
    now: ctx.now,
  })
}

/** Tell new co-authors they were named. */
export async function notifyCoAuthorsAdded(trx: Transaction<DB>, ctx: EventCtx, params: { record: RecordRef; userIds: readonly string[] }) {
  return notify(trx, {
    kind: 'co_author_added',
    payload: { recordLabel: params.record.label, recordTitle: params.record.title, link: params.record.link, addedByLabel: ctx.actor.name },
    sourceKey: `${params.record.key}:co-author:${ctx.now.toISOString()}`,
    recipientIds: params.userIds.filter((id) => id !== ctx.actor.userId),
    now: ctx.now,
  })
}

/** Tell co-authors a record changed (`change` says how, in Dutch); the one who changed it hears nothing. */
export async function notifyRecordChanged(
  trx: Transaction<DB>,
  ctx: EventCtx,
  params: { record: RecordRef; change: string; changeKey: string; userIds: readonly string[] },
) {
  return notify(trx, {
    kind: 'record_changed',
    payload: { recordLabel: params.record.label, recordTitle: params.record.title, link: params.record.link, changedByLabel: ctx.actor.name, change: params.change },
    sourceKey: `${params.record.key}:${params.changeKey}`,
    recipientIds: params.userIds.filter((id) => id !== ctx.actor.userId),
    now: ctx.now,
  })
}
