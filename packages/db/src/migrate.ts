import { Migrator, NO_MIGRATIONS, type Kysely, type MigrationResultSet } from 'kysely'
import type { DB } from './schema.ts'
import { migrations } from './migrations/index.ts'

function createMigrator(db: Kysely<DB>): Migrator {
  // Engineers land migrations from parallel branches, each in its own time range, so a database may
  // already have run a later-named one: run the missing ones anyway (each is independent of the others).
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true })
}

function unwrap({ error, results }: MigrationResultSet): string[] {
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/** Run every pending migration; returns the names applied. Throws on the first failure. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateToLatest())
}

/** Undo every migration (tests of the down path). */
export async function migrateDownToZero(db: Kysely<DB>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateTo(NO_MIGRATIONS))
}
