import { createTestDb } from '@bt/db/testing'
import { describe, expect, it } from 'vitest'
import { seedDemoIndicatorValues } from './seed-indicator-values.ts'

describe('demo indicator values', () => {
  it('gives every region ten years of fictitious quarters and half years, some suppressed and some provisional', async () => {
    const { db, close } = await createTestDb()
    try {
      await seedDemoIndicatorValues(db)
      const rows = await db
        .selectFrom('indicatorValue')
        .select((eb) => ['state', 'isDemo', 'source', eb.fn.countAll<number>().as('count')])
        .where('areaLevel', '=', 'region')
        .groupBy(['state', 'isDemo', 'source'])
        .execute()
      expect(rows.every((r) => r.isDemo && r.source.startsWith('Fictief'))).toBe(true)
      const states = new Set(rows.map((r) => r.state))
      expect(states).toEqual(new Set(['final', 'provisional', 'suppressed']))
      const quarters = await db.selectFrom('indicatorValue').select('period').distinct().where('indicatorKey', '=', 'waiting_list_bw').where('period', 'like', '%-Q%').execute()
      expect(quarters).toHaveLength(40)
      const suppressedWithNumber = await db.selectFrom('indicatorValue').select('id').where('state', '=', 'suppressed').where('value', 'is not', null).execute()
      expect(suppressedWithNumber).toEqual([])
    } finally {
      await close()
    }
  })
})
