// Municipalities' own validity (issue 12): an admin closes a code (a merger), audited; the import then
// refuses a value for a period after it; a concurrent change and an end before the start are refused.
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

async function refusal(call: Promise<unknown>) {
  return call.then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: unknown) => {
      if (!(error instanceof TRPCError)) throw error
      return error
    },
  )
}

describe('municipality validity', () => {
  it('closes a municipality, audited, after which the import refuses its later values in Dutch', async () => {
    const admin = api.callerAs('admin').admin.municipalities
    expect(await admin.get({ code: 'GM0148' })).toMatchObject({ name: 'Dalfsen', existsFrom: null, existsUntil: null })
    const saved = await admin.setValidity({ code: 'GM0148', existsFrom: '', existsUntil: '2025-01-01', previous: { existsFrom: '', existsUntil: '' } })
    expect(saved).toMatchObject({ existsFrom: null, existsUntil: '2025-01-01', valuesOutside: 0 })
    const audit = await api.db.selectFrom('auditLog').select(['action', 'entityId']).where('action', '=', 'municipality.validity_set').execute()
    expect(audit).toEqual([{ action: 'municipality.validity_set', entityId: 'GM0148' }])

    const preview = await api.callerAs('vng_analyst').indicator.previewImport({
      filename: 'wmo.csv',
      rows: [
        { indicator: 'wmo_clients', niveau: 'gemeente', gebiedscode: 'GM0148', periode: '2024-H2', waarde: '100' },
        { indicator: 'wmo_clients', niveau: 'gemeente', gebiedscode: 'GM0148', periode: '2025-H1', waarde: '100' },
      ],
    })
    expect(preview.errors).toEqual([{ row: 3, column: 'gebiedscode', message: 'Gemeente GM0148 (Dalfsen) bestond niet meer aan het eind van 2025-H1: zij bestond tot 2025-01-01.' }])
  })

  it('refuses a change made on an outdated period, and an end before the start, in Dutch', async () => {
    const admin = api.callerAs('admin').admin.municipalities
    const stale = await refusal(admin.setValidity({ code: 'GM0148', existsFrom: '2000-01-01', existsUntil: '', previous: { existsFrom: '', existsUntil: '' } }))
    expect(stale.code).toBe('CONFLICT')
    expect((await admin.get({ code: 'GM0148' })).existsUntil).toBe('2025-01-01')
    const backwards = await refusal(admin.setValidity({ code: 'GM0148', existsFrom: '2025-06-01', existsUntil: '2025-01-01', previous: { existsFrom: '', existsUntil: '2025-01-01' } }))
    expect(backwards.code).toBe('BAD_REQUEST')
    expect(backwards.message).toContain('De einddatum ligt na de begindatum')
  })
})
