import { describe, expect, it } from 'vitest'
import { Migrator, sql } from 'kysely'
import { createDb } from './create-db.ts'
import { migrateDownToZero, migrateToLatest } from './migrate.ts'
import { migrations } from './migrations/index.ts'
import { createTestDb } from './testing/index.ts'

describe('migrations', () => {
  it('run down to zero and up again on this engine', async () => {
    const t = await createTestDb()
    try {
      const down = await migrateDownToZero(t.db)
      expect(down).toHaveLength(Object.keys(migrations).length)
      const tables = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%'`.execute(t.db)
      expect(tables.rows[0]?.n).toBe(0)
      expect(await migrateToLatest(t.db)).toEqual(Object.keys(migrations).sort())
    } finally {
      await t.close()
    }
  })

  it('runs a migration that lands after a later-named one has already run (parallel branches)', async () => {
    const db = await createDb({ kind: 'pglite', dataDir: 'memory://' })
    try {
      // Plan-element publication (12:10) landed after the indicators (15:00) had run on some databases.
      const earlier = '2026_11_26_1210_add_plan_element_publication'
      const withoutEarlier = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== earlier))
      await new Migrator({ db, provider: { getMigrations: async () => withoutEarlier } }).migrateToLatest()
      expect(await migrateToLatest(db)).toEqual([earlier])
    } finally {
      await db.destroy()
    }
  })

  it('lists migrations in the order their names sort', () => {
    const names = Object.keys(migrations)
    expect(names).toEqual([...names].sort())
  })

  it('refuses an integer beyond 2^53 instead of rounding it', async () => {
    const db = await createDb({ kind: 'pglite', dataDir: 'memory://' })
    try {
      await expect(sql`select 9007199254740993::int8 as n`.execute(db)).rejects.toThrow(/safe range/)
      const ok = await sql<{ n: number }>`select 9007199254740991::int8 as n`.execute(db)
      expect(ok.rows[0]?.n).toBe(9007199254740991)
    } finally {
      await db.destroy()
    }
  })
})
