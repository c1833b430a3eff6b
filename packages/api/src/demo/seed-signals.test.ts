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

      const states = await db.selectFrom('bottleneckEvent').select('toState').where('event', '=', 'state_changed').execute()
      expect(new Set(states.map((s) => s.toState))).toEqual(new Set(['in_progress', 'scheduled', 'decided', 'resolved', 'dropped']))
    } finally {
      await close()
    }
  }, 300_000)
})
