import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouterOutputs } from '../../index.ts'
import { createApiTest } from '../../testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

// TEST_NOW is 2 March 2026: a moment on 2026-02-01 has passed, one on 2026-06-01 is prepared.
async function housingLine() {
  const block = await api.callerAs('vng_analyst').overview.buildingBlock({ number: 7 })
  const line = block.subLineTimeline.find((l) => l.key === 'housing')
  if (!line) throw new Error('seed lacks block 7 housing')
  return line
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'OK'
  } catch (error) {
    if (error instanceof TRPCError) return error.code
    throw error
  }
}

describe('building-block statuses with history', () => {
  it('shows the seeded 2020 picture as the first decision moment', async () => {
    const picture = await api.callerAs('anonymous').overview.buildingBlocks()
    expect(picture.asOf.moment?.momentDate).toBe('2020-12-07')
    expect(picture.moments.map((m) => m.label)).toEqual(['Stand voor het BO van 7 december 2020'])
    expect(picture.blocks).toHaveLength(10)
    expect(picture.blocks.find((b) => b.number === 7)?.subLines.map((l) => l.status)).toEqual(['partly_done', 'done', 'done_decision_pending'])
  })

  it('records a new moment and a status change; the old moment still shows the old status', async () => {
    const analyst = api.callerAs('vng_analyst').overview
    const moment = await analyst.addMoment({ momentDate: '2026-02-01', label: 'BO 1 februari 2026' })
    const line = await housingLine()
    await analyst.setSubLineStatus({ subLineId: line.id, version: line.version, momentId: moment.id, status: 'done', note: 'Impuls wonen-zorg afgerond' })

    const now = await api.callerAs('anonymous').overview.buildingBlock({ number: 7 })
    expect(now.blocks[0]?.subLines.find((l) => l.key === 'housing')).toMatchObject({ status: 'done', note: 'Impuls wonen-zorg afgerond' })
    const first = now.moments[0]
    const then = await api.callerAs('anonymous').overview.buildingBlock({ number: 7, asOf: first?.id })
    expect(then.blocks[0]?.subLines.find((l) => l.key === 'housing')?.status).toBe('partly_done')
    const timeline = now.subLineTimeline.find((l) => l.key === 'housing')?.changes
    expect(timeline?.map((c) => [c.momentDate, c.status])).toEqual([
      ['2020-12-07', 'partly_done'],
      ['2026-02-01', 'done'],
    ])
  })

  it('refuses a status change without a note, with a Dutch message', async () => {
    const line = await housingLine()
    const { moments } = await api.callerAs('vng_analyst').overview.moments()
    const error = await api
      .callerAs('vng_analyst')
      .overview.setSubLineStatus({ subLineId: line.id, version: line.version, momentId: moments[0]!.id, status: 'pending', note: '   ' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).message).toContain('Geef een toelichting bij de wijziging.')
  })

  it('refuses a stale version as a conflict', async () => {
    const line = await housingLine()
    const { moments } = await api.callerAs('vng_analyst').overview.moments()
    const input = { subLineId: line.id, version: line.version - 1, momentId: moments[0]!.id, status: 'pending' as const, note: 'Oud' }
    expect(await codeOf(api.callerAs('vng_analyst').overview.setSubLineStatus(input))).toBe('CONFLICT')
  })

  it('refuses a second moment on the same date', async () => {
    expect(await codeOf(api.callerAs('vng_analyst').overview.addMoment({ momentDate: '2026-02-01', label: 'Dubbel' }))).toBe('CONFLICT')
  })

  it('keeps a status prepared for a future BO from anyone but analysts until that date', async () => {
    const analyst = api.callerAs('vng_analyst').overview
    const future = await analyst.addMoment({ momentDate: '2026-06-01', label: 'BO 1 juni 2026' })
    const line = await housingLine()
    await analyst.setSubLineStatus({ subLineId: line.id, version: line.version, momentId: future.id, status: 'pending', note: 'Voorbereid voor het BO van juni' })

    for (const who of ['anonymous', 'steering_member', 'region_editor'] as const) {
      const seen = await api.callerAs(who).overview.buildingBlock({ number: 7 })
      expect(seen.blocks[0]?.subLines.find((l) => l.key === 'housing')?.status).toBe('done')
      expect(seen.moments.map((m) => m.momentDate)).not.toContain('2026-06-01')
      expect(seen.subLineTimeline.flatMap((l) => l.changes).map((c) => c.note)).not.toContain('Voorbereid voor het BO van juni')
      expect(await codeOf(api.callerAs(who).overview.buildingBlocks({ asOf: future.id }))).toBe('NOT_FOUND')
    }
    const preview = await analyst.buildingBlock({ number: 7, asOf: future.id })
    expect(preview.blocks[0]?.subLines.find((l) => l.key === 'housing')?.status).toBe('pending')
    expect(preview.moments.find((m) => m.id === future.id)?.prepared).toBe(true)
  })

  it('writes each change to the audit log', async () => {
    const rows = await api.db.selectFrom('auditLog').select(['action', 'entityType']).where('action', 'in', ['decision_moment.added', 'sub_line.status_set']).execute()
    expect(rows.filter((r) => r.action === 'decision_moment.added')).toHaveLength(2)
    expect(rows.filter((r) => r.action === 'sub_line.status_set')).toHaveLength(2)
  })

  it('sets a block text with a note and keeps the earlier text as of the earlier moment', async () => {
    const analyst = api.callerAs('vng_analyst').overview
    const block = await analyst.buildingBlock({ number: 8 })
    const { moments } = await analyst.moments()
    const feb = moments.find((m) => m.momentDate === '2026-02-01')!
    await analyst.setBlockText({
      buildingBlock: 'taskforce',
      version: block.blocks[0]!.version!,
      momentId: feb.id,
      explanation: 'Het transitieteam is gestart.',
      implementation: 'Loopt tot 2027',
      note: 'Na gunning',
    })
    const now = await api.callerAs('anonymous').overview.buildingBlock({ number: 8 })
    expect(now.blocks[0]?.implementation).toBe('Loopt tot 2027')
    const then = await api.callerAs('anonymous').overview.buildingBlock({ number: 8, asOf: moments[0]!.id })
    expect(then.blocks[0]?.implementation).toBe('De opdracht wordt na besluitvorming in het BO op de markt gezet')
    expect(now.textTimeline.map((t) => t.note)).toEqual([expect.stringContaining('Overgenomen uit'), 'Na gunning'])
  })

  it('refuses a building block number beyond 10 as bad input', async () => {
    expect(await codeOf(api.callerAs('anonymous').overview.buildingBlock({ number: 11 }))).toBe('BAD_REQUEST')
  })
})

type Derived = RouterOutputs['overview']['buildingBlock']['derived']
const cooperation = (d: Derived) => (d?.kind === 'regional_cooperation' ? d : undefined)

describe('derived progress of block 2', () => {
  it("counts no region's proposed NvO level before an edition confirmed it, and says so", async () => {
    const editor = api.callerAs('region_editor')
    await editor.agreement.setNvoLevel({ regionSlug: 'zwolle', nvoAgreement: 'regional_vision', level: 3, explanation: 'Vastgesteld', version: null })

    const anonymous = cooperation((await api.callerAs('anonymous').overview.buildingBlock({ number: 2 })).derived)
    expect(anonymous?.regionCount).toBe(44)
    expect(anonymous?.levelsEdition).toBeNull()
    const vision = anonymous?.levelDistributions.find((d) => d.nvoAgreement === 'regional_vision')
    expect(vision?.counts.map((c) => c.count)).toEqual([0, 0, 0, 0, 0, 44])
    expect(JSON.stringify(anonymous)).not.toContain('Regio Zwolle')
    expect(anonymous?.adoption).toMatchObject({ fullyAdoptedCount: 0, withoutVisionCount: 44, withoutVision: [] })
  })

  it('counts a council adoption only once the municipality confirmed it, on the page and in the comparison', async () => {
    const editor = api.callerAs('region_editor')
    const vision = await editor.plan.addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie', documentDate: '2026-01-15' })
    const kampen = await editor.plan.recordAdoption({ regionSlug: 'zwolle', municipalityCode: 'GM0166', visionVersionId: vision.id, decisionDate: '2026-02-01', decisionUrl: 'https://kampen.example/besluit' })
    const adoptionNow = async () => {
      const page = await api.callerAs('steering_member').overview.buildingBlock({ number: 2 })
      return { adoption: cooperation(page.derived)?.adoption, raden: page.comparison?.rows.find((r) => r.code === 'GM0193')?.values.raden }
    }
    const unconfirmed = await adoptionNow()
    expect(unconfirmed.adoption).toMatchObject({ partlyAdoptedCount: 0, notAdoptedCount: 1, notAdopted: ['Regio Zwolle'] })
    expect(unconfirmed.raden).toBe(0)

    await api.callerAs('municipality_signatory').plan.confirmAdoption({ adoptionId: kampen.id })
    const confirmed = await adoptionNow()
    expect(confirmed.adoption).toMatchObject({ partlyAdoptedCount: 1, notAdoptedCount: 0, partlyAdopted: ['Regio Zwolle'] })
    expect(confirmed.raden).toBeGreaterThan(0)
  })

  it('shows blocks whose progress is a national decision as status only', async () => {
    expect((await api.callerAs('anonymous').overview.buildingBlock({ number: 6 })).derived).toBeNull()
  })
})
