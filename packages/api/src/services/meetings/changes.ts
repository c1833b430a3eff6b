import {
  deleteMeetingItem,
  findMeetingItem,
  findMeetingOfMoment,
  insertActionItem,
  insertDecisionMoment,
  insertMeeting,
  insertMeetingItem,
  isClosedMinutesViolation,
  isUniqueViolation,
  listDecisionMoments,
  listMeetingPeople,
  moveMeetingItem,
  recordItemOutcomeIfVersion,
  replaceMeetingParticipants,
  touchMeetingIfVersion,
  type DB,
  type Transaction,
} from '@bt/db'
import {
  CLOSED_MINUTES_MESSAGE,
  DomainError,
  type AddActionItemSchema,
  type AddAgendaItemSchema,
  type CreateMeetingInput,
  type MoveAgendaItemSchema,
  type RecordOutcomeSchema,
  type RemoveAgendaItemSchema,
  type SetParticipantsSchema,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireMeetingManager } from './access.ts'
import { moveBottleneck } from './bottleneck-path.ts'
import { getMeetingRow } from './read.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

function closed(): DomainError {
  return new DomainError('INVALID', CLOSED_MINUTES_MESSAGE, { fieldErrors: { _form: [CLOSED_MINUTES_MESSAGE] } })
}

/** Turn the database's refusal of a change to closed minutes (a race with closing) into its message. */
export async function guardClosedMinutes<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    throw isClosedMinutesViolation(error) ? closed() : error
  })
}

/** The meeting, if it is still planned and the editor saw its current version; bumps that version. */
async function openMeetingForEdit(trx: Transaction<DB>, ctx: Ctx, params: { meetingId: number; version: number }) {
  const actor = requireMeetingManager(ctx.actor)
  const meeting = await getMeetingRow(trx, params.meetingId)
  if (meeting.state === 'closed') throw closed()
  const version = await touchMeetingIfVersion(trx, { id: meeting.id, version: params.version, actorLabel: actor.name, now: ctx.now })
  if (version === undefined) {
    throw new DomainError('CONFLICT', `Het overleg “${meeting.title}” is intussen door ${meeting.updatedByLabel} gewijzigd. Bekijk de actuele agenda en probeer het opnieuw.`)
  }
  return { meeting, actor, version }
}

async function checkPeople(trx: Transaction<DB>, userIds: readonly string[], field: string, message: string) {
  const people = new Set((await listMeetingPeople(trx)).map((p) => p.id))
  if (userIds.some((id) => !people.has(id))) throw new DomainError('INVALID', message, { fieldErrors: { [field]: [message] } })
}

/** A BO's decision moment on its date: the existing one, or a new one (one date, one record). */
async function momentFor(trx: Transaction<DB>, ctx: Ctx, input: CreateMeetingInput, actorLabel: string) {
  const existing = (await listDecisionMoments(trx)).find((m) => m.momentDate === input.meetingDate)
  if (existing) {
    if (await findMeetingOfMoment(trx, { decisionMomentId: existing.id })) {
      const message = `Er is al een Bestuurlijk Overleg op ${input.meetingDate}.`
      throw new DomainError('CONFLICT', message, { fieldErrors: { meetingDate: [message] } })
    }
    return existing.id
  }
  const moment = await insertDecisionMoment(trx, { momentDate: input.meetingDate, label: input.title, createdByLabel: actorLabel })
  await audit(trx, ctx, { action: 'decision_moment.added', entityType: 'decision_moment', entityId: String(moment.id), after: moment })
  return moment.id
}

/** Plan a meeting; a BO is (or becomes) the decision moment on its date. Audited. */
export async function createMeeting(trx: Transaction<DB>, ctx: Ctx, input: CreateMeetingInput) {
  const actor = requireMeetingManager(ctx.actor)
  await checkPeople(trx, input.participantIds, 'participantIds', 'Kies deelnemers uit de lijst.')
  const decisionMomentId = input.kind === 'bo' ? await momentFor(trx, ctx, input, actor.name) : null
  const id = await insertMeeting(trx, { kind: input.kind, title: input.title, meetingDate: input.meetingDate, decisionMomentId, actorLabel: actor.name, now: ctx.now }).catch(
    (error: unknown) => {
      if (!isUniqueViolation(error)) throw error
      throw new DomainError('CONFLICT', `Er is al een Bestuurlijk Overleg op ${input.meetingDate}.`, { fieldErrors: { meetingDate: ['Er is al een Bestuurlijk Overleg op deze datum.'] } })
    },
  )
  await replaceMeetingParticipants(trx, { meetingId: id, userIds: input.participantIds })
  await audit(trx, ctx, { action: 'meeting.created', entityType: 'meeting', entityId: String(id), after: { ...input, decisionMomentId } })
  return { id }
}

/** Set a planned meeting's participants. */
export async function setParticipants(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof SetParticipantsSchema>) {
  return guardClosedMinutes(async () => {
    const { meeting, version } = await openMeetingForEdit(trx, ctx, input)
    await checkPeople(trx, input.participantIds, 'participantIds', 'Kies deelnemers uit de lijst.')
    await replaceMeetingParticipants(trx, { meetingId: meeting.id, userIds: input.participantIds })
    await audit(trx, ctx, { action: 'meeting.participants_set', entityType: 'meeting', entityId: String(meeting.id), after: { participantIds: input.participantIds } })
    return { version }
  })
}

/** Put a bottleneck (which becomes "geagendeerd") or a free item at the end of the agenda. */
export async function addAgendaItem(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof AddAgendaItemSchema>) {
  return guardClosedMinutes(async () => {
    const { meeting, version } = await openMeetingForEdit(trx, ctx, input)
    let title = input.title
    if (input.bottleneckId !== null) {
      const moved = await moveBottleneck(trx, ctx, { bottleneckId: input.bottleneckId, to: 'scheduled', reason: `Geagendeerd voor ${meeting.title}` })
      title = title || moved.title
    }
    const item = await insertMeetingItem(trx, { meetingId: meeting.id, bottleneckId: input.bottleneckId, title, description: input.description }).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error
      const message = 'Dit knelpunt staat al op de agenda van dit overleg.'
      throw new DomainError('INVALID', message, { fieldErrors: { bottleneckId: [message] } })
    })
    await audit(trx, ctx, { action: 'meeting.item_added', entityType: 'meeting', entityId: String(meeting.id), after: { ...item, title, bottleneckId: input.bottleneckId } })
    return { ...item, version }
  })
}

async function itemOf(trx: Transaction<DB>, meetingId: number, itemId: number) {
  const item = await findMeetingItem(trx, { id: itemId })
  if (!item || item.meetingId !== meetingId) throw new DomainError('NOT_FOUND', `Agendapunt ${itemId} hoort niet bij dit overleg.`)
  return item
}

/** Move an item up or down; the numbers follow. */
export async function moveAgendaItem(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof MoveAgendaItemSchema>) {
  return guardClosedMinutes(async () => {
    const { meeting, version } = await openMeetingForEdit(trx, ctx, input)
    await itemOf(trx, meeting.id, input.itemId)
    await moveMeetingItem(trx, { meetingId: meeting.id, id: input.itemId, direction: input.direction })
    await audit(trx, ctx, { action: 'meeting.item_moved', entityType: 'meeting', entityId: String(meeting.id), after: input })
    return { version }
  })
}

/** Take an item off the agenda; its bottleneck goes back to "in behandeling". */
export async function removeAgendaItem(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof RemoveAgendaItemSchema>) {
  return guardClosedMinutes(async () => {
    const { meeting, version } = await openMeetingForEdit(trx, ctx, input)
    const item = await itemOf(trx, meeting.id, input.itemId)
    await deleteMeetingItem(trx, { id: item.id, meetingId: meeting.id })
    if (item.bottleneckId !== null) {
      await moveBottleneck(trx, ctx, { bottleneckId: item.bottleneckId, to: 'in_progress', reason: `Van de agenda van ${meeting.title} gehaald` })
    }
    await audit(trx, ctx, { action: 'meeting.item_removed', entityType: 'meeting', entityId: String(meeting.id), before: item })
    return { version }
  })
}

/** The manager, an agenda item and its meeting, when the meeting is not closed yet. */
async function openItemForEdit(trx: Transaction<DB>, ctx: Ctx, itemId: number) {
  const actor = requireMeetingManager(ctx.actor)
  const item = await findMeetingItem(trx, { id: itemId })
  if (!item) throw new DomainError('NOT_FOUND', `Agendapunt ${itemId} bestaat niet.`)
  const meeting = await getMeetingRow(trx, item.meetingId)
  if (meeting.state === 'closed') throw closed()
  return { actor, item, meeting }
}

/** Record an item's outcome and decision text (the item's own version guards it). */
export async function recordOutcome(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof RecordOutcomeSchema>) {
  return guardClosedMinutes(async () => {
    const { actor, item } = await openItemForEdit(trx, ctx, input.itemId)
    const version = await recordItemOutcomeIfVersion(trx, { id: item.id, version: input.version, outcome: input.outcome, decision: input.decision, actorLabel: actor.name, now: ctx.now })
    if (version === undefined) {
      throw new DomainError('CONFLICT', `Het besluit bij “${item.title}” is intussen door iemand anders gewijzigd.`, { current: { decision: item.decision, outcome: item.outcome, version: item.version } })
    }
    await audit(trx, ctx, { action: 'meeting.outcome_recorded', entityType: 'meeting_item', entityId: String(item.id), before: { outcome: item.outcome, decision: item.decision }, after: { outcome: input.outcome, decision: input.decision } })
    return { version }
  })
}

/** Add an action item with its owner and due date under an agenda item. */
export async function addActionItem(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof AddActionItemSchema>) {
  return guardClosedMinutes(async () => {
    const { actor, item, meeting } = await openItemForEdit(trx, ctx, input.itemId)
    await checkPeople(trx, [input.ownerUserId], 'ownerUserId', 'Kies als eigenaar iemand uit de lijst.')
    const id = await insertActionItem(trx, { meetingId: meeting.id, meetingItemId: item.id, description: input.description, ownerUserId: input.ownerUserId, dueDate: input.dueDate, actorLabel: actor.name, now: ctx.now })
    await audit(trx, ctx, { action: 'meeting.action_added', entityType: 'meeting_action_item', entityId: String(id), after: input })
    return { id }
  })
}
