import { sql, type Kysely } from 'kysely'
import type { DB } from '../schema.ts'

export interface AuditEntry {
  actorUserId: string | null
  actorLabel: string
  action: string
  entityType: string
  entityId: string
  regionCode?: string | null
  before?: unknown
  after?: unknown
  requestId?: string | null
}

/** Append one row to the audit log; call it inside the transaction that made the change. */
export async function writeAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      actorUserId: entry.actorUserId,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      regionCode: entry.regionCode ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      requestId: entry.requestId ?? null,
    })
    .execute()
}

/** The audit trail of one entity, newest first. */
export async function listAuditEntries(db: Kysely<DB>, params: { entityType: string; entityId: string }) {
  return db
    .selectFrom('auditLog')
    .select(['id', 'occurredAt', 'actorLabel', 'action', 'before', 'after'])
    .where('entityType', '=', params.entityType)
    .where('entityId', '=', params.entityId)
    .orderBy('occurredAt', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

/** The change history of one region (all entity types), newest first. */
export async function listRegionAuditEntries(db: Kysely<DB>, params: { regionCode: string; limit: number }) {
  return db
    .selectFrom('auditLog')
    .select(['id', 'occurredAt', 'actorLabel', 'action', 'entityType', 'entityId', 'before', 'after'])
    .where('regionCode', '=', params.regionCode)
    .orderBy('occurredAt', 'desc')
    .orderBy('id', 'desc')
    .limit(params.limit)
    .execute()
}

export interface AuditPageQuery {
  /** Only this region's entries (a region's logboek); absent for the whole installation. */
  regionCode?: string
  entityType?: string
  /** Part of the actor's name, case-insensitive. */
  actor?: string
  /** Amsterdam calendar days, inclusive. */
  from?: string
  until?: string
  /** Keyset paging: entries older than this id. */
  before?: number
  limit: number
}

/** One page of the audit log, newest first, with whether an older page exists. */
export async function listAuditPage(db: Kysely<DB>, q: AuditPageQuery) {
  let query = db
    .selectFrom('auditLog')
    .select(['id', 'occurredAt', 'actorLabel', 'action', 'entityType', 'entityId', 'regionCode', 'before', 'after'])
  if (q.regionCode !== undefined) query = query.where('regionCode', '=', q.regionCode)
  if (q.entityType !== undefined) query = query.where('entityType', '=', q.entityType)
  if (q.actor !== undefined) query = query.where('actorLabel', 'ilike', `%${escapeLike(q.actor)}%`)
  if (q.from !== undefined) {
    query = query.where('occurredAt', '>=', sql<Date>`(${q.from}::date)::timestamp at time zone 'Europe/Amsterdam'`)
  }
  if (q.until !== undefined) {
    query = query.where('occurredAt', '<', sql<Date>`(${q.until}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`)
  }
  if (q.before !== undefined) query = query.where('id', '<', q.before)
  // ids grow with time (one sequence), so they order the log and page it without gaps
  const rows = await query.orderBy('id', 'desc').limit(q.limit + 1).execute()
  return { entries: rows.slice(0, q.limit), hasOlder: rows.length > q.limit }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
