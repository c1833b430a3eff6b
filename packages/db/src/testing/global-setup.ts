import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { TestProject } from 'vitest/node'
import { createDb, createDbOnPglite, openPglite } from '../create-db.ts'
import { migrateToLatest } from '../migrate.ts'
import { seedReferenceData } from '../seed.ts'
import type {} from './provided-context.ts'
import { withDatabase } from './urls.ts'


/**
 * Migrate and seed once per test project, for its engine (TEST_DB_ENGINE), so each test file starts
 * from a copy: a PGlite dump, or a PostgreSQL template database (STYLE.md §12).
 */
export default async function setup(project: TestProject) {
  const engine = project.config.env?.TEST_DB_ENGINE ?? process.env.TEST_DB_ENGINE ?? 'pglite'
  project.provide('pgliteSnapshotPath', '')
  project.provide('postgresTemplate', '')
  return engine === 'postgres' ? setupPostgres(project) : setupPglite(project)
}

async function setupPglite(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'bt-pglite-'))
  const client = await openPglite('memory://')
  const db = createDbOnPglite(client)
  await migrateToLatest(db)
  await seedReferenceData(db)
  const dump = await client.dumpDataDir('none')
  const path = join(folder, 'snapshot.tar')
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()))
  await db.destroy()
  project.provide('pgliteSnapshotPath', path)
  return () => rmSync(folder, { recursive: true, force: true })
}

async function setupPostgres(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL')
  const template = `bt_template_${process.pid}_${Date.now()}`
  const admin = await createDb({ kind: 'postgres', url, maxConnections: 1 })
  await sql`create database ${sql.id(template)}`.execute(admin)
  const db = await createDb({ kind: 'postgres', url: withDatabase(url, template), maxConnections: 2 })
  await migrateToLatest(db)
  await seedReferenceData(db)
  await db.destroy()
  project.provide('postgresTemplate', template)
  return async () => {
    await sql`drop database if exists ${sql.id(template)} with (force)`.execute(admin)
    await admin.destroy()
  }
}
