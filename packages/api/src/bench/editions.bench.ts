// edition.changes and edition.list on the demo data (issue 20, ADR 044): a frozen edition's changes are
// read from their stored rows, for one region (the region page) and for the whole edition (the
// overview, the edition and building block pages), against one plain SQL statement reading the same
// region's edition row in the same run. On PostgreSQL when TEST_DATABASE_URL is set, else in-memory PGlite.
import { createDb, migrateToLatest, seedReferenceData } from '@bt/db'
import { sql } from 'kysely'
import { bench, describe } from 'vitest'
import { seedDemoData } from '../demo/seed-demo.ts'
import { getEditionChanges } from '../services/editions/changes.ts'
import { listAllEditions } from '../services/editions/views.ts'

const url = process.env.TEST_DATABASE_URL
const engine = url ? 'PostgreSQL' : 'PGlite'
const db = url ? await databaseOfItsOwn(url) : await createDb({ kind: 'pglite', dataDir: 'memory://' })
await migrateToLatest(db)
await seedReferenceData(db)
await seedDemoData(db, new Date('2026-11-27T09:00:00Z'))

const signedIn = { actor: { userId: 'bench', name: 'Bench', email: 'bench@example.org', grants: [] } }

/** A fresh database on the test server, beside whatever else runs there. */
async function databaseOfItsOwn(serverUrl: string) {
  const admin = await createDb({ kind: 'postgres', url: serverUrl })
  const name = `bench_editions_${Date.now()}`
  await sql.raw(`create database ${name}`).execute(admin)
  await admin.destroy()
  const target = new URL(serverUrl)
  target.pathname = `/${name}`
  return createDb({ kind: 'postgres', url: target.toString() })
}

describe(`edition.changes and edition.list, demo data (${engine})`, () => {
  bench('baseline: the region’s row of the latest frozen edition in one SQL statement', async () => {
    await sql`select er.state, er.version from edition_region er join region r on r.code = er.region_code
      where r.slug = 'zwolle' and er.edition_id = (select id from edition where state = 'frozen' order by key desc limit 1)`.execute(db)
  })
  bench('edition.changes for one region (the region page)', async () => {
    await getEditionChanges(db, signedIn, { regionSlug: 'zwolle' })
  })
  bench('edition.changes for the whole edition (overview, edition page)', async () => {
    await getEditionChanges(db, signedIn, {})
  })
  bench('edition.list', async () => {
    await listAllEditions(db)
  })
})
