import { describe, expect, it } from 'vitest'
import { currentMigrations, readLock } from '../scripts/lock-migrations.mjs'

// Issue 11 item 10: a merged migration never changes, or a database created before the change
// never gets it. migrations.lock.json holds each merged migration's hash.
const HOW_TO_ADD = 'add new migrations with `pnpm --filter @bt/db migrations:lock` and commit migrations.lock.json'

describe('migrations are append-only', () => {
  const lock = readLock()
  const current = currentMigrations()

  it('keeps every locked migration, byte for byte', () => {
    const changed = Object.keys(lock).filter((name) => current[name] !== lock[name])
    expect(
      changed,
      `these migrations were edited or removed; restore them and put the change in a new migration: ${changed.join(', ')}`,
    ).toEqual([])
  })

  it('locks every migration in the folder', () => {
    const unlocked = Object.keys(current).filter((name) => !(name in lock))
    expect(unlocked, HOW_TO_ADD).toEqual([])
  })
})
