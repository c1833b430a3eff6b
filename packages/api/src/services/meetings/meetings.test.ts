import { insertBottleneck } from '@bt/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, TEST_NOW, type Who } from '../../testing.ts'
import { seedDemoMeetings } from '../../demo/seed-meetings.ts'
import { recomputeSignals } from '../bottlenecks/signals.ts'
import { pathBetween } from './bottleneck-path.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api

beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const idOf = (who: Who) => api.idOf(who)

async function bottleneck(title: string, regionCodes: string[]) {
  const row = await api.db.transaction().execute((trx) =>
    insertBottleneck(trx, {
      content: {
        title,
        description: 'Uit de regio gemeld.',
        buildingBlocks: ['regional_cooperation'],
        regionCodes,
        severity: 4,
        likelihood: 3,
        ownerUserId: null,
        dueDate: null,
        agreementIds: [],
        indicatorKeys: [],
      },
      signalIds: [],
      sourceSignalId: null,
      evidence: null,
      raisedByUserId: idOf('region_editor'),
      raisedByLabel: 'Rik Redacteur',
      raisedByRegionCode: 'GM0193',
      now: TEST_NOW,
    }),
  )
  return row.id
}

const steering = () => api.callerAs('steering_member').meeting

describe('the path of a bottleneck through the transition table', () => {
  it('goes from gemeld to geagendeerd through in behandeling, and nowhere from opgelost', () => {
    expect(pathBetween('reported', 'scheduled')).toEqual(['in_progress', 'scheduled'])
    expect(pathBetween('scheduled', 'decided')).toEqual(['decided'])
    expect(pathBetween('resolved', 'scheduled')).toBeUndefined()
  })
})

describe('a Bestuurlijk Overleg', () => {
  it('is the decision moment of its date: one date, one record', async () => {
    const { id } = await steering().create({ kind: 'bo', title: 'BO 1 oktober 2026', meetingDate: '2026-10-01', participantIds: [] })
    const moments = await api.callerAs('vng_analyst').overview.moments()
    const moment = moments.moments.find((m) => m.momentDate === '2026-10-01')
    expect(moment?.label).toBe('BO 1 oktober 2026')
    expect((await steering().get({ id })).meeting.decisionMomentId).toBe(moment?.id)
    await expect(steering().create({ kind: 'bo', title: 'Nog een BO', meetingDate: '2026-10-01', participantIds: [] })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Er is al een Bestuurlijk Overleg op 2026-10-01.',
    })
  })
})

describe('a steering group meeting', () => {
  it('puts two bottlenecks on its agenda, records a decision and an action item, closes, and tells the region', async () => {
    const first = await bottleneck('Te weinig woonplekken', ['GM0193'])
    const second = await bottleneck('Wachtlijst crisisopvang', ['GM0193', 'GM0014'])
    const { id } = await steering().create({ kind: 'steering', title: 'Stuurgroep 15 maart', meetingDate: '2026-03-15', participantIds: [idOf('steering_member'), idOf('vng_analyst')] })
    let version = 1
    version = (await steering().addItem({ meetingId: id, version, bottleneckId: first, title: '', description: '' })).version
    version = (await steering().addItem({ meetingId: id, version, bottleneckId: second, title: '', description: '' })).version
    version = (await steering().addItem({ meetingId: id, version, bottleneckId: null, title: 'Rondvraag', description: '' })).version
    await expect(steering().addItem({ meetingId: id, version: 1, bottleneckId: null, title: 'Oud', description: '' })).rejects.toMatchObject({ code: 'CONFLICT' })

    const meeting = await steering().get({ id })
    expect(meeting.items.map((i) => [i.number, i.title, i.bottleneckState])).toEqual([
      [1, 'Te weinig woonplekken', 'scheduled'],
      [2, 'Wachtlijst crisisopvang', 'scheduled'],
      [3, 'Rondvraag', null],
    ])
    const [one, two, three] = meeting.items
    if (!one || !two || !three) throw new Error('agenda incomplete')

    await expect(steering().recordOutcome({ itemId: one.id, version: one.version, outcome: 'decided', decision: '   ' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Schrijf op wat er besloten is'),
    })
    await steering().recordOutcome({ itemId: one.id, version: one.version, outcome: 'decided', decision: 'Extra woonplekken via de regiodeal.' })
    await expect(steering().addActionItem({ itemId: one.id, description: 'Brief aan de regio', ownerUserId: '', dueDate: '2026-04-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Kies wie het actiepunt uitvoert'),
    })
    await steering().addActionItem({ itemId: one.id, description: 'Brief aan de regio', ownerUserId: idOf('vng_analyst'), dueDate: '2026-04-01' })

    await expect(steering().close({ meetingId: id, version })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('2. “Wachtlijst crisisopvang”, 3. “Rondvraag”'),
    })
    await steering().recordOutcome({ itemId: two.id, version: two.version, outcome: 'decided', decision: 'Landelijke inkoop onderzoeken.' })
    await steering().recordOutcome({ itemId: three.id, version: three.version, outcome: 'deferred', decision: '' })
    await steering().close({ meetingId: id, version })

    const states = await api.db.selectFrom('bottleneck').select(['id', 'state']).where('id', 'in', [first, second]).orderBy('id').execute()
    expect(states.map((s) => s.state)).toEqual(['decided', 'decided'])
    const history = await api.db.selectFrom('bottleneckEvent').select(['fromState', 'toState']).where('bottleneckId', '=', first).orderBy('id').execute()
    expect(history).toEqual([
      { fromState: 'reported', toState: 'in_progress' },
      { fromState: 'in_progress', toState: 'scheduled' },
      { fromState: 'scheduled', toState: 'decided' },
    ])

    // The minutes no longer change, with a Dutch message.
    await expect(steering().recordOutcome({ itemId: one.id, version: 2, outcome: 'decided', decision: 'Toch anders.' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('de notulen liggen vast'),
    })
    expect((await steering().get({ id })).items[0]?.decision).toBe('Extra woonplekken via de regiodeal.')

    // The region sees the decisions on its page and in its inbox; Groningen only the one about it.
    const zwolle = await api.callerAs('region_viewer').meeting.regionDecisions({ slug: 'zwolle' })
    expect(zwolle.map((d) => d.title)).toEqual(['Te weinig woonplekken', 'Wachtlijst crisisopvang'])
    const inbox = await api.callerAs('region_viewer').notification.list()
    expect(inbox.items.map((n) => n.text)).toContain('Besluit in “Stuurgroep 15 maart” over “Te weinig woonplekken”: Extra woonplekken via de regiodeal.')
    const groningen = await api.callerAs('other_region_editor').work.mine()
    expect(groningen.sections.find((s) => s.key === 'besluiten')?.items.map((i) => i.label)).toEqual(['Wachtlijst crisisopvang: Landelijke inkoop onderzoeken.'])

    // The action item's owner finds it on Mijn werk.
    const analyst = await api.callerAs('vng_analyst').work.mine()
    expect(analyst.sections.find((s) => s.key === 'actiepunten')?.items.map((i) => i.label)).toEqual(['Brief aan de regio'])

    // Anonymous visitors see decisions only as counts per building block.
    expect(await api.callerAs('anonymous').meeting.blockDecisions({ key: 'regional_cooperation' })).toEqual({ count: 2, decisions: null })

    // Overdue, the action item is a signal in the register; done, the signal closes.
    const openSignal = async (today: string) => {
      await recomputeSignals(api.db, { today, now: new Date(`${today}T06:00:00Z`) })
      const row = await api.db.selectFrom('signal').select(['closedAt', 'summary']).where('kind', '=', 'action_item_overdue').executeTakeFirst()
      return row && row.closedAt === null ? row.summary : null
    }
    expect(await openSignal('2026-04-01')).toBeNull()
    expect(await openSignal('2026-04-02')).toBe('Actiepunt “Brief aan de regio” (Ali Analist) uit Stuurgroep 15 maart moest klaar zijn op 2026-04-01.')
    const [action] = (await steering().get({ id })).items[0]?.actions ?? []
    await api.callerAs('vng_analyst').meeting.markActionDone({ actionItemId: action?.id ?? 0 })
    expect(await openSignal('2026-04-03')).toBeNull()
  })
})

describe('the demo meetings', () => {
  it('hold one past meeting with decisions, closed, and one coming meeting with an agenda', async () => {
    await api.db.transaction().execute((trx) => seedDemoMeetings(trx, TEST_NOW))
    const { meetings } = await api.callerAs('vng_adviser').meeting.list()
    const past = meetings.find((m) => m.title === 'Stuurgroep (demo, afgelopen)')
    const next = meetings.find((m) => m.title === 'Stuurgroep (demo, komend)')
    expect(past).toMatchObject({ state: 'closed', decisionCount: 2, meetingDate: '2026-01-31' })
    expect(next).toMatchObject({ state: 'planned', itemCount: 3, meetingDate: '2026-03-16' })
    const agenda = await api.callerAs('steering_member').meeting.get({ id: next?.id ?? 0 })
    expect(agenda.items.map((i) => [i.number, i.bottleneckState])).toEqual([
      [1, 'scheduled'],
      [2, 'scheduled'],
      [3, null],
    ])
    expect(agenda.candidates.map((c) => c.title)).toEqual(expect.arrayContaining(['Huisvesting na uitstroom ontbreekt', 'Samenwerking met zorgaanbieders stokt']))
  })
})
