import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { DB } from '../../schema.ts'
import { createTestDb, type TestDb } from '../../testing/index.ts'
import {
  countBottlenecksByBlockAndState,
  findBottleneck,
  insertBottleneck,
  listBottlenecks,
  setBottleneckStateIfVersion,
  updateBottleneckIfVersion,
  type BottleneckContent,
} from './bottlenecks.ts'
import { listSignalEvents, listSignals, reconcileSignals, type SignalInput } from './signals.ts'

let t: TestDb
let db: Kysely<DB>
beforeAll(async () => {
  t = await createTestDb()
  db = t.db
})
afterAll(() => t.close())

const CONTENT: BottleneckContent = {
  title: 'Wachtlijst loopt op',
  description: 'De wachtlijst beschermd wonen loopt op.',
  buildingBlocks: ['monitoring'],
  regionCodes: ['GM0193'],
  severity: 3,
  likelihood: 4,
  ownerUserId: null,
  dueDate: null,
  agreementIds: [],
  indicatorKeys: [],
}

function signal(key: string, evidence: Record<string, unknown>): SignalInput {
  return { kind: 'agreement_overdue', dedupeKey: key, regionCode: 'GM0193', buildingBlock: 'regional_cooperation', summary: key, evidence, links: [] }
}

describe('signals', () => {
  it('opens new causes, records changed evidence, closes gone causes and keeps the history', async () => {
    const kinds = ['agreement_overdue'] as const
    const day = (d: number) => new Date(Date.UTC(2026, 2, d))
    const first = await db.transaction().execute((trx) =>
      reconcileSignals(trx, { kinds, computed: [signal('a', { days: 1 }), signal('b', { days: 2 }), signal('a', { days: 9 })], now: day(1) }),
    )
    expect(first).toEqual({ opened: 2, changed: 0, closed: 0, open: 2 })
    const second = await db.transaction().execute((trx) =>
      reconcileSignals(trx, { kinds, computed: [signal('a', { days: 5 }), signal('b', { days: 2 })], now: day(2) }),
    )
    expect(second).toEqual({ opened: 0, changed: 1, closed: 0, open: 2 })
    const third = await db.transaction().execute((trx) => reconcileSignals(trx, { kinds, computed: [signal('b', { days: 2 })], now: day(3) }))
    expect(third).toEqual({ opened: 0, changed: 0, closed: 1, open: 1 })
    // The cause comes back: a new signal opens; the closed one keeps its history.
    await db.transaction().execute((trx) => reconcileSignals(trx, { kinds, computed: [signal('a', { days: 1 }), signal('b', { days: 2 })], now: day(4) }))

    const all = await listSignals(db, { status: 'all', limit: 10 })
    const a = all.filter((s) => s.dedupeKey === 'a')
    expect(a.map((s) => s.closedAt === null)).toEqual([true, false])
    const closed = a.find((s) => s.closedAt !== null)
    const events = await listSignalEvents(db, { signalId: closed?.id ?? 0 })
    expect(events.map((e) => [e.event, e.evidence])).toEqual([
      ['opened', { days: 1 }],
      ['changed', { days: 5 }],
      ['closed', null],
    ])
  })

  it('leaves signals of kinds it did not compute alone', async () => {
    const result = await db.transaction().execute((trx) => reconcileSignals(trx, { kinds: ['budget_drop'], computed: [], now: new Date() }))
    expect(result.closed).toBe(0)
  })
})

describe('bottlenecks', () => {
  it('saves only on the version the editor saw and counts per block and state', async () => {
    const created = await db.transaction().execute((trx) =>
      insertBottleneck(trx, {
        content: CONTENT,
        signalIds: [],
        sourceSignalId: null,
        evidence: null,
        raisedByUserId: null,
        raisedByLabel: 'Tester',
        raisedByRegionCode: null,
        now: new Date(),
      }),
    )
    const saved = await db.transaction().execute((trx) =>
      updateBottleneckIfVersion(trx, { id: created.id, version: 1, content: { ...CONTENT, severity: 5 }, actorLabel: 'A', now: new Date() }),
    )
    expect(saved?.version).toBe(2)
    const stale = await db.transaction().execute((trx) =>
      setBottleneckStateIfVersion(trx, { id: created.id, version: 1, state: 'in_progress', reason: '', actorLabel: 'B', now: new Date() }),
    )
    expect(stale).toBeUndefined()
    expect((await findBottleneck(db, { id: created.id }))?.severity).toBe(5)
    expect(await findBottleneck(db, { id: created.id, scope: { all: false, regionCodes: ['GM0014'] } })).toBeUndefined()
    expect(await listBottlenecks(db, { scope: { all: false, regionCodes: ['GM0193'] }, filter: { buildingBlock: 'monitoring', severity: 5 } })).toHaveLength(1)
    expect(await countBottlenecksByBlockAndState(db)).toContainEqual({ buildingBlock: 'monitoring', state: 'reported', count: 1 })
  })
})
