import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const FIELDS = {
  title: 'Tien crisisbedden in de regio',
  body: 'De regio regelt **tien** crisisbedden.',
  nvoAgreements: ['availability_continuity'],
  themes: ['care_functions'],
  conditions: ['low_threshold_access'],
  plannedDate: '2026-06-01',
}
const editor = () => api.callerAs('region_editor').agreement
const secondEditor = () => api.callerAs('region_editor').agreement

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TRPCError)
  const cause = (error as TRPCError).cause as { details?: Record<string, unknown> } | undefined
  return { code: (error as TRPCError).code, message: (error as TRPCError).message, details: cause?.details }
}

describe('agreements', () => {
  it('start as drafts that only the region and its adviser can read, until published', async () => {
    const { id, version } = await editor().create({ regionSlug: 'zwolle', fields: FIELDS })
    expect(version).toBe(1)
    expect((await api.callerAs('region_viewer').agreement.get({ id })).view).toBe('draft')
    expect((await api.callerAs('vng_adviser').agreement.get({ id })).content.title).toBe(FIELDS.title)
    expect((await failure(api.callerAs('other_region_editor').agreement.get({ id }))).code).toBe('NOT_FOUND')

    await editor().publish({ id, version })
    const other = await api.callerAs('other_region_editor').agreement.get({ id })
    expect(other).toMatchObject({ view: 'published', publishedRevision: 1, revisions: [] })
    expect(other.content.title).toBe(FIELDS.title)
  })

  it('show others the published revision, not later draft changes, until published again', async () => {
    const { id, version } = await editor().create({ regionSlug: 'zwolle', fields: FIELDS })
    await editor().publish({ id, version })
    const saved = await editor().update({ id, version, fields: { ...FIELDS, title: 'Twaalf crisisbedden' } })
    expect((await api.callerAs('vng_analyst').agreement.get({ id })).content.title).toBe(FIELDS.title)
    await editor().publish({ id, version: saved.version })
    expect((await api.callerAs('vng_analyst').agreement.get({ id })).content.title).toBe('Twaalf crisisbedden')
  })

  it('refuse a stale save with the current version, and keep the first save', async () => {
    const { id, version } = await editor().create({ regionSlug: 'zwolle', fields: FIELDS })
    await editor().update({ id, version, fields: { ...FIELDS, title: 'Eerste redacteur' } })
    const conflict = await failure(secondEditor().update({ id, version, fields: { ...FIELDS, title: 'Tweede redacteur' } }))
    expect(conflict.code).toBe('CONFLICT')
    expect(conflict.details?.current).toMatchObject({ version: 2, title: 'Eerste redacteur' })
    expect((await editor().get({ id })).content.title).toBe('Eerste redacteur')
  })

  it('follow the stage table and need a reason to lapse', async () => {
    const { id, version } = await editor().create({ regionSlug: 'zwolle', fields: FIELDS })
    const skip = await failure(editor().update({ id, version, fields: { ...FIELDS, stage: 'gerealiseerd' } }))
    expect(skip.code).toBe('BAD_REQUEST')
    expect(skip.details?.fieldErrors).toEqual({ 'fields.stage': ['Van "Concept" naar "Gerealiseerd" kan niet.'] })
    const lapse = await failure(editor().update({ id, version, fields: { ...FIELDS, stage: 'vervallen' } }))
    expect(lapse.code).toBe('BAD_REQUEST')
    const ok = await editor().update({ id, version, fields: { ...FIELDS, stage: 'vastgesteld' } })
    expect(ok.version).toBe(2)
  })

  it('record a delay with reason and new date on top of the stage, keeping the old date', async () => {
    const { id, version } = await editor().create({ regionSlug: 'zwolle', fields: { ...FIELDS, stage: 'vastgesteld' } })
    const noReason = await failure(editor().recordDelay({ id, version, reason: '', newDate: '2026-09-01' }))
    expect(noReason.code).toBe('BAD_REQUEST')
    await editor().recordDelay({ id, version, reason: 'Aanbesteding duurt langer', newDate: '2026-09-01' })
    const { content } = await editor().get({ id })
    expect(content).toMatchObject({ stage: 'vastgesteld', plannedDate: '2026-06-01', dueDate: '2026-09-01' })
    expect(content.delays).toEqual([
      expect.objectContaining({ reason: 'Aanbesteding duurt langer', previousDate: '2026-06-01', newDate: '2026-09-01' }),
    ])
  })

  it('refuse responsible municipalities from outside the region', async () => {
    const result = await failure(editor().create({ regionSlug: 'zwolle', fields: { ...FIELDS, municipalities: ['GM0166', 'GM0014'] } }))
    expect(result.details?.fieldErrors).toEqual({ 'fields.municipalities': ['Gemeente GM0014 hoort niet bij deze regio.'] })
  })

  it('keep every save as a revision and show what changed between two', async () => {
    const { id, version } = await editor().create({ regionSlug: 'zwolle', fields: FIELDS })
    await editor().update({ id, version, fields: { ...FIELDS, body: 'De regio regelt **twaalf** crisisbedden.', themes: ['care_functions', 'housing'] } })
    const { revisions } = await editor().get({ id })
    expect(revisions.map((r) => r.revision)).toEqual([2, 1])
    const diff = await api.callerAs('region_viewer').agreement.diff({ id, from: 1, to: 2 })
    expect(diff.changes.map((c) => c.field)).toEqual(['body', 'themes'])
    expect(diff.changes[0]).toMatchObject({
      kind: 'text',
      parts: expect.arrayContaining([{ kind: 'removed', text: '**tien** ' }, { kind: 'added', text: '**twaalf** ' }]),
    })
    expect((await failure(api.callerAs('other_region_editor').agreement.diff({ id, from: 1, to: 2 }))).code).toBe('FORBIDDEN')
  })

  it('store a script tag as plain text (it is rendered inert, never executed)', async () => {
    const { id } = await editor().create({ regionSlug: 'zwolle', fields: { ...FIELDS, body: '<script>alert(1)</script>' } })
    expect((await editor().get({ id })).content.body).toBe('<script>alert(1)</script>')
  })
})

describe('comments', () => {
  it('allow one level of replies', async () => {
    const { id } = await editor().create({ regionSlug: 'zwolle', fields: FIELDS })
    const first = await api.callerAs('region_viewer').agreement.addComment({ agreementId: id, parentId: null, body: 'Wie belt de corporatie?' })
    const reply = await editor().addComment({ agreementId: id, parentId: first.id, body: 'Ik.' })
    expect((await failure(editor().addComment({ agreementId: id, parentId: reply.id, body: 'Dank' }))).code).toBe('BAD_REQUEST')
    const comments = await api.callerAs('vng_adviser').agreement.comments({ agreementId: id })
    expect(comments.map((c) => [c.parentId, c.body])).toEqual([
      [null, 'Wie belt de corporatie?'],
      [first.id, 'Ik.'],
    ])
  })
})

describe('NvO levels', () => {
  it('are set with a history, and a stale level is a conflict', async () => {
    const caller = api.callerAs('region_editor').agreement
    const first = await caller.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'codesign', level: 1, explanation: 'Werkgroep', version: null })
    await caller.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'codesign', level: 2, explanation: 'Concept ligt er', version: first.version })
    expect((await failure(caller.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'codesign', level: 3, explanation: '', version: first.version }))).code).toBe('CONFLICT')
    const levels = await api.callerAs('region_viewer').region.nvoLevels({ slug: 'zwolle' })
    expect(levels.levels).toEqual([expect.objectContaining({ nvoAgreement: 'codesign', level: 2, version: 2 })])
    expect(levels.history.map((h) => h.level)).toEqual([2, 1])
    expect((await api.callerAs('other_region_editor').region.nvoLevels({ slug: 'zwolle' })).history).toEqual([])
  })
})

describe('the region overview', () => {
  it('shows drafts to the region and only published agreements to others, with white spots and filters', async () => {
    const own = await api.callerAs('region_editor').region.agreements({ slug: 'zwolle', filter: {} })
    const other = await api.callerAs('other_region_editor').region.agreements({ slug: 'zwolle', filter: {} })
    expect(own.view).toBe('draft')
    expect(other.view).toBe('published')
    expect(own.total).toBeGreaterThan(other.total)
    expect(other.agreements.every((a) => a.isPublished)).toBe(true)
    const housing = own.matrix.conditions.find((c) => c.condition === 'housing_variants')
    expect(housing?.isWhiteSpot).toBe(true)
    const filtered = await api.callerAs('region_editor').region.agreements({ slug: 'zwolle', filter: { theme: 'housing' } })
    expect(filtered.agreements.length).toBeGreaterThan(0)
    expect(filtered.agreements.every((a) => a.themes.includes('housing'))).toBe(true)
    expect(filtered.total).toBe(own.total)
  })
})
