import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'
import { getBuildingBlockStatus, getOverview } from './status.ts'

// The overview "now" and the block pages "now" are kept per stamp of their records (ADR 031). These
// tests prove they are never older than the last committed write, never carry uncommitted or prepared
// records to a caller who may not see them, and that the stamp's triggers cover every table a
// computation of the overview or of any block page reads.

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const TODAY = '2026-03-02'
const anonymous = { actor: null, today: TODAY }

async function housingLine() {
  const block = await api.callerAs('vng_analyst').overview.buildingBlock({ number: 7 })
  const line = block.subLineTimeline.find((l) => l.key === 'housing')
  if (!line) throw new Error('seed lacks block 7 housing')
  return line
}

type Picture = Awaited<ReturnType<typeof getOverview>>
const housingStatus = (picture: Picture) => picture.blocks.find((b) => b.number === 7)?.subLines.find((l) => l.key === 'housing')?.status
const headline = (picture: Picture, block: number, label: string) =>
  picture.blocks.find((b) => b.number === block)?.derived?.figures.find((f) => f.label.startsWith(label))

describe('the overview kept per stamp of its records', () => {
  it('serves repeated reads of unchanged records from what it computed', async () => {
    const first = await api.callerAs('anonymous').overview.buildingBlocks()
    const second = await api.callerAs('anonymous').overview.buildingBlocks()
    expect(second).toBe(first)
    expect(Object.isFrozen(second.blocks[0]?.subLines)).toBe(true)
  })

  it('shows a status change on the very next read', async () => {
    expect(housingStatus(await api.callerAs('anonymous').overview.buildingBlocks())).toBe('partly_done')
    expect(housingStatus(await api.callerAs('steering_member').overview.buildingBlocks())).toBe('partly_done')
    const analyst = api.callerAs('vng_analyst').overview
    const moment = await analyst.addMoment({ momentDate: '2026-02-01', label: 'BO 1 februari 2026' })
    const line = await housingLine()
    await analyst.setSubLineStatus({ subLineId: line.id, version: line.version, momentId: moment.id, status: 'done', note: 'Afgerond' })
    expect(housingStatus(await api.callerAs('anonymous').overview.buildingBlocks())).toBe('done')
    expect(housingStatus(await api.callerAs('steering_member').overview.buildingBlocks())).toBe('done')
  })

  it("shows a region's new record in the derived figures on the very next read, whoever wrote it", async () => {
    const adoption = (picture: Picture) => headline(picture, 2, 'Regiovisie vastgesteld')?.detail
    expect(adoption(await api.callerAs('anonymous').overview.buildingBlocks())).toBe("0 van 44 regio's")
    // Every council of Zwolle's region adopts its regiovisie, through the API.
    const editor = api.callerAs('region_editor')
    const vision = await editor.plan.addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie', documentDate: '2026-01-15' })
    const members = await api.db.selectFrom('regionMembership').select('municipalityCode').where('regionCode', '=', 'GM0193').where('validTo', 'is', null).execute()
    for (const { municipalityCode } of members) {
      await editor.plan.recordAdoption({ regionSlug: 'zwolle', municipalityCode, visionVersionId: vision.id, decisionDate: '2026-02-01', decisionUrl: 'https://zwolle.example/besluit' })
    }
    // Recorded, not yet confirmed by the municipalities' signatories: they do not count.
    expect(adoption(await api.callerAs('anonymous').overview.buildingBlocks())).toBe("0 van 44 regio's")
    // The test has a signatory for Kampen only: the other municipalities confirm straight in the table.
    const kampen = await api.db.selectFrom('councilAdoption').select('id').where('municipalityCode', '=', 'GM0166').executeTakeFirstOrThrow()
    await api.callerAs('municipality_signatory').plan.confirmAdoption({ adoptionId: kampen.id })
    await api.db.updateTable('councilAdoption').set({ confirmedAt: new Date(), confirmedByLabel: 'Ondertekenaar' }).where('confirmedAt', 'is', null).execute()
    expect(adoption(await api.callerAs('anonymous').overview.buildingBlocks())).toBe("1 van 44 regio's")

    // A region value written straight into the table moves block 7's headline as well.
    const share = (picture: Picture) => headline(picture, 7, 'Aandeel beschermd thuis')
    expect(share(await api.callerAs('anonymous').overview.buildingBlocks())?.value).toBeNull()
    await sql`insert into indicator_value (indicator_key, area_level, area_code, period, period_end, state, numerator, denominator, source, entered_by_label)
      select 'bw_home_share', 'region', code, '2025', '2025-12-31', 'final', 30, 100, 'test', 'test' from region order by code limit 3`.execute(api.db)
    expect(share(await api.callerAs('anonymous').overview.buildingBlocks())).toMatchObject({ value: 3000, detail: "3 van 44 regio's met een cijfer" })
  })

  it('never lets an uncommitted write reach a reader, not even through the transaction that made it', async () => {
    const before = await getOverview(api.db, anonymous, {})
    await api.db
      .transaction()
      .execute(async (trx) => {
        await sql`update sub_line_status set status = 'pending' where sub_line_id in (select id from sub_line where key = 'housing')`.execute(trx)
        expect(housingStatus(await getOverview(trx, anonymous, {}))).toBe('pending')
        throw new Error('roll back')
      })
      .catch(() => undefined)
    const after = await getOverview(api.db, anonymous, {})
    expect(housingStatus(after)).toBe('done')
    expect(after).toBe(before)
  })

  it("keeps a status prepared for a future BO from everyone but analysts, whoever read first, until its day comes", async () => {
    const analyst = api.callerAs('vng_analyst').overview
    const future = await analyst.addMoment({ momentDate: '2026-06-01', label: 'BO 1 juni 2026' })
    const line = await housingLine()
    await analyst.setSubLineStatus({ subLineId: line.id, version: line.version, momentId: future.id, status: 'pending', note: 'Voorbereid' })
    // The analyst reads first: what the analyst may see must not reach the others through the cache.
    expect((await analyst.buildingBlocks()).moments.map((m) => m.momentDate)).toContain('2026-06-01')
    for (const who of ['anonymous', 'steering_member', 'region_editor'] as const) {
      const seen = await api.callerAs(who).overview.buildingBlocks()
      expect(seen.moments.map((m) => m.momentDate)).not.toContain('2026-06-01')
      expect(housingStatus(seen)).toBe('done')
    }
    // No write is needed for the prepared status to appear on its day.
    expect(housingStatus(await getOverview(api.db, { actor: null, today: '2026-06-01' }, {}))).toBe('pending')
    expect(housingStatus(await getOverview(api.db, anonymous, {}))).toBe('done')
  })

  it('keeps a block page per block and caller, and shows a newly published agreement of the block on the very next read', async () => {
    const analyst = { actor: api.actors.vng_analyst, today: TODAY }
    const tagged = async () => {
      let total = 0
      for (let number = 1; number <= 10; number++) total += (await getBuildingBlockStatus(api.db, analyst, { number })).comparison?.agreements.total ?? 0
      return total
    }
    const first = await getBuildingBlockStatus(api.db, analyst, { number: 7 })
    expect(await getBuildingBlockStatus(api.db, analyst, { number: 7 })).toBe(first)
    expect(await getBuildingBlockStatus(api.db, analyst, { number: 6 })).not.toBe(first)
    const public7 = await getBuildingBlockStatus(api.db, anonymous, { number: 7 })
    expect(public7).not.toBe(first)
    expect(public7.comparison).toBeNull()
    expect(Object.isFrozen(first.subLineTimeline)).toBe(true)

    const before = await tagged()
    const editor = api.callerAs('region_editor')
    const agreement = await editor.agreement.create({
      regionSlug: 'zwolle',
      fields: { title: 'Woonplekken met corporaties', nvoAgreements: ['availability_continuity'], themes: ['housing'], conditions: ['affordable_housing'], buildingBlocks: ['national_agreements'] },
    })
    // A draft is no published record: the pages stay as they were.
    expect(await tagged()).toBe(before)
    await editor.agreement.publish({ id: agreement.id, version: agreement.version })
    expect(await tagged()).toBeGreaterThan(before)
  })

  it('has a stamp trigger on every table a computation of the overview or of a block page reads', async () => {
    const read = await api.db.transaction().execute(async (trx) => {
      const scans = () => sql<{ relname: string; scans: string }>`select relname, (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text as scans from pg_stat_xact_user_tables`.execute(trx)
      const before = new Map((await scans()).rows.map((r) => [r.relname, r.scans]))
      // A fresh handle (the transaction) has nothing kept: these compute the overview for each kind of caller.
      await getOverview(trx, anonymous, {})
      await getOverview(trx, { actor: api.actors.vng_analyst, today: TODAY }, {})
      for (let number = 1; number <= 10; number++) {
        await getBuildingBlockStatus(trx, anonymous, { number })
        await getBuildingBlockStatus(trx, { actor: api.actors.vng_analyst, today: TODAY }, { number })
      }
      return (await scans()).rows.filter((r) => r.scans !== before.get(r.relname)).map((r) => r.relname)
    })
    const triggered = await sql<{ table: string }>`select c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname like '%\_overview\_stamp'`.execute(api.db)
    const inputs = read.filter((table) => !table.startsWith('overview_stamp'))
    expect(inputs).toContain('sub_line_status')
    expect(inputs).toContain('council_adoption')
    expect(inputs).toContain('agreement')
    expect(inputs.filter((table) => !triggered.rows.some((r) => r.table === table))).toEqual([])
  })
})
