import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { inject } from 'vitest'
import { createDb } from '../create-db.ts'
import type { DB } from '../schema.ts'
import type {} from './provided-context.ts'
import { withDatabase } from './urls.ts'

export interface TestDb {
  db: Kysely<DB>
  /** The copy's connection string on PostgreSQL (a second pool, a job runner); undefined on PGlite. */
  url?: string
  /** Close the connection and drop the copy. */
  close(): Promise<void>
}

/**
 * A fresh, migrated and seeded database for one test file, on the engine of the current vitest
 * project: a PGlite loaded from the run's dump, or a PostgreSQL copy of the run's template.
 * Needs `@bt/db/testing/global-setup` in the project's globalSetup.
 */
export async function createTestDb(): Promise<TestDb> {
  const template = inject('postgresTemplate')
  if (template) return createPostgresCopy(template)
  const snapshot = inject('pgliteSnapshotPath')
  if (!snapshot) throw new Error('No test database snapshot: add @bt/db/testing/global-setup to globalSetup')
  const db = await createDb({ kind: 'pglite', dataDir: 'memory://', loadDataDir: new Blob([readFileSync(snapshot)]) })
  return { db, close: () => db.destroy() }
}

async function createPostgresCopy(template: string): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set')
  const name = `bt_test_${randomBytes(6).toString('hex')}`
  const admin = await createDb({ kind: 'postgres', url, maxConnections: 1 })
  await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin)
  const copyUrl = withDatabase(url, name)
  const db = await createDb({ kind: 'postgres', url: copyUrl, maxConnections: 4 })
  return {
    db,
    url: copyUrl,
    close: async () => {
      await db.destroy()
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin)
      await admin.destroy()
    },
  }
}
