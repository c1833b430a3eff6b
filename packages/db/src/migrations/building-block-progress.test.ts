import { Migrator, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createDb } from '../create-db.ts'
import { migrateToLatest } from '../migrate.ts'
import { listBlockTextsAsOf } from '../repositories/progress/block-texts.ts'
import { listDecisionMoments } from '../repositories/progress/decision-moments.ts'
import { listSubLineStatusesAsOf } from '../repositories/progress/sub-lines.ts'
import { migrations } from './index.ts'

describe('2026_11_26_1600 building-block progress', () => {
  it('turns each stored snapshot date into a decision moment with its statuses and texts', async () => {
    const db = await createDb({ kind: 'pglite', dataDir: 'memory://' })
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
      const { error } = await migrator.migrateTo('2026_11_26_1200_add_search_vectors')
      expect(error).toBeUndefined()
      const lines = (status: string) => JSON.stringify([{ key: 'housing', label: 'Wonen', status }])
      await sql`insert into building_block_status values
        ('national_agreements', '2020-12-07', 'Uitleg 2020', 'Na het BO', ${lines('partly_done')}::jsonb, 'Bron A'),
        ('national_agreements', '2021-07-01', 'Uitleg 2021', 'Gestart', ${lines('done')}::jsonb, 'Bron B')`.execute(db)
      await migrateToLatest(db)

      expect((await listDecisionMoments(db)).map((m) => [m.momentDate, m.label])).toEqual([
        ['2020-12-07', 'Stand voor het BO van 7 december 2020'],
        ['2021-07-01', 'Stand per 2021-07-01'],
      ])
      const before = await listSubLineStatusesAsOf(db, { onDate: '2021-06-30' })
      expect(before.map((l) => [l.key, l.status, l.note])).toEqual([['housing', 'partly_done', 'Overgenomen uit: Bron A']])
      const after = await listSubLineStatusesAsOf(db, { onDate: '2021-07-01' })
      expect(after.map((l) => l.status)).toEqual(['done'])
      expect((await listBlockTextsAsOf(db, { onDate: '2021-07-01' }))[0]).toMatchObject({ explanation: 'Uitleg 2021', implementation: 'Gestart' })
    } finally {
      await db.destroy()
    }
  })
})
