import { listEditions } from '@bt/db'
import { createTestDb } from '@bt/db/testing'
import { describe, expect, it } from 'vitest'
import { getEditionChanges } from '../services/editions/changes.ts'
import { getEditionView, getOpenEditionSummary, listAllEditions } from '../services/editions/views.ts'
import { seedDemoAgreements } from './seed-agreements.ts'
import { seedDemoEditions } from './seed-editions.ts'
import { seedDemoIndicatorValues } from './seed-indicator-values.ts'

const SIGNED_IN = { actor: { userId: 'x', name: 'Lezer', email: 'x@test.example', grants: [] } }

describe('demo editions', () => {
  it('hold two frozen editions and an open one, with real differences between them', async () => {
    const { db, close } = await createTestDb()
    try {
      await db.transaction().execute(async (trx) => {
        await seedDemoAgreements(trx)
        await seedDemoIndicatorValues(trx)
        await seedDemoEditions(trx)
      })
      const editions = await db.selectFrom('edition').select(['key', 'state']).orderBy('key').execute()
      expect(editions).toEqual([
        { key: '2025-H1', state: 'frozen' },
        { key: '2025-H2', state: 'frozen' },
        { key: '2026-H2', state: 'open' },
      ])
      const changes = await getEditionChanges(db, SIGNED_IN, { editionKey: '2025-H2' })
      expect(changes.previous?.key).toBe('2025-H1')
      const kinds = new Set(changes.changes?.map((c) => c.kind))
      for (const kind of ['level_up', 'agreement_added', 'agreement_realised', 'indicator_moved', 'disputed']) expect(kinds).toContain(kind)
      const zwolle = await getEditionChanges(db, SIGNED_IN, { editionKey: '2025-H2', regionSlug: 'zwolle' })
      expect(zwolle.changes?.length).toBeGreaterThan(0)
      const open = await db.selectFrom('editionRegion as er').innerJoin('edition as e', 'e.id', 'er.editionId').select('er.state').where('e.key', '=', '2026-H2').execute()
      expect(new Set(open.map((r) => r.state)).size).toBeGreaterThanOrEqual(5)
      // The list's counts (one aggregate query) agree with the counts of each edition's own rows.
      const listed = await listAllEditions(db)
      for (const edition of listed) expect(edition.counts).toEqual((await getEditionView(db, { actor: null, today: '2026-11-26' }, { editionKey: edition.key })).counts)
      expect((await getOpenEditionSummary(db))?.counts).toEqual(listed.find((e) => e.key === '2026-H2')?.counts)
      expect(listed.find((e) => e.key === '2026-H2')?.counts.reported).toBeGreaterThan(0)
      // The list is read in one statement: the editions as `listEditions` reads them (dates as strings,
      // the freezing moment a Date), newest first, each with its own counts.
      const rows = await listEditions(db)
      expect(listed.map(({ counts: _, ...e }) => e)).toStrictEqual(
        rows.map((e) => ({ key: e.key, label: e.label, state: e.state, dueDate: e.dueDate, windowOpens: e.windowOpens, windowCloses: e.windowCloses, frozenAt: e.frozenAt })),
      )
      expect(listed.filter((e) => e.state === 'frozen').every((e) => e.frozenAt instanceof Date)).toBe(true)
      expect(listed.find((e) => e.key === '2026-H2')?.dueDate).toBe('2026-12-18')
    } finally {
      await close()
    }
  })
})
