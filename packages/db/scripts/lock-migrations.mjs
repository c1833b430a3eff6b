// Adds new migrations to migrations.lock.json (name → sha256 of the file). It never changes an entry
// that is already there: a merged migration is never edited (STYLE.md §7), so a changed hash is an
// error to fix by restoring the file and writing a new migration.
// Usage: pnpm --filter @bt/db migrations:lock
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const folder = fileURLToPath(new URL('../src/migrations/', import.meta.url))
const lockPath = fileURLToPath(new URL('../migrations.lock.json', import.meta.url))

/** sha256 of a migration's text, with line endings normalised so a checkout's CRLF does not count. */
export function hashMigration(text) {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex')
}

/** Every migration file in the folder with its hash, sorted by name (the order they run). */
export function currentMigrations() {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => /^\d{4}_\d{2}_\d{2}_\d{4}_.+\.ts$/.test(file))
      .sort()
      .map((file) => [file.replace(/\.ts$/, ''), hashMigration(readFileSync(folder + file, 'utf8'))]),
  )
}

export function readLock() {
  return JSON.parse(readFileSync(lockPath, 'utf8'))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lock = readLock()
  const current = currentMigrations()
  const changed = Object.keys(lock).filter((name) => name in current && current[name] !== lock[name])
  if (changed.length > 0) {
    console.error(`Refusing: these merged migrations changed: ${changed.join(', ')}. Restore them and add a new migration.`)
    process.exit(1)
  }
  const added = Object.keys(current).filter((name) => !(name in lock))
  writeFileSync(lockPath, JSON.stringify({ ...lock, ...Object.fromEntries(added.map((n) => [n, current[n]])) }, null, 2) + '\n')
  console.log(added.length > 0 ? `Added ${added.join(', ')}` : 'Nothing to add')
}
