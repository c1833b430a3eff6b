import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusal, DEMO_EDITION as KEY, ZWOLLE_IN_DEMO_EDITION as ZWOLLE } from '../../testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api

beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const version = async () => (await api.callerAs('region_editor').edition.picture(ZWOLLE)).version

describe('a half-year edition from opening to freezing', () => {
  it('runs the whole review, dispute and freeze, and refuses what the issue lists in Dutch', async () => {
    const editor = api.callerAs('region_editor')
    const adviser = api.callerAs('vng_adviser')
    const analyst = api.callerAs('vng_analyst')

    // Zwolle claims level 4 on agreement 1 while only one council adopted its regiovisie.
    await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'regional_vision', level: 4, explanation: 'Vastgesteld', version: null })
    const vision = await editor.plan.addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie Zwolle', documentDate: '2026-01-15' })
    await editor.plan.recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', visionVersionId: vision.id, decisionDate: '2026-02-01', decisionUrl: 'https://kampen.example/besluit' })
    const agreement = await editor.agreement.create({ regionSlug: 'zwolle', fields: { title: 'Toegang tot opvang', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] } })
    const published = await editor.agreement.publish({ id: agreement.id, version: agreement.version })
    // Zwolle publishes a financial agreement: one main choice with its reasoning and one matrix row.
    await editor.financialAgreement.save({ regionSlug: 'zwolle', version: 0, section: 'choices', choices: { risks: { option: 'regional', reasoning: 'Solidair in de regio' } } })
    await editor.financialAgreement.save({ regionSlug: 'zwolle', version: 1, section: 'matrix', rows: { central_function: { option: 'limit', reasoning: 'Gemeenten nemen taken over' } } })
    await editor.financialAgreement.publish({ regionSlug: 'zwolle', version: 2 })

    const opened = await analyst.edition.open({ key: KEY, windowOpens: '2026-03-01', windowCloses: '2026-07-15', dueDate: '2026-07-15' })
    expect(opened.regions).toBeGreaterThan(20)
    expect((await refusal(analyst.edition.open({ key: '2026-H2', windowOpens: '2026-09-01', windowCloses: '2026-12-15', dueDate: '2026-12-15' }))).message).toBe('Editie 2026-H1 is nog open. Bevries die eerst.')

    // Mijn werk: the editor is asked to fill in, the adviser has nothing to review yet.
    const editorWork = await editor.work.mine()
    expect(editorWork.sections.find((s) => s.key === 'edition-region')?.items[0]?.label).toBe('Regio Zwolle: Vul het beeld in en dien het in')
    expect((await adviser.work.mine()).sections.find((s) => s.key === 'edition-review')?.items).toEqual([])

    const preview = await editor.edition.preview(ZWOLLE)
    expect(preview.findings.map((f) => f.kind)).toEqual(['level_vs_adoption'])
    const blocked = await refusal(editor.edition.submit({ ...ZWOLLE, version: 0 }))
    expect(blocked.message).toBe('Los de tegenstrijdigheden op of licht ze toe voordat u het beeld indient.')
    // An explanation is kept under its finding's own key (snake_case survives the round trip).
    await editor.edition.save({ ...ZWOLLE, version: 0, explanations: { 'level_vs_adoption:regional_vision': 'Raden volgen.' } })
    expect((await editor.edition.preview(ZWOLLE)).explanations).toEqual({ 'level_vs_adoption:regional_vision': 'Raden volgen.' })
    // Resolved by setting the level the adoptions support.
    const level = await editor.region.nvoLevels({ slug: 'zwolle' })
    const current = level.levels.find((l: { nvoAgreement: string }) => l.nvoAgreement === 'regional_vision')
    await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'regional_vision', level: 2, explanation: 'Raden besluiten dit najaar', version: current?.version ?? null })
    expect((await editor.edition.preview(ZWOLLE)).findings).toEqual([])
    await editor.edition.submit({ ...ZWOLLE, version: 1 })

    expect((await adviser.work.mine()).sections.find((s) => s.key === 'edition-review')?.items.map((i) => i.label)).toEqual(['Beoordeel het beeld van Regio Zwolle'])
    const elsewhere = (await api.db.selectFrom('region').select('slug').where('code', 'not in', ['GM0193', 'GM0014']).limit(1).executeTakeFirstOrThrow()).slug
    const notAssigned = await refusal(adviser.edition.approve({ editionKey: KEY, regionSlug: elsewhere, version: 0 }))
    expect(notAssigned.code).toBe('FORBIDDEN')
    expect(notAssigned.message).toMatch(/^U bent niet de VNG-regioadviseur van .+: alleen de toegewezen adviseur beoordeelt dit beeld\.$/)

    await adviser.edition.return({ ...ZWOLLE, version: await version(), comments: [{ itemKey: 'adoptions', body: 'Welke raden volgen nog?' }] })
    const returned = await editor.edition.picture(ZWOLLE)
    expect(returned.state).toBe('returned')
    expect(returned.comments.map((c) => [c.itemKey, c.body])).toEqual([['adoptions', 'Welke raden volgen nog?']])
    expect(returned.actions).toEqual(['save', 'submit'])
    await editor.edition.submit({ ...ZWOLLE, version: returned.version })
    await adviser.edition.approve({ ...ZWOLLE, version: await version() })

    const noReason = await refusal(editor.edition.confirm({ ...ZWOLLE, version: await version(), disputes: [{ itemKey: 'adoptions', reason: '' }] }))
    expect(noReason.code).toBe('BAD_REQUEST')
    expect(noReason.message).toContain('Geef aan waarom de regio dit onderdeel betwist.')
    await editor.edition.confirm({ ...ZWOLLE, version: await version(), disputes: [{ itemKey: 'level:regional_vision', reason: 'Vijf raden stemden al in met de visie.' }] })

    const view = await analyst.edition.get({ editionKey: KEY })
    expect(view.regions?.find((r) => r.slug === 'zwolle')?.stateLabel).toBe('Bevestigd, 1 onderdeel betwist')
    const unfinished = (view.regions ?? []).filter((r) => r.state !== 'confirmed').map((r) => r.slug)
    const notConfirmed = await refusal(analyst.edition.freeze({ editionKey: KEY, version: view.edition.version }))
    expect(notConfirmed.message).toMatch(/^Nog \d+ regio’s zijn niet bevestigd: .+\. Bevestig dat u de editie bevriest met deze regio’s in deze stand\.$/)
    await analyst.edition.freeze({ editionKey: KEY, version: view.edition.version, confirmUnfinished: unfinished })

    // Frozen: the api says so, the database refuses on its own, and later edits do not reach the picture.
    const late = await refusal(editor.edition.save({ ...ZWOLLE, version: await version(), explanations: {} }))
    expect(late.message).toBe('Editie 2026-H1 is bevroren: het beeld en de reacties daarop veranderen niet meer.')
    await expect(sql`update edition_dispute set reason = 'Anders' where region_code = 'GM0193'`.execute(api.db)).rejects.toThrow(/frozen/)
    const updated = await editor.agreement.update({ id: agreement.id, version: published.revision, fields: { title: 'Later gewijzigd', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] } })
    await editor.agreement.publish({ id: agreement.id, version: updated.version })
    const frozen = await api.callerAs('steering_member').edition.picture(ZWOLLE)
    expect(frozen.picture?.agreements.find((a) => a.id === agreement.id)?.title).toBe('Toegang tot opvang')
    // The financial agreement as published when the picture was taken; a later choice stays out.
    await editor.financialAgreement.save({ regionSlug: 'zwolle', version: 2, section: 'choices', choices: { risks: { option: 'local', reasoning: 'Toch lokaal' } } })
    await editor.financialAgreement.publish({ regionSlug: 'zwolle', version: 3 })
    const finance = (await api.callerAs('steering_member').edition.picture(ZWOLLE)).picture?.financialAgreement
    expect(finance?.publishedVersion).toBe(2)
    expect(finance?.choices.find((c) => c.choice === 'risks')).toMatchObject({ option: 'regional', reasoning: 'Solidair in de regio' })
    expect(finance?.matrix.find((m) => m.row === 'central_function')?.option).toBe('limit')
    expect(frozen.items.map((i) => i.key)).toContain('finance:choice:risks')
    expect(frozen.disputes.map((d) => d.reason)).toEqual(['Vijf raden stemden al in met de visie.'])

    // Public: national aggregates once frozen, never a region's picture.
    const anonymous = await api.callerAs('anonymous').edition.get({ editionKey: KEY })
    expect(anonymous.regions).toBeNull()
    expect(anonymous.aggregates?.confirmed).toBe(1)
    expect(anonymous.aggregates?.levels.find((l) => l.nvoAgreement === 'regional_vision')?.counts[2]).toBe(1)
    await expect(api.callerAs('anonymous').edition.picture(ZWOLLE)).rejects.toThrow()

    // The change view against no previous edition lists what the region added, and its dispute.
    const changes = await api.callerAs('steering_member').edition.changes({ editionKey: KEY, regionSlug: 'zwolle' })
    expect(changes.changes?.map((c) => c.kind)).toEqual(['level_up', 'agreement_added', 'financial_choice_changed', 'financial_choice_changed', 'disputed'])
    expect(changes.changes?.filter((c) => c.kind === 'financial_choice_changed').map((c) => c.text)).toEqual([
      'Financiële afspraak, financiële risico’s: van geen keuze naar Regionaal afdekken.',
      'Financiële afspraak, positie centrumfunctie in de regio: van geen keuze naar Beperkte centrumfunctie.',
    ])
    const pkg = await editor.edition.package({ editionKey: KEY })
    expect(pkg.tables.map((t) => t.name)).toEqual(['regios', 'niveaus', 'afspraken', 'financiele_keuzes', 'financiele_risicos', 'indicatoren', 'betwist'])
    expect(pkg.tables.find((t) => t.name === 'financiele_keuzes')?.rows.filter((r) => r[2] !== null)).toEqual([
      ['GM0193', 'Financiële risico’s', 'Regionaal afdekken', 'Solidair in de regio', null],
      ['GM0193', 'Positie centrumfunctie in de regio', 'Beperkte centrumfunctie', 'Gemeenten nemen taken over', null],
    ])
    expect(pkg.tables.find((t) => t.name === 'betwist')?.rows).toEqual([['GM0193', 'NvO-niveau afspraak 1 (Regiovisie)', 'Vijf raden stemden al in met de visie.']])
  })
})
