// One page of a logbook: the entries in Dutch, each naming its record with a link and showing what
// changed. The admin log and a region's logboek read the same way; only their scope differs.
import { listAuditPage, type DB, type Kysely } from '@bt/db'
import { AUDIT_PAGE_SIZE, auditActionLabel, type AuditLogFilter } from '@bt/domain'
import { auditChanges, type FieldChange } from './changes.ts'
import { describeSubjects, type AuditSubject } from './subjects.ts'

export interface LogbookEntry {
  id: number
  occurredAt: Date
  actorLabel: string
  /** The stored action key ("agreement.published"), for filters and tests. */
  action: string
  /** Its Dutch label. */
  actionLabel: string
  subject: AuditSubject
  changes: FieldChange[]
}

export interface LogbookPage {
  entries: LogbookEntry[]
  /** The `before` for the next (older) page, or null on the last page. */
  olderBefore: number | null
}

export async function readLogbook(
  db: Kysely<DB>,
  filter: AuditLogFilter & { regionCode?: string },
): Promise<LogbookPage> {
  const { entries, hasOlder } = await listAuditPage(db, { ...filter, limit: AUDIT_PAGE_SIZE })
  const subjects = await describeSubjects(db, entries)
  const rows = entries.map((e, i) => ({
    id: e.id,
    occurredAt: e.occurredAt,
    actorLabel: e.actorLabel,
    action: e.action,
    actionLabel: auditActionLabel(e.action),
    subject: subjects[i] ?? { label: e.entityType, href: null },
    changes: auditChanges(e.before, e.after),
  }))
  const last = rows.at(-1)
  return { entries: rows, olderBefore: hasOlder && last ? last.id : null }
}
