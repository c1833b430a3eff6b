import { countOpenSignals, findLastSteeringMeeting, listBottleneckEventsSince, listBottlenecks, listSignalChangesSince, type DB, type Kysely } from '@bt/db'
import { OPEN_BOTTLENECK_STATES } from '@bt/domain'
import { amsterdamStartOfDay, type Context } from '../../context.ts'
import { registerScope } from './access.ts'

// The steering group's desk (/stuurgroep): open signals by kind and building block, new and overdue
// bottlenecks, and what changed since a date the member chooses: by default the day of the last
// steering group meeting, so the desk shows what is new for the next one.

const CHANGES_LIMIT = 200
const FALLBACK_DAYS = 30

/** 30 days before today: the desk's date when no steering group meeting has been held yet. */
function daysBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

/**
 * Where the desk starts when the member chose no date: the day of the last steering group meeting
 * before today (what was discussed there is included: the meeting's own changes come that day), else
 * 30 days back.
 */
async function defaultSince(db: Kysely<DB>, today: string) {
  const meeting = await findLastSteeringMeeting(db, { before: today })
  return meeting ? { since: meeting.meetingDate, meeting } : { since: daysBefore(today, FALLBACK_DAYS), meeting: null }
}

/** Everything on the desk since `since` (ISO date, from 00:00 that day in Amsterdam). */
export async function getDesk(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'today'>, input: { since?: string | undefined }) {
  const scope = registerScope(ctx.actor) ?? { all: false as const, regionCodes: [] }
  const { since, meeting } = input.since === undefined ? await defaultSince(db, ctx.today) : { since: input.since, meeting: null }
  const sinceMoment = amsterdamStartOfDay(since)
  const [signalCounts, register, changes, signalChanges] = await Promise.all([
    countOpenSignals(db),
    listBottlenecks(db, { scope, filter: {} }),
    listBottleneckEventsSince(db, { scope, since: sinceMoment, limit: CHANGES_LIMIT }),
    listSignalChangesSince(db, { since: sinceMoment, limit: CHANGES_LIMIT }),
  ])
  const open = register.filter((b) => OPEN_BOTTLENECK_STATES.includes(b.state))
  return {
    since,
    /** The meeting `since` comes from when the member chose no date. */
    sinceMeeting: meeting,
    signalCounts,
    newBottlenecks: register.filter((b) => b.createdAt >= sinceMoment),
    overdueBottlenecks: open.filter((b) => b.dueDate !== null && b.dueDate < ctx.today),
    changes,
    signalChanges,
  }
}
