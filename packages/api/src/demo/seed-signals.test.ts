import { createTestDb } from '@bt/db/testing'
import { describe, expect, it } from 'vitest'
import { seedDemoData } from './seed-demo.ts'

// Issue 16's demo: signals computed from the demo regions (never inserted), a filled register with a
// history of state changes, and a regiovisie picture in which some regions, not all, fall short.
describe('the demo steering desk', () => {
  it('computes real signals from the demo regions, fills the register with a history, and designates a reference scenario', async () => {
    const { db, close } = await createTestDb()
    try {
      await seedDemoData(db, new Date('2026-03-02T09:00:00Z'))
      const open = await db.selectFrom('signal').select(['kind', 'regionCode']).where('closedAt', 'is', null).execute()
      const kinds = new Set(open.map((s) => s.kind))
      for (const kind of ['agreement_overdue', 'agreement_delayed', 'condition_uncovered', 'vision_not_adopted']) expect(kinds).toContain(kind)
      // Every signal was opened by the computation (a signal_event row of the recompute), none inserted bare.
      const opened = await db.selectFrom('signalEvent').select((eb) => eb.fn.countAll<number>().as('n')).where('event', '=', 'opened').executeTakeFirstOrThrow()
      expect(Number(opened.n)).toBeGreaterThanOrEqual(open.length)

      const regions = await db.selectFrom('region').select('code').execute()
      const visionShort = open.filter((s) => s.kind === 'vision_not_adopted').map((s) => s.regionCode)
      expect(visionShort).toContain('GM0193')
      expect(visionShort.length).toBeGreaterThan(3)
      expect(visionShort.length).toBeLessThan(regions.length / 2)
      const unconfirmed = await db.selectFrom('councilAdoption').select('id').where('confirmedAt', 'is', null).execute()
      expect(unconfirmed.length).toBeGreaterThan(0)

      const reference = await db.selectFrom('scenario').select(['name', 'visibility']).where('isReference', '=', true).execute()
      expect(reference).toEqual([{ name: 'Regio Zwolle: gepubliceerde bedragen, passend aandeel (IJssel-Vecht)', visibility: 'signed_in' }])

      // Issue 21: three published financial agreements after seed 004's examples, each linked to a
      // scenario reproducing its rule; Gooi en Vechtstreek's high risk without a measure is a signal.
      const agreements = await db.selectFrom('financialAgreement').select(['regionCode', 'publishedVersion']).orderBy('regionCode').execute()
      expect(agreements.map((a) => a.regionCode)).toEqual(['GM0193', 'GM0402', 'GM0513'])
      expect(agreements.every((a) => a.publishedVersion !== null)).toBe(true)
      expect(open.filter((s) => s.kind === 'financial_risk_unmeasured').map((s) => s.regionCode)).toEqual(['GM0402'])
      const sharingOf = async (regionCode: string) => {
        const row = await db.selectFrom('scenario').select('result').where('regionCode', '=', regionCode).where('name', 'not like', '%gepubliceerde%').executeTakeFirstOrThrow()
        return (row.result as { sharing: { kind: string; figures: Record<string, number> } }).sharing
      }
      const gooi = await sharingOf('GM0402')
      expect(gooi.kind).toBe('inhabitantsWithReserve')
      expect(gooi.figures.reserveBalanceAfterCents).toBe(200_000_000)
      expect(gooi.figures.paybackCents).toBeGreaterThan(0)
      const ijsselVecht = await sharingOf('GM0193')
      expect(ijsselVecht.kind).toBe('appropriateShare')
      expect((await sharingOf('GM0513')).kind).toBe('localCompensation')

      const states = await db.selectFrom('bottleneckEvent').select('toState').where('event', '=', 'state_changed').execute()
      expect(new Set(states.map((s) => s.toState))).toEqual(new Set(['in_progress', 'scheduled', 'decided', 'resolved', 'dropped']))
    } finally {
      await close()
    }
  }, 300_000)
})
