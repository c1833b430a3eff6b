import { describe, expect, it } from 'vitest'
import { checkPicture, outsideBand, unexplainedFindings } from './checks.ts'
import { isPictureItem, pictureItems } from './picture.ts'
import { picture } from './picture.test-support.ts'
import { ConfirmPictureSchema, FreezeEditionSchema, OpenEditionSchema, ReturnPictureSchema } from './schemas.ts'
import { availableEditionActions, EDITION_REGION_STATES, EDITION_TRANSITIONS, nextEditionState, nextStepOf } from './states.ts'

describe('edition states', () => {
  it('moves a picture along the table and nowhere else', () => {
    expect(nextEditionState('not_started', 'save')).toBe('draft')
    expect(nextEditionState('returned', 'save')).toBe('returned')
    expect(nextEditionState('draft', 'submit')).toBe('submitted')
    expect(nextEditionState('submitted', 'return')).toBe('returned')
    expect(nextEditionState('submitted', 'approve')).toBe('approved')
    expect(nextEditionState('approved', 'confirm')).toBe('confirmed')
    expect(nextEditionState('draft', 'approve')).toBeNull()
    expect(nextEditionState('confirmed', 'save')).toBeNull()
    expect(nextEditionState('submitted', 'submit')).toBeNull()
  })

  it('gives each actor only their own actions, and a next step for every unfinished state', () => {
    expect(availableEditionActions('submitted', 'region_editor')).toEqual([])
    expect(availableEditionActions('submitted', 'vng_adviser')).toEqual(['return', 'approve'])
    expect(availableEditionActions('approved', 'region_editor')).toEqual(['confirm'])
    for (const state of EDITION_REGION_STATES) {
      const step = nextStepOf(state)
      if (state === 'confirmed') expect(step).toBeNull()
      else expect(Object.values(EDITION_TRANSITIONS).some((t) => t.by === step?.by && t.from.includes(state))).toBe(true)
    }
  })
})

describe('consistency checks', () => {
  it('finds level 3/4 on agreement 1 while not every council adopted, and not when all did', () => {
    const [finding] = checkPicture(picture(), {})
    expect(finding).toMatchObject({ kind: 'level_vs_adoption', itemKey: 'level:regional_vision' })
    expect(finding?.message).toContain('1 van de 8 gemeenteraden')
    expect(checkPicture(picture({ adoptions: { visionTitle: 'V', councils: 8, adopted: 8 } }), {})).toEqual([])
    expect(checkPicture(picture({ levels: [{ nvoAgreement: 'regional_vision', level: 2, explanation: '' }] }), {})).toEqual([])
  })

  it('finds a condition covered only by lapsed agreements', () => {
    const agreement = (id: number, stage: string) => ({ id, title: `A${id}`, stage, dueDate: null, plannedDate: null, delayCount: 0, overdue: false, nvoAgreements: [], conditions: ['housing'], buildingBlocks: [] })
    const base = { adoptions: { visionTitle: 'V', councils: 2, adopted: 2 } }
    expect(checkPicture(picture({ ...base, agreements: [agreement(1, 'vervallen')] }), {}).map((f) => f.kind)).toEqual(['condition_only_lapsed'])
    expect(checkPicture(picture({ ...base, agreements: [agreement(1, 'vervallen'), agreement(2, 'vastgesteld')] }), {})).toEqual([])
  })

  it('questions a value more than the band of MADs from the region’s own series', () => {
    expect(outsideBand(10, [10, 11, 9, 10, 12, 10, 9, 11], 3)).toBeNull()
    expect(outsideBand(30, [10, 11, 9, 10, 12, 10, 9, 11], 3)).toEqual({ median: 10 })
    expect(outsideBand(13, [10, 11, 9, 10, 12, 10, 9, 11], 3)).toBeNull()
    expect(outsideBand(13, [10, 11, 9, 10, 12, 10, 9, 11], 2)).toEqual({ median: 10 })
    const indicator = { key: 'clients', label: 'Cliënten', unit: 'count', period: '2026-H1', periodEnd: '2026-06-30', value: 30, state: 'final', buildingBlocks: [] }
    const base = { adoptions: { visionTitle: 'V', councils: 2, adopted: 2 }, indicators: [indicator] }
    expect(checkPicture(picture(base), { clients: [10, 11, 9, 10] }).map((f) => f.kind)).toEqual(['value_outside_band'])
    // Too short a series says nothing, nor does a yes/no answer.
    expect(checkPicture(picture(base), { clients: [10, 11] })).toEqual([])
    expect(checkPicture(picture({ ...base, indicators: [{ ...indicator, unit: 'yes_no', value: 1 }] }), { clients: [0, 0, 0, 0] })).toEqual([])
  })

  it('lets a written explanation lift a finding', () => {
    const findings = checkPicture(picture(), {})
    expect(unexplainedFindings(findings, {})).toHaveLength(1)
    expect(unexplainedFindings(findings, { 'level_vs_adoption:regional_vision': 'Raden stellen in september vast.' })).toEqual([])
  })
})

describe('picture items and inputs', () => {
  it('names every item of a picture', () => {
    const items = pictureItems(picture())
    expect(items.map((i) => i.key)).toEqual(['level:regional_vision', 'adoptions'])
    expect(items[0]?.label).toContain('Regiovisie')
    expect(isPictureItem(picture(), 'adoptions')).toBe(true)
    expect(isPictureItem(picture(), 'agreement:99')).toBe(false)
  })

  it('refuses a dispute without a reason and a return without comments, in Dutch', () => {
    const ref = { editionKey: '2026-H1', regionSlug: 'zwolle', version: 3 }
    const dispute = ConfirmPictureSchema.safeParse({ ...ref, disputes: [{ itemKey: 'adoptions', reason: ' ' }] })
    expect(dispute.error?.issues[0]?.message).toBe('Geef aan waarom de regio dit onderdeel betwist.')
    expect(ReturnPictureSchema.safeParse({ ...ref, comments: [] }).error?.issues[0]?.message).toBe('Geef bij minstens één onderdeel een opmerking.')
    expect(OpenEditionSchema.safeParse({ key: '2026-07', windowOpens: '2026-06-01', windowCloses: '2026-07-15', dueDate: '2026-07-15' }).error?.issues[0]?.message).toContain('halfjaar')
    expect(FreezeEditionSchema.parse({ editionKey: '2026-H1', version: 1 }).confirmUnfinished).toEqual([])
  })
})

describe('what changed since the previous edition', () => {
  it('says in words which levels, agreements, indicators moved and what is disputed', async () => {
    const { comparePictures } = await import('./changes.ts')
    const agreement = { id: 7, title: 'Toegang', stage: 'vastgesteld', dueDate: '2026-03-01', plannedDate: null, delayCount: 0, overdue: false, nvoAgreements: [], conditions: [], buildingBlocks: ['national_purchasing'] }
    const indicator = { key: 'clients', label: 'Cliënten', unit: 'count', period: '2025-H2', periodEnd: '2025-12-31', value: 100, state: 'final', buildingBlocks: ['monitoring'] }
    const previous = picture({ levels: [{ nvoAgreement: 'regional_vision', level: 2, explanation: '' }], agreements: [agreement], indicators: [indicator] })
    const current = picture({
      agreements: [{ ...agreement, stage: 'in_uitvoering', delayCount: 1, dueDate: '2026-09-01' }, { ...agreement, id: 8, title: 'Wonen', stage: 'concept' }],
      indicators: [{ ...indicator, period: '2026-H1', periodEnd: '2026-06-30', value: 120 }],
    })
    const changes = comparePictures(previous, current, [{ itemKey: 'adoptions', itemLabel: 'de vaststelling van de regiovisie', reason: 'Twee raden besluiten nog.' }])
    expect(changes.map((c) => c.kind)).toEqual(['level_up', 'agreement_delayed', 'agreement_added', 'indicator_moved', 'disputed'])
    expect(changes[0]?.text).toBe('NvO-afspraak 1 (Regiovisie) ging van niveau 2 naar 4.')
    expect(changes[3]?.text).toBe('Cliënten steeg van 100 (2025-H2) naar 120 (2026-H1).')
    expect(changes[1]?.buildingBlocks).toEqual(['national_purchasing'])
    expect(changes[3]?.buildingBlocks).toEqual(['monitoring'])
    expect(comparePictures(current, current)).toEqual([])
  })
})

describe('what a change view is since', () => {
  const h1 = { key: '2025-H1', label: 'Eerste halfjaar 2025' }
  const h2 = { key: '2025-H2', label: 'Tweede halfjaar 2025' }
  const baselines = [
    { regionName: 'Regio Zwolle', edition: h1 },
    { regionName: 'Regio Almere', edition: h2 },
    { regionName: 'Regio Emmen', edition: null },
  ]

  it('names the older edition a region was compared with when it skipped the previous one', async () => {
    const { sinceOf } = await import('./changes.ts')
    expect(sinceOf(h2, [baselines[0]!], true)).toEqual({ previous: h1, otherBaselines: [] })
    expect(sinceOf(h2, [baselines[2]!], true)).toEqual({ previous: null, otherBaselines: [] })
  })

  it('names the previous edition nationally and lists the regions compared with something else', async () => {
    const { sinceOf } = await import('./changes.ts')
    expect(sinceOf(h2, baselines, false)).toEqual({ previous: h2, otherBaselines: [baselines[0], baselines[2]] })
    expect(sinceOf(null, [baselines[2]!], false)).toEqual({ previous: null, otherBaselines: [] })
  })
})

describe('the edition forms’ fields', () => {
  it('asks a reason at each disputed item, and turns the ticked items into disputes', async () => {
    const { ConfirmFieldsSchema, disputesFromFields } = await import('./schemas.ts')
    const missing = ConfirmFieldsSchema.safeParse({ dispute: ['adoptions', 'level:access'], 'reason:adoptions': 'Twee raden besloten al.', 'reason:level:access': ' ' })
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reason:level:access', 'Geef aan waarom de regio dit onderdeel betwist.']])
    // One ticked box posts a string, none posts nothing (server) or false (browser).
    const one = ConfirmFieldsSchema.parse({ dispute: 'adoptions', 'reason:adoptions': 'Twee raden besloten al.', 'reason:plan:vision': 'niet gekozen' })
    expect(disputesFromFields(one)).toEqual([{ itemKey: 'adoptions', reason: 'Twee raden besloten al.' }])
    expect(disputesFromFields(ConfirmFieldsSchema.parse({ dispute: false }))).toEqual([])
    expect(disputesFromFields(ConfirmFieldsSchema.parse({}))).toEqual([])
  })

  it('asks at least one comment to return a picture, and checks each filled one', async () => {
    const { ReturnFieldsSchema, commentsFromFields } = await import('./schemas.ts')
    expect(ReturnFieldsSchema.safeParse({ 'comment:adoptions': ' ', version: '3' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['comments', 'Geef bij minstens één onderdeel een opmerking.']])
    expect(ReturnFieldsSchema.safeParse({ 'comment:adoptions': 'x' }).error?.issues[0]?.path).toEqual(['comment:adoptions'])
    expect(commentsFromFields(ReturnFieldsSchema.parse({ 'comment:adoptions': 'Welke raden?', 'comment:level:access': '', intent: 'return' }))).toEqual([{ itemKey: 'adoptions', body: 'Welke raden?' }])
  })
})
