import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recomputeSignals } from '../bottlenecks/signals.ts'
import { createApiTest, TEST_NOW, type Who } from '../../testing.ts'

// A region's financial agreement (issue 21): sections saved on their version, linked scenarios of the
// same region with each member's amounts, visibility of drafts, the national distributions and the
// "high risk without a measure" signal.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const fa = (who: Who) => api.callerAs(who).financialAgreement
const SHARING = { steps: 5, sharingModel: 'appropriateShare', shareBase: 'inhabitants' } as const

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: unknown) => {
      if (!(error instanceof TRPCError)) throw error
      const cause = error.cause as { details?: { fieldErrors?: Record<string, string[]> } } | undefined
      return { code: error.code, message: error.message, fieldErrors: cause?.details?.fieldErrors }
    },
  )
}

describe('the financial agreement of a region', () => {
  it('starts empty, saves a section on its version and refuses a stale save with the saved document', async () => {
    const empty = await fa('region_editor').get({ slug: 'zwolle' })
    expect(empty.version).toBe(0)
    expect(empty.content.choices).toEqual([])
    const first = await fa('region_editor').save({
      regionSlug: 'zwolle',
      version: 0,
      section: 'situation',
      answers: { trust: 'Goed vertrouwen sinds 2015.', facilities_spread: '' },
    })
    expect(first.version).toBe(1)
    const read = await fa('region_viewer').get({ slug: 'zwolle' })
    expect(read.content.situation).toEqual([{ question: 'trust', answer: 'Goed vertrouwen sinds 2015.', answeredOn: '2026-03-02', author: 'Rik Redacteur' }])
    const stale = await failure(fa('region_editor').save({ regionSlug: 'zwolle', version: 0, section: 'situation', answers: { trust: 'Anders' } }))
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toContain('Iemand anders heeft de financiële afspraak intussen gewijzigd')
    // Nothing stored is lost: the first save stands.
    expect((await fa('region_editor').get({ slug: 'zwolle' })).content.situation[0]?.answer).toBe('Goed vertrouwen sinds 2015.')
  })

  it('asks for the reasoning of a chosen option in Dutch', async () => {
    const missing = await failure(
      fa('region_editor').save({ regionSlug: 'zwolle', version: 1, section: 'choices', choices: { risks: { option: 'regional', reasoning: '' } } }),
    )
    expect(missing.code).toBe('BAD_REQUEST')
    expect(JSON.stringify(missing)).toContain('Geef een onderbouwing bij deze keuze.')
  })

  it('links a scenario of the same region and shows each member municipality’s amounts; refuses another region’s', async () => {
    const own = await api.callerAs('region_editor').calc.save({ name: 'Zwolle passend aandeel', visibility: 'region', parameters: { ...SHARING, scope: 'GM0193' } })
    const other = await api.callerAs('vng_analyst').calc.save({ name: 'Groningen', visibility: 'signed_in', parameters: { ...SHARING, scope: 'GM0014' } })
    const refused = await failure(
      fa('region_editor').save({
        regionSlug: 'zwolle',
        version: 1,
        section: 'choices',
        choices: { division: { option: 'objective', reasoning: 'Wmo-integratie-uitkering', scenarioId: other.id } },
      }),
    )
    expect(refused.code).toBe('BAD_REQUEST')
    expect(refused.fieldErrors?.['choices.division.scenarioId']).toEqual(['Dit scenario hoort bij Regio Groningen, niet bij Regio Zwolle. Kies een scenario van Regio Zwolle.'])
    const saved = await fa('region_editor').save({
      regionSlug: 'zwolle',
      version: 1,
      section: 'choices',
      choices: {
        risks: { option: 'regional', reasoning: 'Samen dragen', scenarioId: own.id },
        division: { option: 'objective', reasoning: 'Wmo-integratie-uitkering', scenarioId: own.id },
      },
    })
    expect(saved.version).toBe(2)
    const page = await fa('region_viewer').get({ slug: 'zwolle' })
    expect(page.scenarios).toHaveLength(1)
    const scenario = page.scenarios[0]
    if (scenario?.status !== 'computed') throw new Error('the linked scenario was not computed')
    expect(scenario.choices).toEqual(['Financiële risico’s', 'Grondslag van de verdeling'])
    expect(scenario.lines.map((l) => l.code).sort()).toEqual(page.members.map((m) => m.code).sort())
    const recomputed = await api.callerAs('region_editor').calc.recompute({ scenarioId: own.id })
    expect(scenario.lines.map((l) => l.paysCents)).toEqual(recomputed.result.sharing?.lines.map((l) => l.paysCents))
  })

  it('places municipalities in the strategy quadrant and refuses a municipality of another region', async () => {
    const placed = await fa('region_editor').save({ regionSlug: 'zwolle', version: 2, section: 'strategy', places: { GM0193: { change: '2', focus: '1' }, GM0166: { change: '-1', focus: '-2' } } })
    expect(placed.version).toBe(3)
    expect((await fa('region_editor').get({ slug: 'zwolle' })).content.strategy).toEqual([
      { municipalityCode: 'GM0166', change: -1, focus: -2 },
      { municipalityCode: 'GM0193', change: 2, focus: 1 },
    ])
    const stranger = await failure(fa('region_editor').save({ regionSlug: 'zwolle', version: 3, section: 'strategy', places: { GM0014: { change: '1', focus: '1' } } }))
    expect(stranger.fieldErrors?.['places.GM0014.change']).toEqual(['Deze gemeente hoort niet bij de regio.'])
    const half = await failure(fa('region_editor').save({ regionSlug: 'zwolle', version: 3, section: 'strategy', places: { GM0193: { change: '1', focus: '' } } }))
    expect(JSON.stringify(half)).toContain('Kies op beide assen een plek, of op geen van beide.')
  })

  it('shows others only the published copy; the national view counts published choices, tiered', async () => {
    expect((await fa('other_region_editor').get({ slug: 'zwolle' })).content.choices).toEqual([])
    await fa('region_editor').publish({ regionSlug: 'zwolle', version: 3 })
    const published = await fa('vng_analyst').get({ slug: 'zwolle' })
    expect(published.content.choices.map((c) => c.option)).toEqual(['regional', 'objective'])
    expect(published.version).toBeNull()
    const signedIn = await fa('vng_analyst').national()
    const risks = signedIn.mainChoices.find((c) => c.key === 'risks')
    expect(risks?.options.find((o) => o.key === 'regional')).toMatchObject({ count: 1, regions: [{ code: 'GM0193', name: 'Regio Zwolle', slug: 'zwolle' }] })
    const anonymous = await fa('anonymous').national()
    const withheld = anonymous.mainChoices.find((c) => c.key === 'risks')
    expect(withheld?.withheld).toBe(true)
    expect(withheld?.options.every((o) => o.count === null && o.regions === null)).toBe(true)
  })

  it('raises the signal for a published high risk without a measure, and closes it once a measure is recorded', async () => {
    const risk = (measure: string) => ({ wlz_withdrawal: { level: 'high', owner: 'Zwolle', measure, status: 'open' as const } })
    await fa('region_editor').save({ regionSlug: 'zwolle', version: 3, section: 'risks', risks: risk('') })
    await fa('region_editor').publish({ regionSlug: 'zwolle', version: 4 })
    expect((await fa('region_editor').get({ slug: 'zwolle' })).unmeasuredHighRisks).toEqual(['wlz_withdrawal'])
    const open = async () =>
      (await api.db.selectFrom('signal').select(['dedupeKey', 'closedAt']).where('kind', '=', 'financial_risk_unmeasured').execute()).filter((s) => s.closedAt === null)
    await recomputeSignals(api.db, { today: '2026-03-02', now: TEST_NOW })
    expect((await open()).map((s) => s.dedupeKey)).toEqual(['financial_risk_unmeasured:GM0193:wlz_withdrawal'])
    await fa('region_editor').save({ regionSlug: 'zwolle', version: 4, section: 'risks', risks: risk('Reserve van 2% aanhouden') })
    await fa('region_editor').publish({ regionSlug: 'zwolle', version: 5 })
    await recomputeSignals(api.db, { today: '2026-03-02', now: TEST_NOW })
    expect(await open()).toEqual([])
    const actions = await api.db.selectFrom('auditLog').select('action').where('entityType', '=', 'financial_agreement').execute()
    expect(new Set(actions.map((a) => a.action))).toEqual(new Set(['financial_agreement.saved', 'financial_agreement.published']))
  })

  it('lets the region add its own risks beside the handreiking’s, change and remove them; a high one without a measure is a signal too', async () => {
    const editor = fa('region_editor')
    const kept = { wlz_withdrawal: { level: 'high', owner: 'Zwolle', measure: 'Reserve van 2% aanhouden', status: 'open' as const } }
    const nameless = await failure(editor.save({ regionSlug: 'zwolle', version: 5, section: 'risks', risks: kept, ownRisks: { new: { label: '', level: 'high' } } }))
    expect(nameless.code).toBe('BAD_REQUEST')
    expect(JSON.stringify(nameless)).toContain('Geef het risico een naam.')
    const unknown = await failure(editor.save({ regionSlug: 'zwolle', version: 5, section: 'risks', risks: kept, ownRisks: { 'own1;drop': { label: 'X' } } }))
    expect(unknown.code).toBe('BAD_REQUEST')

    await editor.save({ regionSlug: 'zwolle', version: 5, section: 'risks', risks: kept, ownRisks: { new: { label: 'Huurstijging na 2027', level: 'high', owner: 'Kampen' } } })
    await editor.save({ regionSlug: 'zwolle', version: 6, section: 'risks', risks: kept, ownRisks: { new: { label: 'Wachtlijst opvang', level: 'medium' } } })
    let saved = await editor.get({ slug: 'zwolle' })
    expect(saved.content.ownRisks.map((r) => [r.id, r.label, r.level])).toEqual([['own1', 'Huurstijging na 2027', 'high'], ['own2', 'Wachtlijst opvang', 'medium']])
    expect(saved.content.risks.find((r) => r.risk === 'wlz_withdrawal')?.measure).toBe('Reserve van 2% aanhouden')
    expect(saved.unmeasuredHighRisks).toEqual(['own1'])
    await editor.publish({ regionSlug: 'zwolle', version: 7 })
    await recomputeSignals(api.db, { today: '2026-03-02', now: TEST_NOW })
    const signal = await api.db.selectFrom('signal').select(['summary', 'closedAt']).where('dedupeKey', '=', 'financial_risk_unmeasured:GM0193:own1').executeTakeFirstOrThrow()
    expect(signal.summary).toBe('Regio Zwolle: het financiële risico “Huurstijging na 2027” is hoog ingeschat en heeft geen maatregel.')

    // The first is removed; the second gets a measure; a new one takes a fresh id (own1 is never reused).
    await editor.save({
      regionSlug: 'zwolle',
      version: 7,
      section: 'risks',
      risks: kept,
      ownRisks: { own1: { label: 'Huurstijging na 2027', level: 'high', remove: 'ja' }, own2: { label: 'Wachtlijst opvang', level: 'medium', measure: 'Doorstroomtafel' }, new: { label: 'Zorgaanbieder failliet', level: 'low' } },
    })
    saved = await editor.get({ slug: 'zwolle' })
    expect(saved.content.ownRisks.map((r) => [r.id, r.label, r.measure])).toEqual([['own2', 'Wachtlijst opvang', 'Doorstroomtafel'], ['own3', 'Zorgaanbieder failliet', '']])
    const audit = await api.db.selectFrom('auditLog').select('after').where('entityType', '=', 'financial_agreement').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()
    expect(JSON.stringify(audit.after)).toContain('Zorgaanbieder failliet')

    // At most 20 own risks: the 21st is refused on its name field, nothing else changes.
    let version = 8
    for (let n = 3; n <= 20; n++) {
      version = (await editor.save({ regionSlug: 'zwolle', version, section: 'risks', risks: kept, ownRisks: { new: { label: `Risico ${n}` } } })).version
    }
    const full = await failure(editor.save({ regionSlug: 'zwolle', version, section: 'risks', risks: kept, ownRisks: { new: { label: 'Eén te veel' } } }))
    expect(full.fieldErrors).toEqual({ 'ownRisks.new.label': ['Het register heeft hoogstens 20 eigen risico\'s.'] })
    expect((await editor.get({ slug: 'zwolle' })).content.ownRisks).toHaveLength(20)
  })
})
