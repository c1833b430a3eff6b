import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isClosedMinutesViolation } from '../../errors.ts'
import { createTestDb, type TestDb } from '../../testing/index.ts'
import { insertBottleneck } from '../bottlenecks/bottlenecks.ts'
import { insertDecisionMoment } from '../progress/decision-moments.ts'
import { countDecisionsByBlock, listDecisions } from './decisions.ts'
import {
  insertActionItem,
  insertMeetingItem,
  listMeetingActionItems,
  listMeetingItems,
  markActionItemDone,
  moveMeetingItem,
  recordItemOutcomeIfVersion,
} from './items.ts'
import { closeMeetingIfVersion, insertMeeting, replaceMeetingParticipants } from './meetings.ts'

let t: TestDb
let userId = ''
beforeAll(async () => {
  t = await createTestDb()
  userId = 'meeting-test-user'
  await t.db.insertInto('appUser').values({ id: userId, email: 'vergadering@test.example', name: 'Vera Vergadering' }).execute()
})
afterAll(() => t.close())

const now = new Date('2026-04-01T10:00:00Z')

async function failure(change: () => Promise<unknown>) {
  try {
    await change()
  } catch (error) {
    return error
  }
  return undefined
}

async function bottleneck(title: string) {
  return t.db.transaction().execute((trx) =>
    insertBottleneck(trx, {
      content: {
        title,
        description: 'Beschrijving',
        buildingBlocks: ['regional_cooperation'],
        regionCodes: ['GM0193'],
        severity: 3,
        likelihood: 3,
        ownerUserId: null,
        dueDate: null,
        agreementIds: [],
        indicatorKeys: [],
      },
      signalIds: [],
      sourceSignalId: null,
      evidence: null,
      raisedByUserId: null,
      raisedByLabel: 'Test',
      raisedByRegionCode: null,
      now,
    }),
  )
}

describe('meetings', () => {
  it('number the agenda, keep a decided item with its text, and refuse a decision without one', async () => {
    const meetingId = await t.db.transaction().execute((trx) =>
      insertMeeting(trx, { kind: 'steering', title: 'Stuurgroep april', meetingDate: '2026-04-01', decisionMomentId: null, actorLabel: 'T', now }),
    )
    const first = await t.db.transaction().execute((trx) => insertMeetingItem(trx, { meetingId, bottleneckId: null, title: 'Opening', description: '' }))
    const second = await t.db.transaction().execute((trx) => insertMeetingItem(trx, { meetingId, bottleneckId: null, title: 'Rondvraag', description: '' }))
    expect([first.position, second.position]).toEqual([1, 2])
    await t.db.transaction().execute((trx) => moveMeetingItem(trx, { meetingId, id: second.id, direction: 'up' }))
    expect((await listMeetingItems(t.db, { meetingId })).map((i) => i.title)).toEqual(['Rondvraag', 'Opening'])
    const empty = await failure(() =>
      t.db.transaction().execute((trx) => recordItemOutcomeIfVersion(trx, { id: first.id, version: 1, outcome: 'decided', decision: '  ', actorLabel: 'T', now })),
    )
    expect(empty).toMatchObject({ code: '23514' })
  })

  it('refuse every change to a closed meeting, its participants, items and action items, except marking an action done', async () => {
    const { id: bottleneckId } = await bottleneck('Wachtlijsten')
    const moment = await insertDecisionMoment(t.db, { momentDate: '2026-05-01', label: 'BO mei 2026', createdByLabel: 'T' })
    const meetingId = await t.db.transaction().execute((trx) =>
      insertMeeting(trx, { kind: 'bo', title: 'BO mei', meetingDate: '2026-05-01', decisionMomentId: moment.id, actorLabel: 'T', now }),
    )
    const item = await t.db.transaction().execute(async (trx) => {
      await replaceMeetingParticipants(trx, { meetingId, userIds: [userId] })
      const added = await insertMeetingItem(trx, { meetingId, bottleneckId, title: 'Wachtlijsten', description: '' })
      await recordItemOutcomeIfVersion(trx, { id: added.id, version: 1, outcome: 'decided', decision: 'Extra middelen.', actorLabel: 'T', now })
      await insertActionItem(trx, { meetingId, meetingItemId: added.id, description: 'Brief sturen', ownerUserId: userId, dueDate: '2026-05-15', actorLabel: 'T', now })
      return added
    })
    expect(await t.db.transaction().execute((trx) => closeMeetingIfVersion(trx, { id: meetingId, version: 1, actorLabel: 'T', now }))).toBe(2)

    const refused = [
      () => t.db.updateTable('meeting').set({ title: 'Anders' }).where('id', '=', meetingId).execute(),
      () => t.db.updateTable('meeting').set({ state: 'planned', closedAt: null }).where('id', '=', meetingId).execute(),
      () => t.db.deleteFrom('meeting').where('id', '=', meetingId).execute(),
      () => t.db.updateTable('meetingItem').set({ decision: 'Toch niet.' }).where('id', '=', item.id).execute(),
      () => t.db.deleteFrom('meetingItem').where('id', '=', item.id).execute(),
      () => t.db.insertInto('meetingItem').values({ meetingId, position: 9, bottleneckId: null, title: 'Nagekomen' }).execute(),
      () => t.db.deleteFrom('meetingParticipant').where('meetingId', '=', meetingId).execute(),
      () => t.db.updateTable('meetingActionItem').set({ dueDate: '2026-12-31' }).where('meetingId', '=', meetingId).execute(),
      () => t.db.insertInto('meetingActionItem').values({ meetingId, meetingItemId: item.id, description: 'Nog een', ownerUserId: userId, dueDate: '2026-06-01', createdByLabel: 'T' }).execute(),
      // Even plain SQL, as any client would send it.
      () => sql`update meeting_item set outcome = 'deferred' where meeting_id = ${meetingId}`.execute(t.db),
    ]
    for (const change of refused) {
      const error = await failure(change)
      expect(isClosedMinutesViolation(error), String(change)).toBe(true)
    }
    expect((await listMeetingItems(t.db, { meetingId }))[0]).toMatchObject({ outcome: 'decided', decision: 'Extra middelen.' })

    const [action] = await listMeetingActionItems(t.db, { meetingId })
    expect(await t.db.transaction().execute((trx) => markActionItemDone(trx, { id: action?.id ?? 0, now }))).toBe(true)
    expect((await listMeetingActionItems(t.db, { meetingId }))[0]?.doneAt).not.toBeNull()

    expect((await listDecisions(t.db, { regionCode: 'GM0193' })).map((d) => d.title)).toContain('Wachtlijsten')
    expect(await listDecisions(t.db, { regionCode: 'GM0014' })).toEqual([])
    expect(await countDecisionsByBlock(t.db)).toContainEqual({ buildingBlock: 'regional_cooperation', count: 1 })
  })

  it('keep one meeting per decision moment', async () => {
    const moment = await insertDecisionMoment(t.db, { momentDate: '2026-06-01', label: 'BO juni 2026', createdByLabel: 'T' })
    const add = () =>
      t.db.transaction().execute((trx) => insertMeeting(trx, { kind: 'bo', title: 'BO juni', meetingDate: '2026-06-01', decisionMomentId: moment.id, actorLabel: 'T', now }))
    await add()
    expect(await failure(add)).toMatchObject({ code: '23505' })
  })
})
