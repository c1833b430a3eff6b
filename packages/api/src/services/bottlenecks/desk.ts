import { countOpenSignals, listBottleneckEventsSince, listBottlenecks, type DB, type Kysely } from '@bt/db'
import { OPEN_BOTTLENECK_STATES } from '@bt/domain'
import { sql } from 'kysely'
import type { Context } from '../../context.ts'
import { registerScope } from './access.ts'
import { toState } from './register.ts'

// The steering group's desk (/stuurgroep): open signals by kind and building block, new and overdue
// bottlenecks, and what changed since a date the member chooses.

const CHANGES_LIMIT = 200

/** The date the desk compares with when the member chose none: 30 days before today. */
export function defaultDeskSince(today: string): string {
  const date = new Date(`${today}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 30)
  return date.toISOString().slice(0, 10)
}

/** Everything on the desk since `since` (ISO date, start of that day in Amsterdam). */
export async function getDesk(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'today'>, input: { since?: string | undefined }) {
  const scope = registerScope(ctx.actor) ?? { all: false as const, regionCodes: [] }
  const since = input.since ?? defaultDeskSince(ctx.today)
  const sinceMoment = new Date(`${since}T00:00:00+01:00`)
  const [signalCounts, register, changes, signalChanges] = await Promise.all([
    countOpenSignals(db),
    listBottlenecks(db, { scope, filter: {} }),
    listBottleneckEventsSince(db, { scope, since: sinceMoment, limit: CHANGES_LIMIT }),
    sql<{ id: number; signalId: number; event: string; occurredAt: Date; kind: string; summary: string }>`
      select e.id, e.signal_id, e.event, e.occurred_at, s.kind, s.summary
      from signal_event e join signal s on s.id = e.signal_id
      where e.occurred_at >= ${sinceMoment} and e.event in ('opened', 'closed')
      order by e.occurred_at desc, e.id desc limit ${CHANGES_LIMIT}`.execute(db),
  ])
  const open = register.map((b) => ({ ...b, state: toState(b.state) })).filter((b) => OPEN_BOTTLENECK_STATES.includes(b.state))
  return {
    since,
    signalCounts,
    newBottlenecks: register.filter((b) => b.createdAt >= sinceMoment).map((b) => ({ ...b, state: toState(b.state) })),
    overdueBottlenecks: open.filter((b) => b.dueDate !== null && b.dueDate < ctx.today),
    changes,
    signalChanges: signalChanges.rows,
  }
}
