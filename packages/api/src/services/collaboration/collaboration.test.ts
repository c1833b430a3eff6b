import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notifyDueItems } from '../../notifications/due-items.ts'
import { createApiTest, TEST_NOW, type Who } from '../../testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
const FIELDS = { title: 'Woonbegeleiding', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] }

beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const idOf = (who: Who) => api.idOf(who)

async function kindsFor(who: Who, kind: string) {
  return api.db.selectFrom('notification').select(['payload', 'sourceKey']).where('userId', '=', idOf(who)).where('kind', '=', kind).execute()
}

async function newAgreement(title: string) {
  return api.callerAs('region_editor').agreement.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title } })
}

describe('mentions in comments', () => {
  it("offers the region's draft readers (editors, viewer, signatory, adviser) and nobody else", async () => {
    const agreement = await newAgreement('Noemen 1')
    const names = (await api.callerAs('region_viewer').agreement.readers({ agreementId: agreement.id })).map((r) => r.name)
    expect(names).toEqual(['Ada Adviseur', 'Otto Ondertekenaar', 'Rik Redacteur', 'Roos Redacteur'])
  })

  it('notifies the mentioned colleague once, as a mention, and nobody else', async () => {
    const agreement = await newAgreement('Noemen 2')
    const roos = await roosId()
    const before = await api.db.selectFrom('notification').select('id').execute()
    const result = await api
      .callerAs('region_viewer')
      .agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Kijk jij hier even naar, @roos redacteur?' })
    expect(result.mentioned).toEqual(['Roos Redacteur'])
    const created = await api.db
      .selectFrom('notification')
      .select(['userId', 'kind'])
      .where('id', 'not in', before.length > 0 ? before.map((n) => n.id) : [0])
      .execute()
    // The creator (Rik) hears of the comment as before; Roos hears of the mention only.
    expect(created.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { userId: idOf('region_editor'), kind: 'comment_added' },
      { userId: roos, kind: 'mentioned' },
    ])
    const inbox = await api.callerAs('region_editor').notification.list()
    expect(inbox.items.some((n) => n.text.includes('noemde u'))).toBe(false)
  })

  it('refuses to mention someone who may not read the record, with a Dutch message, and stores nothing', async () => {
    const agreement = await newAgreement('Noemen 3')
    await expect(
      api.callerAs('region_editor').agreement.addComment({ agreementId: agreement.id, parentId: null, body: '@Greet Redacteur wat vind jij?' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Greet Redacteur mag deze afspraak niet lezen') })
    expect(await api.callerAs('region_editor').agreement.comments({ agreementId: agreement.id })).toEqual([])
    expect(await kindsFor('other_region_editor', 'mentioned')).toEqual([])
  })

  it('leaves an @ that names nobody as plain text', async () => {
    const agreement = await newAgreement('Noemen 4')
    const result = await api.callerAs('region_editor').agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Mail naar info@zwolle.nl of @iemand' })
    expect(result.mentioned).toEqual([])
  })
})

async function roosId() {
  const row = await api.db.selectFrom('appUser').select('id').where('email', '=', 'redacteur2.zwolle@demo.example').executeTakeFirstOrThrow()
  return row.id
}

describe('co-authors', () => {
  it('are named among the readers only, are told, and hear of changes and comments', async () => {
    const agreement = await newAgreement('Samen schrijven')
    const editor = api.callerAs('region_editor').agreement
    await expect(editor.setCoAuthors({ agreementId: agreement.id, userIds: [idOf('other_region_editor')] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Alleen wie deze afspraak mag lezen'),
    })
    expect(await editor.setCoAuthors({ agreementId: agreement.id, userIds: [idOf('vng_adviser')] })).toEqual({ added: 1, removed: 0 })
    expect((await api.callerAs('region_viewer').agreement.coAuthors({ agreementId: agreement.id })).map((c) => c.name)).toEqual(['Ada Adviseur'])
    expect((await kindsFor('vng_adviser', 'co_author_added')).some((n) => n.sourceKey.startsWith(`agreement:${agreement.id}:`))).toBe(true)

    await editor.update({ id: agreement.id, version: agreement.version, fields: { ...FIELDS, title: 'Samen schrijven (herzien)' } })
    const changed = await kindsFor('vng_adviser', 'record_changed')
    expect(changed.map((n) => n.payload)).toContainEqual(expect.objectContaining({ recordTitle: 'Samen schrijven (herzien)', change: 'afspraak gewijzigd' }))

    await api.callerAs('region_viewer').agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Akkoord.' })
    const comments = await kindsFor('vng_adviser', 'comment_added')
    expect(comments.some((n) => (n.payload as { agreementId: number }).agreementId === agreement.id)).toBe(true)

    expect(await editor.setCoAuthors({ agreementId: agreement.id, userIds: [] })).toEqual({ added: 0, removed: 1 })
  })

  it('may not be named by a viewer', async () => {
    const agreement = await newAgreement('Niet door lezers')
    await expect(api.callerAs('region_viewer').agreement.setCoAuthors({ agreementId: agreement.id, userIds: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('items coming due', () => {
  it("tells an open agreement's editors and co-authors a week ahead, once however often the job runs", async () => {
    const editor = api.callerAs('region_editor').agreement
    const due = await editor.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title: 'Bijna klaar', plannedDate: '2026-03-06' } })
    await editor.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title: 'Nog ver weg', plannedDate: '2026-06-01' } })
    await editor.setCoAuthors({ agreementId: due.id, userIds: [idOf('region_viewer')] })
    const [a, b] = await Promise.all([notifyDueItems(api.db, { now: TEST_NOW }), notifyDueItems(api.db, { now: TEST_NOW })])
    // Rik and Roos edit Zwolle's agreements; Lotte co-authors this one.
    expect(a.notified + b.notified).toBe(3)
    const mine = (who: Who) => kindsFor(who, 'item_due').then((rows) => rows.filter((r) => r.sourceKey === `agreement:${due.id}:due:2026-03-06`))
    expect(await mine('region_editor')).toHaveLength(1)
    expect(await mine('region_viewer')).toHaveLength(1)
    const inbox = await api.callerAs('region_viewer').notification.list()
    expect(inbox.items.map((n) => n.text)).toContain('De afspraak “Bijna klaar” moet klaar zijn op 6-3-2026')
    expect((await kindsFor('region_editor', 'item_due')).some((n) => (n.payload as { recordTitle: string }).recordTitle === 'Nog ver weg')).toBe(false)
  })
})

describe('mentions and co-authors on a bottleneck', () => {
  const fields = { title: 'Crisisbedden ontbreken', description: 'Te weinig crisisbedden.', buildingBlocks: ['national_agreements'], regionCodes: ['GM0193'], severity: 3, likelihood: 3 }

  it('mentions only its readers, tells the mentioned, and refuses another region’s editor', async () => {
    const { id } = await api.callerAs('steering_member').bottleneck.create({ fields, signalId: null })
    const names = (await api.callerAs('steering_member').bottleneck.readers({ bottleneckId: id })).map((r) => r.name)
    expect(names).toEqual(expect.arrayContaining(['Ada Adviseur', 'Ali Analist', 'Lotte Lezer', 'Rik Redacteur', 'Roos Redacteur']))
    expect(names).not.toContain('Greet Redacteur')
    await expect(
      api.callerAs('steering_member').bottleneck.addComment({ bottleneckId: id, body: '@Greet Redacteur, speelt dit bij jullie ook?' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Greet Redacteur mag dit knelpunt niet lezen') })
    const result = await api.callerAs('steering_member').bottleneck.addComment({ bottleneckId: id, body: '@Lotte Lezer, klopt dit beeld?' })
    expect(result.mentioned).toEqual(['Lotte Lezer'])
    const inbox = await api.callerAs('region_viewer').notification.list()
    expect(inbox.items.map((n) => n.text)).toContain('Stijn Stuurgroep noemde u in een reactie op het knelpunt “Crisisbedden ontbreken”')
  })

  it('names co-authors among its readers, who hear of changes', async () => {
    const created = await api.callerAs('steering_member').bottleneck.create({ fields: { ...fields, title: 'Samen bekijken' }, signalId: null })
    const steering = api.callerAs('steering_member').bottleneck
    await expect(steering.setCoAuthors({ bottleneckId: created.id, userIds: [idOf('other_region_editor')] })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(api.callerAs('region_viewer').bottleneck.setCoAuthors({ bottleneckId: created.id, userIds: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await steering.setCoAuthors({ bottleneckId: created.id, userIds: [idOf('vng_adviser')] })
    expect((await api.callerAs('region_viewer').bottleneck.coAuthors({ bottleneckId: created.id })).map((c) => c.name)).toEqual(['Ada Adviseur'])
    await steering.changeState({ id: created.id, version: created.version, to: 'in_progress' })
    const changed = await kindsFor('vng_adviser', 'record_changed')
    expect(changed.map((n) => n.payload)).toContainEqual(expect.objectContaining({ recordTitle: 'Samen bekijken', change: 'status in behandeling' }))
  })
})
