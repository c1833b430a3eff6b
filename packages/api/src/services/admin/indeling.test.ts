import { listRegionMembers } from '@bt/db'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
let exampleCsv: string

beforeAll(async () => {
  api = await createApiTest()
  const rows = await api.db
    .selectFrom('regionMembership')
    .select(['municipalityCode', 'regionCode'])
    .where('validTo', 'is', null)
    .orderBy('municipalityCode')
    .execute()
  exampleCsv = ['gemeentecode,centrumgemeentecode', ...rows.map((r) => `${r.municipalityCode},${r.regionCode}`)].join('\n')
})
afterAll(() => api.close())

const admin = () => api.callerAs('admin').admin.indeling

/** The example indeling with Ommen (GM0175) moved from Zwolle to Groningen. */
function withOmmenInGroningen(csv: string) {
  return csv.replace('GM0175,GM0193', 'GM0175,GM0014')
}

describe('importing a regional indeling', () => {
  it('previews the moves without writing anything', async () => {
    const plan = await admin().preview({ csv: withOmmenInGroningen(exampleCsv), validFrom: '2026-01-01' })
    expect(plan.errors).toEqual([])
    expect(plan.rowCount).toBe(342)
    expect(plan.moves).toEqual([
      { municipalityCode: 'GM0175', municipalityName: 'Ommen', fromRegionName: 'Regio Zwolle', toRegionCode: 'GM0014' },
    ])
    const members = await listRegionMembers(api.db, { regionCode: 'GM0193', onDate: '2026-03-02' })
    expect(members.map((m) => m.code)).toContain('GM0175')
  })

  it('names the row and column of every bad cell, and imports nothing when one row is wrong', async () => {
    const bad = withOmmenInGroningen(exampleCsv).replace('GM0148,GM0193', 'GM9999,GM0193').replace('GM0160,GM0193', 'GM0160,XX')
    const plan = await admin().preview({ csv: bad, validFrom: '2026-01-01' })
    const lines = bad.split('\n')
    const rowOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1
    expect(plan.errors).toContainEqual({ row: rowOf('GM9999'), column: 'gemeentecode', message: 'Gemeente GM9999 is onbekend.' })
    expect(plan.errors).toContainEqual(
      expect.objectContaining({ row: rowOf('GM0160'), column: 'centrumgemeentecode' }),
    )
    expect(plan.errors).toContainEqual(expect.objectContaining({ row: 0, message: expect.stringContaining('GM0148') }))

    const error = await admin().import({ csv: bad, validFrom: '2026-01-01' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    const versions = await api.db.selectFrom('indelingVersion').select('kind').execute()
    expect(versions.map((v) => v.kind)).toEqual(['example'])
  })

  it('refuses a municipality listed twice and a centrumgemeente placed in another region', async () => {
    const twice = `${exampleCsv}\nGM0175,GM0014`
    const plan = await admin().preview({ csv: twice, validFrom: '2026-01-01' })
    expect(plan.errors).toContainEqual(expect.objectContaining({ row: 344, column: 'gemeentecode', message: expect.stringContaining('rij') }))
    const centreElsewhere = exampleCsv.replace('GM0193,GM0193', 'GM0193,GM0014')
    const plan2 = await admin().preview({ csv: centreElsewhere, validFrom: '2026-01-01' })
    expect(plan2.errors.some((e) => e.column === 'centrumgemeentecode' && e.message.includes('andere regio'))).toBe(true)
  })

  it('refuses a date on or before the indeling in force', async () => {
    const plan = await admin().preview({ csv: exampleCsv, validFrom: '2025-01-01' })
    expect(plan.errors).toContainEqual(expect.objectContaining({ column: 'geldig vanaf' }))
  })

  it('closes the old membership, opens the new one and drops the example label', async () => {
    const before = await api.callerAs('anonymous').region.list()
    expect(before.isExampleIndeling).toBe(true)
    const result = await admin().import({ csv: withOmmenInGroningen(exampleCsv), validFrom: '2026-01-01' })
    expect(result.moves).toHaveLength(1)

    const history = await api.db
      .selectFrom('regionMembership')
      .select(['regionCode', 'validFrom', 'validTo'])
      .where('municipalityCode', '=', 'GM0175')
      .orderBy('validFrom')
      .execute()
    expect(history).toEqual([
      { regionCode: 'GM0193', validFrom: '2025-01-01', validTo: '2026-01-01' },
      { regionCode: 'GM0014', validFrom: '2026-01-01', validTo: null },
    ])
    const zwolle = await listRegionMembers(api.db, { regionCode: 'GM0193', onDate: '2026-03-02' })
    expect(zwolle.map((m) => m.code)).not.toContain('GM0175')
    const zwolleLastYear = await listRegionMembers(api.db, { regionCode: 'GM0193', onDate: '2025-06-01' })
    expect(zwolleLastYear.map((m) => m.code)).toContain('GM0175')

    const after = await api.callerAs('anonymous').region.list()
    expect(after.isExampleIndeling).toBe(false)
    const audit = await api.db.selectFrom('auditLog').select(['action', 'actorLabel']).where('action', '=', 'indeling.imported').execute()
    expect(audit).toEqual([{ action: 'indeling.imported', actorLabel: 'Bea Beheer <beheerder@demo.example>' }])
  })
})
