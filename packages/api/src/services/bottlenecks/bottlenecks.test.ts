import { fieldErrorsFromZod } from '@bt/domain'
import { TRPCError } from '@trpc/server'
import { sql } from 'kysely'
import { ZodError } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

// TEST_NOW is 2 March 2026. Zwolle is GM0193 (the region users' region), Groningen GM0014.
const FIELDS = {
  title: 'Te weinig crisisplekken',
  description: 'De regio heeft te weinig crisisplekken voor de doelgroep.',
  buildingBlocks: ['national_agreements'],
  regionCodes: ['GM0193'],
  severity: 4,
  likelihood: 3,
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error
    const cause = error.cause as { details?: { fieldErrors?: Record<string, string[]> } } | undefined
    const fieldErrors = error.cause instanceof ZodError ? fieldErrorsFromZod(error.cause) : (cause?.details?.fieldErrors ?? {})
    return { code: error.code, message: error.message, fieldErrors }
  }
  throw new Error('expected a failure')
}

describe('the bottleneck register', () => {
  it('refuses an unknown owner and a past due date with specific Dutch messages, and stores nothing', async () => {
    const steering = api.callerAs('steering_member').bottleneck
    const before = (await steering.list({})).items.length
    const bad = await failure(steering.create({ fields: { ...FIELDS, ownerUserId: 'onbekend', dueDate: '2026-03-01' }, signalId: null }))
    expect(bad.code).toBe('BAD_REQUEST')
    expect(bad.fieldErrors.ownerUserId?.[0]).toMatch(/^Deze eigenaar bestaat niet/)
    expect(bad.fieldErrors.dueDate).toEqual(['Een nieuwe streefdatum ligt niet in het verleden. Kies vandaag (2026-03-02) of later.'])
    expect((await steering.list({})).items).toHaveLength(before)
  })

  it('keeps an overdue bottleneck editable: an unchanged past due date passes, a changed one does not', async () => {
    const steering = api.callerAs('steering_member').bottleneck
    const analystId = api.actors.vng_analyst?.userId ?? ''
    const created = await steering.create({ fields: { ...FIELDS, ownerUserId: analystId, dueDate: '2026-03-10' }, signalId: null })
    // Time passes: the due date is now behind us (written directly, as the calendar would).
    await api.db.updateTable('bottleneck').set({ dueDate: '2026-02-20' }).where('id', '=', created.id).execute()
    const saved = await steering.update({ id: created.id, version: created.version, fields: { ...FIELDS, title: 'Te weinig crisisplekken in de regio', ownerUserId: analystId, dueDate: '2026-02-20' } })
    expect(saved.version).toBe(created.version + 1)
    const moved = await failure(steering.update({ id: created.id, version: saved.version, fields: { ...FIELDS, ownerUserId: analystId, dueDate: '2026-02-25' } }))
    expect(moved.fieldErrors.dueDate?.[0]).toMatch(/ligt niet in het verleden/)
    const detail = await steering.get({ id: created.id })
    expect(detail.bottleneck.overdue).toBe(true)
    expect(detail.events.map((e) => e.event)).toEqual(['created', 'updated'])
    expect(detail.events[1]?.changes).toEqual({ title: { before: FIELDS.title, after: 'Te weinig crisisplekken in de regio' } })
  })

  it('moves along the transition table, refuses a forbidden change in Dutch, and answers a stale save with the current version', async () => {
    const steering = api.callerAs('steering_member').bottleneck
    const created = await steering.create({ fields: FIELDS, signalId: null })
    const forbidden = await failure(steering.changeState({ id: created.id, version: created.version, to: 'decided' }))
    expect(forbidden.message).toBe('Een knelpunt met status "Gemeld" kan niet naar "Besloten". Mogelijk: "In behandeling" of "Vervallen".')
    const moved = await steering.changeState({ id: created.id, version: created.version, to: 'in_progress' })
    const stale = await failure(api.callerAs('vng_analyst').bottleneck.update({ id: created.id, version: created.version, fields: { ...FIELDS, title: 'Mijn versie' } }))
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toMatch(/^Iemand anders heeft dit knelpunt intussen gewijzigd/)
    const dropped = await failure(steering.changeState({ id: created.id, version: moved.version, to: 'dropped', reason: '' }))
    expect(dropped.fieldErrors.reason).toEqual(['Geef aan waarom het knelpunt vervalt (minstens 5 tekens).'])
    await steering.changeState({ id: created.id, version: moved.version, to: 'dropped', reason: 'Opgelost door landelijke afspraak.' })
    const detail = await steering.get({ id: created.id })
    expect(detail.bottleneck).toMatchObject({ state: 'dropped', stateReason: 'Opgelost door landelijke afspraak.', title: FIELDS.title })
    expect(detail.nextStates).toEqual([])
  })

  it('shows a region what concerns it and what it raised, nothing of other regions; anonymous gets counts only', async () => {
    const groningen = await api.callerAs('other_region_editor').bottleneck.create({ fields: { ...FIELDS, title: 'Groningse wachtlijst', regionCodes: [] }, signalId: null })
    const national = await api.callerAs('steering_member').bottleneck.create({ fields: { ...FIELDS, title: 'Alleen Groningen', regionCodes: ['GM0014'] }, signalId: null })
    const zwolle = await api.callerAs('region_viewer').bottleneck.list({})
    expect(zwolle.items.every((b) => b.regionCodes.includes('GM0193'))).toBe(true)
    expect(zwolle.items.map((b) => b.id)).not.toContain(national.id)
    expect(zwolle.canManage).toBe(false)
    const own = await api.callerAs('other_region_editor').bottleneck.get({ id: groningen.id })
    expect(own.bottleneck.regionCodes).toEqual(['GM0014'])
    expect((await failure(api.callerAs('region_editor').bottleneck.get({ id: groningen.id }))).code).toBe('NOT_FOUND')
    const other = await failure(api.callerAs('other_region_editor').bottleneck.create({ fields: { ...FIELDS, regionCodes: ['GM0193'] }, signalId: null }))
    expect(other.fieldErrors.regionCodes).toEqual(['U meldt een knelpunt alleen voor uw eigen regio.'])
    const counts = await api.callerAs('anonymous').bottleneck.counts()
    expect(Object.keys(counts[0] ?? {}).sort()).toEqual(['buildingBlock', 'count', 'state'])
    expect(counts.find((c) => c.buildingBlock === 'national_agreements' && c.state === 'reported')?.count).toBeGreaterThan(0)
    expect((await failure(api.callerAs('region_viewer').bottleneck.changeState({ id: groningen.id, version: 1, to: 'in_progress' }))).code).toBe('FORBIDDEN')
  })

  it('notifies the steering group of a new bottleneck and the owner of an assignment', async () => {
    const analyst = api.callerAs('vng_analyst').bottleneck
    const steeringId = api.actors.steering_member?.userId ?? ''
    const created = await analyst.create({ fields: { ...FIELDS, title: 'Melding voor de stuurgroep', ownerUserId: steeringId }, signalId: null })
    const rows = await api.db.selectFrom('notification').select(['kind', 'userId']).where('sourceKey', 'like', `bottleneck:${created.id}%`).execute()
    expect(rows).toContainEqual({ kind: 'bottleneck_raised', userId: steeringId })
    expect(rows).toContainEqual({ kind: 'bottleneck_assigned', userId: steeringId })
    const work = await api.callerAs('steering_member').work.mine()
    const desk = work.sections.find((s) => s.key === 'steering-desk')
    expect(desk?.items.some((i) => i.label === 'Melding voor de stuurgroep (eigenaar: u)')).toBe(true)
  })
})

describe('the desk', () => {
  /** Move a bottleneck's creation (and its events) to another moment: the columns are not updatable through Kysely's types. */
  const createdAt = async (id: number, at: Date) => {
    await sql`update bottleneck set created_at = ${at} where id = ${id}`.execute(api.db)
    await sql`update bottleneck_event set occurred_at = ${at} where bottleneck_id = ${id}`.execute(api.db)
  }

  it('compares with the last steering group meeting by default, from midnight in Amsterdam', async () => {
    const steering = api.callerAs('steering_member').bottleneck
    // No meeting held yet: 30 days back.
    const before = await steering.desk({})
    expect(before).toMatchObject({ since: '2026-01-31', sinceMeeting: null })
    const meeting = (title: string, meetingDate: string, kind: 'steering' | 'bo' = 'steering') =>
      api.db.insertInto('meeting').values({ kind, title, meetingDate, createdByLabel: 'Test', updatedByLabel: 'Test' }).returning('id').executeTakeFirstOrThrow()
    const held = await meeting('Stuurgroep februari', '2026-02-10')
    await meeting('Stuurgroep januari', '2026-01-20')
    await meeting('Stuurgroep vandaag', '2026-03-02') // today's meeting: the desk prepares it, so it compares with the one before
    const late = await steering.create({ fields: { ...FIELDS, title: 'Gemeld om 00:30 op de vergaderdag' }, signalId: null })
    const early = await steering.create({ fields: { ...FIELDS, title: 'Gemeld om 23:30 de avond ervoor' }, signalId: null })
    // 00:30 and 23:30 in Amsterdam (CET, UTC+1) around the meeting's day.
    await createdAt(late.id, new Date('2026-02-09T23:30:00Z'))
    await createdAt(early.id, new Date('2026-02-09T22:30:00Z'))
    const desk = await steering.desk({})
    expect(desk.since).toBe('2026-02-10')
    expect(desk.sinceMeeting).toEqual({ id: held.id, title: 'Stuurgroep februari', meetingDate: '2026-02-10' })
    const fresh = desk.newBottlenecks.map((b) => b.id)
    expect(fresh).toContain(late.id)
    expect(fresh).not.toContain(early.id)
    expect(desk.changes.map((c) => c.bottleneckId)).not.toContain(early.id)
    // A date the member chooses wins, and names no meeting.
    const chosen = await steering.desk({ since: '2026-02-09' })
    expect(chosen.sinceMeeting).toBeNull()
    expect(chosen.newBottlenecks.map((b) => b.id)).toContain(early.id)
    // In summer Amsterdam runs two hours ahead: 00:30 on 1 August is 22:30 UTC on 31 July.
    await createdAt(late.id, new Date('2026-07-31T22:30:00Z'))
    expect((await steering.desk({ since: '2026-08-01' })).newBottlenecks.map((b) => b.id)).toEqual([late.id])
  })
})

describe('signals', () => {
  it('computes signals from published records, promotes one with its evidence, and closes it when its cause goes', async () => {
    const editor = api.callerAs('region_editor').agreement
    const draft = await editor.create({
      regionSlug: 'zwolle',
      fields: { title: 'Crisisbedden regelen', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'], plannedDate: '2026-01-15', stage: 'vastgesteld' },
    })
    const steering = api.callerAs('steering_member')
    await steering.signal.recompute()
    // A draft is not read: no overdue signal yet.
    expect((await steering.signal.list({})).filter((s) => s.kind === 'agreement_overdue')).toEqual([])
    await editor.publish({ id: draft.id, version: draft.version })
    const result = await steering.signal.recompute()
    expect(result.opened).toBeGreaterThan(0)
    const overdue = (await steering.signal.list({})).find((s) => s.dedupeKey === `agreement_overdue:${draft.id}`)
    expect(overdue?.evidence).toMatchObject({ agreementId: draft.id, dueDate: '2026-01-15', daysOverdue: 46 })
    expect((await steering.signal.list({})).some((s) => s.kind === 'condition_uncovered' && s.regionCode === 'GM0193')).toBe(true)

    const promoted = await steering.bottleneck.create({ fields: { ...FIELDS, title: 'Crisisbedden te laat' }, signalId: overdue?.id ?? 0 })
    const detail = await steering.bottleneck.get({ id: promoted.id })
    expect(detail.bottleneck.evidence).toMatchObject({ signal: { id: overdue?.id, kind: 'agreement_overdue' }, evidence: { agreementId: draft.id } })
    expect(detail.signals.map((s) => s.id)).toEqual([overdue?.id])

    // The agreement lapses: the cause goes, the signal closes, its history stays.
    const current = await editor.get({ id: draft.id })
    const updated = await editor.update({
      id: draft.id,
      version: current.version ?? 0,
      fields: { title: 'Crisisbedden regelen', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'], plannedDate: '2026-01-15', stage: 'vervallen', stageReason: 'Opgegaan in een landelijke afspraak.' },
    })
    await editor.publish({ id: draft.id, version: updated.version })
    expect((await steering.signal.recompute()).closed).toBeGreaterThan(0)
    const closed = await steering.signal.get({ id: overdue?.id ?? 0 })
    expect(closed.signal.closedAt).not.toBeNull()
    expect(closed.events.map((e) => e.event)).toEqual(['opened', 'closed'])
    expect(closed.bottlenecks.map((b) => b.id)).toEqual([promoted.id])
  })

  it('reads the latest edition: a region not submitted after the due date, and one that disputed items', async () => {
    const edition = await api.db
      .insertInto('edition')
      .values({ key: '2025-H2', label: 'Editie 2025-H2', referenceDate: '2025-12-31', windowOpens: '2026-01-05', windowCloses: '2026-01-31', dueDate: '2026-02-01', openedByLabel: 'Test' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await api.db.insertInto('editionRegion').values([{ editionId: edition.id, regionCode: 'GM0193', state: 'draft' }, { editionId: edition.id, regionCode: 'GM0014', state: 'confirmed', picture: '{}', pictureTakenAt: new Date() }]).execute()
    await api.db.insertInto('editionDispute').values({ editionId: edition.id, regionCode: 'GM0014', itemKey: 'nvo.access', itemLabel: 'NvO-niveau toegang', reason: 'Het niveau is 3.', authorLabel: 'Greet' }).execute()
    const steering = api.callerAs('steering_member').signal
    await steering.recompute()
    const keys = (await steering.list({})).map((s) => s.dedupeKey)
    expect(keys).toContain('edition_not_reported:2025-H2:GM0193')
    expect(keys).toContain('edition_disputed:2025-H2:GM0014')
    expect(keys).not.toContain('edition_not_reported:2025-H2:GM0014')
    await api.db.updateTable('editionRegion').set({ state: 'submitted', picture: '{}', pictureTakenAt: new Date() }).where('regionCode', '=', 'GM0193').execute()
    expect((await steering.recompute()).closed).toBeGreaterThan(0)
    expect((await steering.list({})).map((s) => s.dedupeKey)).not.toContain('edition_not_reported:2025-H2:GM0193')
  })

  it('lets an analyst change the thresholds (audited) and refuses a stale save', async () => {
    const analyst = api.callerAs('vng_analyst').signal
    const current = await analyst.thresholds()
    const thresholds = { ...current.thresholds, agreementDelayDays: 30 }
    const saved = await analyst.saveThresholds({ thresholds, version: current.version })
    expect((await analyst.thresholds()).thresholds.agreementDelayDays).toBe(30)
    expect((await failure(analyst.saveThresholds({ thresholds, version: current.version }))).code).toBe('CONFLICT')
    const audit = await api.db.selectFrom('auditLog').select(['action']).where('action', '=', 'signal_thresholds.saved').execute()
    expect(audit).toHaveLength(1)
    expect(saved.version).toBe(current.version + 1)
  })
})
