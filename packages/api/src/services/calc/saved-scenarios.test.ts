import { insertCalcDataset, listMunicipalitiesWithRegion } from '@bt/db'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCalcExample } from '../../demo/seed-calc-example.ts'
import { createApiTest, type Who } from '../../testing.ts'

// Saved scenarios: full inputs, the data set used and the result as computed; visibility and tenancy
// (DESIGN.md visibility: a region's shared records are for its own users and its adviser).
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const calc = (who: Who) => api.callerAs(who).calc
const PHASE_IN = {
  scope: 'GM0193',
  steps: 5,
  sharingModel: 'centralRetention',
  retentionKind: 'percentage',
} as const

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'OK',
    (error: unknown) => {
      if (!(error instanceof TRPCError)) throw error
      return error.code
    },
  )
}

describe('saving and loading a scenario', () => {
  it('stores the full inputs, the data set and the result as computed, and audits the save', async () => {
    const ran = await calc('region_editor').run(PHASE_IN)
    const { id } = await calc('region_editor').save({
      name: 'Ingroeipad in vijf stappen',
      visibility: 'region',
      parameters: PHASE_IN,
    })
    const saved = await calc('region_editor').get({ scenarioId: id })
    expect(saved.name).toBe('Ingroeipad in vijf stappen')
    expect(saved.region).toEqual({ code: 'GM0193', name: 'Regio Zwolle', slug: 'zwolle' })
    expect(saved.dataset.kind).toBe('example')
    expect({ ...saved.result, computedAt: '' }).toEqual({ ...ran, computedAt: '' })
    expect(saved.formValues).toMatchObject({
      scope: 'GM0193',
      steps: '5',
      sharingModel: 'centralRetention',
      retentionKind: 'percentage',
    })
    const audit = await api.db
      .selectFrom('auditLog')
      .select(['action', 'regionCode', 'entityId'])
      .where('entityType', '=', 'scenario')
      .execute()
    expect(audit).toEqual([{ action: 'scenario.saved', regionCode: 'GM0193', entityId: id }])
  })

  it('keeps the indication end dates a schedule was derived from (issue 18 item 7)', async () => {
    const parameters = {
      scope: 'GM0193',
      startYear: 2026,
      scheduleKind: 'indicationEnds',
      indicationEnds: '400 tot 2027-12-31; 350 tot 2029-06-30\n250 tot 2031-12-31',
    } as const
    const { id } = await calc('region_editor').save({
      name: 'Uit einddata van indicaties',
      visibility: 'private',
      parameters,
    })
    const saved = await calc('region_editor').get({ scenarioId: id })
    expect(saved.formValues).toMatchObject({
      scheduleKind: 'indicationEnds',
      indicationEnds: '400 tot 2027-12-31; 350 tot 2029-06-30; 250 tot 2031-12-31',
    })
    expect(saved.result.parameters.schedule).toEqual({
      kind: 'outflow',
      existingClientsByStep: [1000, 1000, 1000, 600, 600, 250, 250, 0, 0, 0, 0],
      derivedFrom: {
        kind: 'indicationEnds',
        groups: [
          { count: 400, endDate: '2027-12-31' },
          { count: 350, endDate: '2029-06-30' },
          { count: 250, endDate: '2031-12-31' },
        ],
      },
    })
  })

  it('shows the saved result as computed after the data changed, and recomputes on today’s data on request', async () => {
    const { id } = await calc('region_editor').save({
      name: 'Voor de nieuwe data',
      visibility: 'region',
      parameters: { scope: 'GM0193' },
    })
    const before = await calc('region_viewer').get({ scenarioId: id })
    // Today's data changes: a newer data set from another seed.
    const municipalities = await listMunicipalitiesWithRegion(api.db, { onDate: '2026-01-01' })
    const newer = generateCalcExample({ seed: 7, municipalities })
    await api.db
      .transaction()
      .execute((trx) =>
        insertCalcDataset(trx, { ...newer, dataset: { ...newer.dataset, label: 'Nieuwere set' } }),
      )
    const after = await calc('region_viewer').get({ scenarioId: id })
    expect(after.result).toEqual(before.result)
    expect(after.currentDataset?.label).toBe('Nieuwere set')
    const recomputed = await calc('region_viewer').recompute({ scenarioId: id })
    expect(recomputed.result.dataset.label).toBe('Nieuwere set')
    expect(recomputed.result.regions[0]!.historicalCents).not.toBe(
      before.result.regions[0]!.historicalCents,
    )
    await api.db.deleteFrom('calcDataset').where('label', '=', 'Nieuwere set').execute()
  })
})

describe('who may read a saved scenario', () => {
  it('region visibility: the region’s readers and its adviser; FORBIDDEN for another region and national roles', async () => {
    const { id } = await calc('region_editor').save({
      name: 'Regio-scenario',
      visibility: 'region',
      parameters: PHASE_IN,
    })
    const outcomes = Object.fromEntries(
      await Promise.all(
        (
          [
            'region_viewer',
            'municipality_signatory',
            'vng_adviser',
            'other_region_editor',
            'vng_analyst',
            'admin',
            'anonymous',
          ] as const
        ).map(async (who) => [who, await codeOf(calc(who).get({ scenarioId: id }))]),
      ),
    )
    expect(outcomes).toEqual({
      region_viewer: 'OK',
      municipality_signatory: 'OK',
      vng_adviser: 'OK',
      other_region_editor: 'FORBIDDEN',
      vng_analyst: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      anonymous: 'UNAUTHORIZED',
    })
    expect(await codeOf(calc('other_region_editor').recompute({ scenarioId: id }))).toBe(
      'FORBIDDEN',
    )
    expect((await calc('region_viewer').list()).map((s) => s.id)).toContain(id)
    expect((await calc('other_region_editor').list()).map((s) => s.id)).not.toContain(id)
  })

  it('private: only its owner; signed in: everyone signed in', async () => {
    const own = await calc('region_editor').save({
      name: 'Mijn eigen',
      visibility: 'private',
      parameters: { scope: 'nation' },
    })
    expect(await codeOf(calc('region_viewer').get({ scenarioId: own.id }))).toBe('FORBIDDEN')
    expect(await codeOf(calc('region_editor').get({ scenarioId: own.id }))).toBe('OK')
    const open = await calc('other_region_editor').save({
      name: 'Voor iedereen',
      visibility: 'signed_in',
      parameters: { scope: 'nation' },
    })
    expect(await codeOf(calc('steering_member').get({ scenarioId: open.id }))).toBe('OK')
    expect(await codeOf(calc('region_viewer').get({ scenarioId: 'bestaatniet000000000' }))).toBe(
      'NOT_FOUND',
    )
  })

  it('sharing with a region needs read access to it, and a national scenario cannot be shared with a region', async () => {
    expect(
      await codeOf(
        calc('other_region_editor').save({
          name: 'Voor Zwolle',
          visibility: 'region',
          parameters: PHASE_IN,
        }),
      ),
    ).toBe('FORBIDDEN')
    expect(
      await codeOf(
        calc('region_editor').save({
          name: 'Landelijk',
          visibility: 'region',
          parameters: { scope: 'nation' },
        }),
      ),
    ).toBe('BAD_REQUEST')
  })
})

describe('the region’s chosen sharing model', () => {
  it('is marked by an editor of the region, one at a time, audited in the region’s history', async () => {
    const first = await calc('region_editor').save({
      name: 'Model A',
      visibility: 'region',
      parameters: PHASE_IN,
    })
    const second = await calc('region_editor').save({
      name: 'Model B',
      visibility: 'signed_in',
      parameters: { ...PHASE_IN, retentionPercent: '2' },
    })
    expect((await calc('region_editor').get({ scenarioId: first.id })).canMarkRegionChoice).toBe(
      true,
    )
    expect((await calc('region_viewer').get({ scenarioId: first.id })).canMarkRegionChoice).toBe(
      false,
    )
    expect(
      await codeOf(calc('other_region_editor').markRegionChoice({ scenarioId: second.id })),
    ).toBe('FORBIDDEN')
    expect(await codeOf(calc('region_viewer').markRegionChoice({ scenarioId: first.id }))).toBe(
      'FORBIDDEN',
    )

    await calc('region_editor').markRegionChoice({ scenarioId: first.id })
    const result = await calc('region_editor').markRegionChoice({ scenarioId: second.id })
    expect(result.previousScenarioId).toBe(first.id)
    expect((await calc('region_viewer').get({ scenarioId: first.id })).isRegionChoice).toBe(false)
    expect((await calc('region_viewer').get({ scenarioId: second.id })).isRegionChoice).toBe(true)
    const history = await api.callerAs('region_viewer').region.history({ slug: 'zwolle' })
    expect(
      history.entries.filter((e) => e.action === 'scenario.region_choice_marked'),
    ).toHaveLength(2)
  })

  it('needs a shared scenario of the region with a sharing model', async () => {
    const mine = await calc('region_editor').save({
      name: 'Privé',
      visibility: 'private',
      parameters: PHASE_IN,
    })
    expect(await codeOf(calc('region_editor').markRegionChoice({ scenarioId: mine.id }))).toBe(
      'BAD_REQUEST',
    )
    const plain = await calc('region_editor').save({
      name: 'Zonder model',
      visibility: 'region',
      parameters: { scope: 'GM0193' },
    })
    expect(await codeOf(calc('region_editor').markRegionChoice({ scenarioId: plain.id }))).toBe(
      'BAD_REQUEST',
    )
  })
})
