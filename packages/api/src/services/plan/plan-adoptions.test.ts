import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusal } from '../../testing.ts'

// Councils record their own decisions (issue 19 item 8): Kampen's signatory (GM0166, Regio Zwolle)
// records Kampen's adoption of the regiovisie and of the uitvoeringsplan, never another council's.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const editor = () => api.callerAs('region_editor').plan
const signatory = () => api.callerAs('municipality_signatory').plan
const DECISION = { decisionDate: '2026-02-12', decisionUrl: 'https://kampen.example/raad/besluit-12' }

async function publishVision(body: string) {
  const current = (await editor().get({ slug: 'zwolle' })).elements.find((e) => e.element === 'vision')
  const saved = await editor().saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'done', body, version: current?.version ?? null })
  await editor().publishElement({ regionSlug: 'zwolle', element: 'vision', version: saved.version })
}

describe("a council's adoption of the regiovisie", () => {
  it("lets the signatory record their own council's adoption, confirmed at once and audited", async () => {
    const version = await editor().addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie 2026', documentDate: '2026-01-10' })
    const recorded = await signatory().recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', visionVersionId: version.id, ...DECISION })
    expect(recorded.confirmed).toBe(true)
    const view = await signatory().get({ slug: 'zwolle' })
    expect(view.permissions.recordableMunicipalities).toEqual(['GM0166'])
    expect(view.councils.find((c) => c.municipalityCode === 'GM0166')).toMatchObject({
      adoptsCurrent: true,
      adoptions: [{ recordedByLabel: 'Otto Ondertekenaar', confirmedByLabel: 'Otto Ondertekenaar' }],
    })
    const audit = await api.db.selectFrom('auditLog').select(['action', 'actorLabel']).where('entityType', '=', 'council_adoption').where('entityId', '=', String(recorded.id)).execute()
    expect(audit).toEqual([{ action: 'vision.adoption_recorded', actorLabel: 'Otto Ondertekenaar <ondertekenaar.kampen@demo.example>' }])
  })

  it("refuses the signatory another council's adoption, in Dutch, and stores nothing", async () => {
    const version = (await editor().get({ slug: 'zwolle' })).currentVersion
    const error = await refusal(signatory().recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0193', visionVersionId: version?.id ?? 0, ...DECISION }))
    expect(error.code).toBe('FORBIDDEN')
    expect(error.message).toBe('U mag alleen het raadsbesluit van uw eigen gemeente vastleggen.')
    const zwolle = (await editor().get({ slug: 'zwolle' })).councils.find((c) => c.municipalityCode === 'GM0193')
    expect(zwolle?.adoptions).toEqual([])
  })

  it("keeps the editor's recording, which waits for the signatory's confirmation", async () => {
    const version = await editor().addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie 2027', documentDate: '2027-01-10' })
    const recorded = await editor().recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', visionVersionId: version.id, ...DECISION })
    expect(recorded.confirmed).toBe(false)
    expect((await editor().get({ slug: 'zwolle' })).permissions.recordableMunicipalities.length).toBeGreaterThan(1)
    await signatory().confirmAdoption({ adoptionId: recorded.id })
    const kampen = (await editor().get({ slug: 'zwolle' })).councils.find((c) => c.municipalityCode === 'GM0166')
    expect(kampen?.adoptions.find((a) => a.id === recorded.id)?.confirmedByLabel).toBe('Otto Ondertekenaar')
  })
})

describe("a council's adoption of the uitvoeringsplan", () => {
  it('has nothing to adopt until the plan is published; each publication is the next revision', async () => {
    expect((await editor().get({ slug: 'zwolle' })).planAdoption.currentRevision).toBeNull()
    await publishVision('De visie.')
    expect((await editor().get({ slug: 'zwolle' })).planAdoption.currentRevision?.number).toBe(1)
    await publishVision('De visie, aangevuld.')
    expect((await editor().get({ slug: 'zwolle' })).planAdoption.currentRevision?.number).toBe(2)
  })

  it('stores the published plan as the council adopted it, not later edits', async () => {
    const revision = (await editor().get({ slug: 'zwolle' })).planAdoption.currentRevision
    const row = await api.db.selectFrom('planRevision').select(['elements']).where('id', '=', revision?.id ?? 0).executeTakeFirstOrThrow()
    expect(row.elements).toEqual([{ element: 'vision', version: 2, status: 'done', body: 'De visie, aangevuld.' }])
  })

  it("lets the signatory record Kampen's adoption of the current revision, and refuses Zwolle's", async () => {
    const revision = (await signatory().get({ slug: 'zwolle' })).planAdoption.currentRevision
    const planRevisionId = revision?.id ?? 0
    const error = await refusal(signatory().recordPlanAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0193', planRevisionId, ...DECISION }))
    expect(error.code).toBe('FORBIDDEN')
    expect(error.message).toBe('U mag alleen het raadsbesluit van uw eigen gemeente vastleggen.')
    const recorded = await signatory().recordPlanAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', planRevisionId, ...DECISION })
    expect(recorded.confirmed).toBe(true)
    expect((await refusal(signatory().recordPlanAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', planRevisionId, ...DECISION }))).code).toBe('CONFLICT')
    const view = (await editor().get({ slug: 'zwolle' })).planAdoption
    expect(view.adoptedCount).toBe(1)
    expect(view.councils.find((c) => c.municipalityCode === 'GM0166')?.adoptions).toMatchObject([{ revisionNumber: 2, confirmedByLabel: 'Otto Ondertekenaar' }])
    const audit = await api.db.selectFrom('auditLog').select(['action']).where('entityType', '=', 'plan_adoption').execute()
    expect(audit).toEqual([{ action: 'plan.adoption_recorded' }])
  })

  it('counts an adoption only for the revision it names; the editor records, the signatory confirms', async () => {
    const old = (await editor().get({ slug: 'zwolle' })).planAdoption.currentRevision
    await publishVision('De visie, opnieuw aangevuld.')
    const view = (await editor().get({ slug: 'zwolle' })).planAdoption
    expect(view.currentRevision?.number).toBe(3)
    expect(view.adoptedCount).toBe(0)
    const recorded = await editor().recordPlanAdoption({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0166',
      planRevisionId: view.currentRevision?.id ?? 0,
      ...DECISION,
    })
    expect(recorded.confirmed).toBe(false)
    await signatory().confirmPlanAdoption({ adoptionId: recorded.id })
    expect((await refusal(signatory().confirmPlanAdoption({ adoptionId: recorded.id }))).code).toBe('CONFLICT')
    const after = (await editor().get({ slug: 'zwolle' })).planAdoption
    expect(after.adoptedCount).toBe(1)
    expect(after.councils.find((c) => c.municipalityCode === 'GM0166')?.adoptions.map((a) => a.revisionNumber)).toEqual([3, old?.number])
  })

  it("refuses a revision of another region's plan", async () => {
    const error = await refusal(
      editor().recordPlanAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0193', planRevisionId: 999_999, ...DECISION }),
    )
    expect(error.code).toBe('BAD_REQUEST')
  })
})
