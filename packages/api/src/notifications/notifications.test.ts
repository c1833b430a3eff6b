import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../testing.ts'
import { sendDailyDigests } from './digest.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
const FIELDS = { title: 'Crisisopvang', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] }

beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

async function outboxFor(userId: string) {
  return api.db.selectFrom('mailMessage').select(['toAddress', 'subject', 'body', 'link', 'kind', 'status']).where('recipientUserId', '=', userId).execute()
}

function userId(who: 'region_editor' | 'region_viewer' | 'vng_adviser' | 'municipality_signatory' | 'admin') {
  const actor = api.actors[who]
  if (!actor) throw new Error(`no actor ${who}`)
  return actor.userId
}

describe('a new comment', () => {
  it("notifies the agreement's creator and earlier commenters, never the writer, and queues their mail", async () => {
    const agreement = await api.callerAs('region_editor').agreement.create({ regionSlug: 'zwolle', fields: FIELDS })
    await api.callerAs('region_viewer').agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Wie betaalt dit?' })
    const reply = await api.callerAs('vng_adviser').agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Zie de regiovisie.' })

    const editorInbox = await api.callerAs('region_editor').notification.list()
    const texts = editorInbox.items.map((n) => n.text)
    expect(texts).toContain(`${api.actors.region_viewer?.name} reageerde op de afspraak “Crisisopvang”`)
    expect(texts.filter((t) => t.includes('Crisisopvang'))).toHaveLength(2)
    const viewerInbox = await api.callerAs('region_viewer').notification.list()
    expect(viewerInbox.items.map((n) => n.link)).toEqual([`/regio/zwolle/afspraken/${agreement.id}#reactie-${reply.id}`])
    expect((await api.callerAs('vng_adviser').notification.list()).items).toHaveLength(0)

    const mails = await outboxFor(userId('region_editor'))
    expect(mails).toHaveLength(2)
    expect(mails[0]).toMatchObject({ toAddress: 'redacteur.zwolle@demo.example', kind: 'comment_added', status: 'pending' })
    expect(mails[0]?.link).toMatch(new RegExp(`^/regio/zwolle/afspraken/${agreement.id}#reactie-`))
  })

  it('sends no mail for a kind the person turned off, but still shows it on Mijn werk', async () => {
    const viewer = api.callerAs('region_viewer').notification
    await viewer.saveSettings({ userId: userId('region_viewer'), settings: [{ kind: 'comment_added', delivery: 'off' }] })
    const agreement = await api.callerAs('region_editor').agreement.create({ regionSlug: 'zwolle', fields: FIELDS })
    await api.callerAs('region_viewer').agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Eerste.' })
    const before = (await outboxFor(userId('region_viewer'))).length
    await api.callerAs('region_editor').agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Tweede.' })
    expect(await outboxFor(userId('region_viewer'))).toHaveLength(before)
    const work = await api.callerAs('region_viewer').work.mine()
    expect(work.notifications.items.some((n) => n.link.startsWith(`/regio/zwolle/afspraken/${agreement.id}#`))).toBe(true)
    expect((await viewer.settings()).kinds.find((k) => k.kind === 'comment_added')?.delivery).toBe('off')
    await viewer.saveSettings({ userId: userId('region_viewer'), settings: [{ kind: 'comment_added', delivery: 'immediate' }] })
  })

  it('collects notifications for a daily digest into one mail, once', async () => {
    const adviser = api.callerAs('vng_adviser')
    await adviser.notification.saveSettings({ userId: userId('vng_adviser'), settings: [{ kind: 'comment_added', delivery: 'digest' }] })
    const agreement = await api.callerAs('region_editor').agreement.create({ regionSlug: 'zwolle', fields: FIELDS })
    await adviser.agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Een vraag.' })
    await api.callerAs('region_editor').agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Antwoord één.' })
    await api.callerAs('region_viewer').agreement.addComment({ agreementId: agreement.id, parentId: null, body: 'Antwoord twee.' })
    expect(await outboxFor(userId('vng_adviser'))).toHaveLength(0)

    const morning = new Date('2026-03-03T07:30:00Z')
    const [first, second] = await Promise.all([sendDailyDigests(api.db, { now: morning }), sendDailyDigests(api.db, { now: morning })])
    expect(first.mails + second.mails).toBe(1)
    const digest = await outboxFor(userId('vng_adviser'))
    expect(digest).toHaveLength(1)
    expect(digest[0]).toMatchObject({ kind: 'digest', subject: 'Uw dagelijkse overzicht: 2 meldingen', link: '/mijn-werk' })
    expect(await sendDailyDigests(api.db, { now: new Date('2026-03-03T08:30:00Z') })).toEqual({ mails: 0 })
    await adviser.notification.saveSettings({ userId: userId('vng_adviser'), settings: [{ kind: 'comment_added', delivery: 'immediate' }] })
  })
})

describe('a confirmed adoption', () => {
  it("notifies the region's editors and the signatory's Mijn werk lists it until confirmed", async () => {
    const plan = api.callerAs('region_editor').plan
    const vision = await plan.addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie 2026', documentDate: '2026-01-15' })
    const adoption = await plan.recordAdoption({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0166',
      visionVersionId: vision.id,
      decisionDate: '2026-02-01',
      decisionUrl: 'https://kampen.example/besluit',
    })
    const signatory = api.callerAs('municipality_signatory')
    const before = await signatory.work.mine()
    const items = before.sections.flatMap((s) => s.items.map((i) => i.label))
    expect(items.some((l) => l.startsWith('Bevestig de vaststelling van regiovisie'))).toBe(true)

    await signatory.plan.confirmAdoption({ adoptionId: adoption.id })
    const after = await signatory.work.mine()
    expect(after.sections.flatMap((s) => s.items.map((i) => i.label)).some((l) => l.startsWith('Bevestig'))).toBe(false)
    const editorTexts = (await api.callerAs('region_editor').notification.list()).items.map((n) => n.text)
    expect(editorTexts.some((t) => t.includes('bevestigde de vaststelling van regiovisie') && t.includes('Kampen'))).toBe(true)
    const mails = await outboxFor(userId('region_editor'))
    expect(mails.some((m) => m.kind === 'adoption_confirmed')).toBe(true)
  })
})

describe('bad input', () => {
  async function codeOf(call: Promise<unknown>) {
    try {
      await call
      return 'OK'
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error
      return `${error.code}: ${error.message}`
    }
  }

  it('refuses an unknown notification kind with a message naming it', async () => {
    const result = await codeOf(
      api.callerAs('region_editor').notification.saveSettings({ userId: userId('region_editor'), settings: [{ kind: 'lunch_ready', delivery: 'off' }] }),
    )
    expect(result).toMatch(/^BAD_REQUEST/)
    expect(result).toContain('Onbekend soort melding: lunch_ready.')
  })

  it("refuses to change another person's settings", async () => {
    const result = await codeOf(
      api.callerAs('region_editor').notification.saveSettings({ userId: userId('region_viewer'), settings: [{ kind: 'comment_added', delivery: 'off' }] }),
    )
    expect(result).toBe('FORBIDDEN: U kunt alleen uw eigen meldingsinstellingen wijzigen.')
  })

  it("cannot mark another person's notification read", async () => {
    const [theirs] = (await api.callerAs('region_editor').notification.list()).items
    expect(theirs).toBeDefined()
    const result = await codeOf(api.callerAs('region_viewer').notification.markRead({ ids: [theirs?.id ?? 0] }))
    expect(result).toBe('NOT_FOUND: Deze melding bestaat niet of is niet voor u.')
    expect((await api.callerAs('region_editor').notification.list()).items.find((n) => n.id === theirs?.id)?.read).toBe(false)
  })

  it('marks all of one person’s notifications read', async () => {
    const editor = api.callerAs('region_editor').notification
    expect((await editor.list()).unread).toBeGreaterThan(0)
    await editor.markRead({})
    expect((await editor.list()).unread).toBe(0)
  })
})
