import { writeAudit, type DB, type Kysely } from '@bt/db'
import type { AuditAction } from '@bt/domain'
import type { Context } from '../context.ts'

/** What changed, for the audit log. */
export interface Change {
  action: AuditAction
  entityType: string
  entityId: string
  /** The region the change belongs to, so it shows in that region's history. */
  regionCode?: string | null
  before?: unknown
  after?: unknown
}

/** Append an audit row for the request's actor, inside the transaction `db` that made the change. */
export async function audit(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'requestId'>, change: Change): Promise<void> {
  await writeAudit(db, {
    ...change,
    actorUserId: ctx.actor?.userId ?? null,
    actorLabel: ctx.actor ? `${ctx.actor.name} <${ctx.actor.email}>` : 'systeem',
    requestId: ctx.requestId,
  })
}
