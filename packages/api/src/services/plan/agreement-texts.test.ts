import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

// The uitvoeringsplan's print carries each agreement's text, planning, stage and explanation
// (issue 19 item 2), tiered like every list: drafts only for the region's own readers.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const FIELDS = {
  title: 'Regionale toegang',
  body: 'Eén loket voor de hele regio.',
  nvoAgreements: ['access'],
  themes: ['access'],
  conditions: ['low_threshold_access'],
  plannedDate: '2027-01-01',
  milestones: [{ date: '2026-09-01', label: 'Loket ingericht' }],
  explanation: 'Zo houden we de toegang dichtbij.',
}

describe('the agreement texts of the print', () => {
  it("shows the published revision to readers outside the region, the working copy to the region's own", async () => {
    const editor = api.callerAs('region_editor').agreement
    const created = await editor.create({ regionSlug: 'zwolle', fields: FIELDS })
    await editor.publish({ id: created.id, version: created.version })
    await editor.update({ id: created.id, version: created.version, fields: { ...FIELDS, body: 'Nog niet gepubliceerd.' } })
    await editor.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title: 'Alleen een concept' } })

    const outside = await api.callerAs('other_region_editor').plan.agreementTexts({ slug: 'zwolle' })
    expect(outside.view).toBe('published')
    expect(outside.agreements).toEqual([
      expect.objectContaining({
        title: 'Regionale toegang',
        body: 'Eén loket voor de hele regio.',
        stage: 'concept',
        plannedDate: '2027-01-01',
        milestones: [{ date: '2026-09-01', label: 'Loket ingericht' }],
        explanation: 'Zo houden we de toegang dichtbij.',
      }),
    ])

    const inside = await api.callerAs('region_viewer').plan.agreementTexts({ slug: 'zwolle' })
    expect(inside.view).toBe('draft')
    expect(inside.agreements.map((a) => [a.title, a.body, a.hasUnpublishedChanges])).toEqual([
      ['Regionale toegang', 'Nog niet gepubliceerd.', true],
      ['Alleen een concept', 'Eén loket voor de hele regio.', true],
    ])
  })
})
