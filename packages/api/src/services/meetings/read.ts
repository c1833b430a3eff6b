import {
  findMeeting,
  listBottlenecks,
  listMeetingActionItems,
  listMeetingItems,
  listMeetingParticipants,
  listMeetingPeople,
  listMeetings,
  type DB,
  type Kysely,
} from '@bt/db'
import { DomainError, MEETING_KIND_LABELS } from '@bt/domain'
import type { Context } from '../../context.ts'
import { mayManageMeetings, mayReadMeetings } from './access.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

function requireReader(ctx: Ctx) {
  if (!mayReadMeetings(ctx.actor)) throw new DomainError('FORBIDDEN', 'U heeft geen toegang tot de overleggen van de stuurgroep.')
}

/** Every meeting with its kind's label and counts, newest first. */
export async function listMeetingsFor(db: Kysely<DB>, ctx: Ctx) {
  requireReader(ctx)
  const meetings = await listMeetings(db)
  return {
    meetings: meetings.map((m) => ({ ...m, kindLabel: MEETING_KIND_LABELS[m.kind], itemCount: Number(m.itemCount ?? 0), decisionCount: Number(m.decisionCount ?? 0) })),
    canManage: mayManageMeetings(ctx.actor),
  }
}

/** The meeting with this id, or NOT_FOUND. */
export async function getMeetingRow(db: Kysely<DB>, id: number) {
  const meeting = await findMeeting(db, { id })
  if (!meeting) throw new DomainError('NOT_FOUND', `Overleg ${id} bestaat niet.`)
  return meeting
}

/**
 * One meeting as its page, the agenda and the minutes show it: participants, the numbered agenda
 * with decisions and action items, and for a manager of a planned meeting what can still be added.
 */
export async function getMeeting(db: Kysely<DB>, ctx: Ctx, input: { id: number }) {
  requireReader(ctx)
  const meeting = await getMeetingRow(db, input.id)
  const [participants, items, actions] = await Promise.all([
    listMeetingParticipants(db, { meetingId: meeting.id }),
    listMeetingItems(db, { meetingId: meeting.id }),
    listMeetingActionItems(db, { meetingId: meeting.id }),
  ])
  const canEdit = meeting.state === 'planned' && mayManageMeetings(ctx.actor)
  const onAgenda = new Set(items.flatMap((i) => (i.bottleneckId === null ? [] : [i.bottleneckId])))
  const [people, register] = canEdit ? await Promise.all([listMeetingPeople(db), listBottlenecks(db, { scope: { all: true }, filter: {} })]) : [[], []]
  return {
    meeting: { ...meeting, kindLabel: MEETING_KIND_LABELS[meeting.kind] },
    participants,
    items: items.map((item, index) => ({
      ...item,
      number: index + 1,
      actions: actions.filter((a) => a.meetingItemId === item.id).map((a) => ({ ...a, overdue: a.doneAt === null && a.dueDate < ctx.today })),
    })),
    canEdit,
    people,
    // Open bottlenecks that are not on this agenda yet.
    candidates: register
      .filter((b) => !onAgenda.has(b.id) && ['reported', 'in_progress', 'scheduled', 'decided'].includes(b.state))
      .map((b) => ({ id: b.id, title: b.title, state: b.state })),
  }
}
