import { createTestDb } from '@bt/db/testing'
import { describe, expect, it } from 'vitest'
import { generateRegionAgreements, seedDemoAgreements } from './seed-agreements.ts'

describe('demo agreements', () => {
  it('are the same on every run', () => {
    expect(generateRegionAgreements('GM0193', ['GM0193', 'GM0166'])).toEqual(generateRegionAgreements('GM0193', ['GM0193', 'GM0166']))
  })

  it('give every region a varied, realistic set: stages, delays with reasons, white spots, levels', async () => {
    const { db, close } = await createTestDb()
    try {
      await db.transaction().execute((trx) => seedDemoAgreements(trx))
      const rows = await db.selectFrom('agreement').select(['regionCode', 'stage', 'delays', 'publishedRevision', 'version']).execute()
      const regions = new Set(rows.map((r) => r.regionCode))
      expect(regions.size).toBe(44)
      expect(new Set(rows.map((r) => r.stage))).toEqual(new Set(['concept', 'vastgesteld', 'in_uitvoering', 'gerealiseerd', 'vervallen']))
      const delayed = rows.filter((r) => r.delays.length > 0)
      expect(delayed.length).toBeGreaterThan(10)
      expect(delayed.every((r) => r.delays.every((d) => d.reason.length > 5 && d.previousDate !== null))).toBe(true)
      expect(rows.some((r) => r.publishedRevision === null)).toBe(true)
      expect(rows.some((r) => r.publishedRevision === 1 && r.version === 2)).toBe(true)
      const levels = await db.selectFrom('nvoLevel').select('regionCode').execute()
      expect(levels.length).toBeGreaterThan(44 * 4)
      expect(levels.length).toBeLessThan(44 * 8)
      const zwolle = rows.filter((r) => r.regionCode === 'GM0193')
      expect(zwolle.length).toBeGreaterThanOrEqual(6)
    } finally {
      await close()
    }
  }, 120_000) // seeds the whole country; slow on a busy machine
})
