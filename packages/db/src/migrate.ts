import { Migrator, NO_MIGRATIONS, sql, type Kysely, type MigrationResultSet } from 'kysely'
import type { DB } from './schema.ts'
import { migrations } from './migrations/index.ts'

function createMigrator(db: Kysely<DB>): Migrator {
  // Engineers land migrations from parallel branches, each in its own time range, so a database may
  // already have run a later-named one: run the missing ones anyway (each is independent of the others).
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) }, allowUnorderedMigrations: true })
}

function unwrap({ error, results }: MigrationResultSet): string[] {
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error))
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/**
 * Whether every migration in code is recorded as run. The migrator introspects the catalogue and takes
 * a lock even when there is nothing to do (seconds on PGlite at every start, issue 20); this one read
 * lets a started database skip it. A missing table (a new database) means no.
 */
async function allApplied(db: Kysely<DB>): Promise<boolean> {
  const recorded = await sql<{ name: string }>`select name from kysely_migration`.execute(db).catch(() => null)
  if (!recorded) return false
  const names = new Set(recorded.rows.map((r) => r.name))
  return Object.keys(migrations).every((name) => names.has(name))
}

/** Run every pending migration; returns the names applied. Throws on the first failure. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  if (await allApplied(db)) return []
  return unwrap(await createMigrator(db).migrateToLatest())
}

/** Undo every migration (tests of the down path). */
export async function migrateDownToZero(db: Kysely<DB>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateTo(NO_MIGRATIONS))
}
