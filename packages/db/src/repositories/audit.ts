import type { Kysely } from 'kysely'
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

/** The most recent audit entries across the installation (administrators). */
export async function listRecentAuditEntries(db: Kysely<DB>, params: { limit: number }) {
  return db
    .selectFrom('auditLog')
    .select(['id', 'occurredAt', 'actorLabel', 'action', 'entityType', 'entityId', 'regionCode'])
    .orderBy('id', 'desc')
    .limit(params.limit)
    .execute()
}
