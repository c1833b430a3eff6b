import { closeMeetingIfVersion, findActionItem, listMeetingActionItems, listMeetingItems, markActionItemDone, type DB, type Transaction } from '@bt/db'
import { DomainError, type CloseMeetingSchema, type MarkActionDoneSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { notifyActionItemsAssigned, notifyDecisionTaken } from '../../notifications/meeting-events.ts'
import { audit } from '../audit.ts'
import { requireActor } from '../guards.ts'
import { mayManageMeetings, requireMeetingManager } from './access.ts'
import { moveBottleneck } from './bottleneck-path.ts'
import { guardClosedMinutes } from './changes.ts'
import { getMeetingRow } from './read.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

/**
 * Close a meeting: every item must be decided or deferred first. Its minutes then freeze (the database
 * refuses any later change), decided bottlenecks become "besloten", deferred ones go back to "in
 * behandeling", and the people concerned are told: who raised a decided bottleneck and the users of
 * the regions it concerns, and each action item's owner.
 */
export async function closeMeeting(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof CloseMeetingSchema>) {
  return guardClosedMinutes(async () => {
    const actor = requireMeetingManager(ctx.actor)
    const meeting = await getMeetingRow(trx, input.meetingId)
    if (meeting.state === 'closed') throw new DomainError('INVALID', 'Dit overleg is al gesloten; de notulen liggen vast.')
    const items = await listMeetingItems(trx, { meetingId: meeting.id })
    const open = items.filter((i) => i.outcome === 'open')
    if (open.length > 0) {
      const names = open.map((i) => `${items.indexOf(i) + 1}. “${i.title}”`).join(', ')
      const message = `Het overleg kan nog niet worden gesloten: leg bij ${open.length === 1 ? 'agendapunt' : 'de agendapunten'} ${names} een besluit vast of stel ${open.length === 1 ? 'het' : 'ze'} uit.`
      throw new DomainError('INVALID', message, { fieldErrors: { _form: [message] } })
    }
    for (const item of items) {
      if (item.bottleneckId === null) continue
      const decided = item.outcome === 'decided'
      const reason = decided ? `Besloten in ${meeting.title}: ${item.decision}` : `Uitgesteld in ${meeting.title}`
      const moved = await moveBottleneck(trx, ctx, { bottleneckId: item.bottleneckId, to: decided ? 'decided' : 'in_progress', reason })
      if (decided) {
        await notifyDecisionTaken(trx, { now: ctx.now, today: ctx.today, actor }, { meeting, item, bottleneck: moved })
      }
    }
    const version = await closeMeetingIfVersion(trx, { id: meeting.id, version: input.version, actorLabel: actor.name, now: ctx.now })
    if (version === undefined) {
      throw new DomainError('CONFLICT', `Het overleg “${meeting.title}” is intussen door ${meeting.updatedByLabel} gewijzigd. Bekijk de actuele notulen en sluit het opnieuw.`)
    }
    const actions = await listMeetingActionItems(trx, { meetingId: meeting.id })
    await notifyActionItemsAssigned(trx, { now: ctx.now, actor }, { meeting, actions })
    await audit(trx, ctx, {
      action: 'meeting.closed',
      entityType: 'meeting',
      entityId: String(meeting.id),
      after: { decided: items.filter((i) => i.outcome === 'decided').length, deferred: items.filter((i) => i.outcome === 'deferred').length },
    })
    return { version }
  })
}

/** The owner (or a steering member) marks an action item done; allowed after the meeting closed. */
export async function markActionDone(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof MarkActionDoneSchema>) {
  const actor = requireActor(ctx)
  const row = await findActionItem(trx, { id: input.actionItemId })
  if (!row) throw new DomainError('NOT_FOUND', `Actiepunt ${input.actionItemId} bestaat niet.`)
  if (row.ownerUserId !== actor.userId && !mayManageMeetings(actor)) throw new DomainError('FORBIDDEN', 'Alleen de eigenaar van het actiepunt kan het afronden.')
  if (row.doneAt !== null) return { done: true }
  await markActionItemDone(trx, { id: row.id, now: ctx.now })
  await audit(trx, ctx, { action: 'meeting.action_done', entityType: 'meeting_action_item', entityId: String(row.id) })
  return { done: true }
}
